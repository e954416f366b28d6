package io.nexla.reactive.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class PaginationTest {
  private final NexlaEmulator emulator = NexlaEmulator.builder().maxPageSize(10).start();
  private final Api api = new Api(emulator);

  @AfterEach
  void stop() {
    emulator.close();
  }

  private void seed(int count) {
    for (int i = 0; i < count; i++) {
      emulator.store().create("data_credentials", Map.of("name", "cred-" + i));
    }
  }

  @Test
  void bareArraysArePagedOneBasedAndOutOfRangeIsEmpty() {
    seed(7);
    JsonNode first = api.get("/data_credentials?page=1&per_page=3").json();
    JsonNode third = api.get("/data_credentials?page=3&per_page=3").json();
    assertThat(first.isArray()).isTrue();
    assertThat(first.size()).isEqualTo(3);
    assertThat(first.get(0).get("name").asString()).isEqualTo("cred-0");
    assertThat(third.size()).isEqualTo(1);
    assertThat(third.get(0).get("name").asString()).isEqualTo("cred-6");
    assertThat(api.get("/data_credentials?page=4&per_page=3").json().size()).isZero();
  }

  @Test
  void perPageIsCappedByTheServer() {
    seed(15);
    assertThat(api.get("/data_credentials?page=1&per_page=100").json().size()).isEqualTo(10);
    assertThat(api.get("/data_credentials?page=2&per_page=100").json().size()).isEqualTo(5);
  }

  @Test
  void envelopeModeIsSwitchable() {
    seed(5);
    emulator.envelopePagination(true);
    JsonNode page = api.get("/data_credentials?page=2&per_page=2").json();
    assertThat(page.get("meta").get("currentPage").asInt()).isEqualTo(2);
    assertThat(page.get("meta").get("pageCount").asInt()).isEqualTo(3);
    assertThat(page.get("meta").get("totalCount").asInt()).isEqualTo(5);
    assertThat(page.get("data").size()).isEqualTo(2);
    assertThat(page.get("data").get(0).get("name").asString()).isEqualTo("cred-2");

    emulator.envelopePagination(false);
    assertThat(api.get("/data_credentials?page=2&per_page=2").json().isArray()).isTrue();
  }

  @Test
  void envelopeModeFromTheBuilder() {
    try (NexlaEmulator enveloped = NexlaEmulator.builder().envelopePagination(true).start()) {
      JsonNode page = new Api(enveloped).get("/data_sources").json();
      assertThat(page.get("meta").get("totalCount").asInt()).isZero();
      assertThat(page.get("data").isArray()).isTrue();
    }
  }

  @Test
  void pageLatencyDelaysListPages() {
    seed(1);
    api.get("/data_credentials");
    emulator.pageLatency(Duration.ofMillis(300));
    long start = System.nanoTime();
    assertThat(api.get("/data_credentials").status()).isEqualTo(200);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
  }

  @Test
  void journalKeepsTheNewestEntriesUpToItsLimit() {
    try (NexlaEmulator small = NexlaEmulator.builder().journalLimit(3).start()) {
      Api client = new Api(small);
      for (int i = 1; i <= 5; i++) {
        client.get("/data_sources?page=" + i);
      }
      assertThat(small.journal()).hasSize(3);
      assertThat(small.journal().get(2).query().get("page")).containsExactly("5");
    }
  }
}
