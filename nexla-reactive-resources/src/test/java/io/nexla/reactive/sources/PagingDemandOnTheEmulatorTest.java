package io.nexla.reactive.sources;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.common.ListOptions;
import io.nexla.reactive.core.paging.PagingOptions;
import io.nexla.reactive.testkit.NexlaEmulator;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import reactor.test.StepVerifier;

/** Page requests follow item demand, counted in the emulator's journal over real HTTP. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagingDemandOnTheEmulatorTest {

  private static final int ITEMS = 500;
  private static final int PER_PAGE = 10;
  private static final ListOptions TEN_PER_PAGE = ListOptions.DEFAULTS.withPageSize(PER_PAGE);

  private NexlaEmulator emulator;
  private NexlaClient client;
  private List<Long> ids;

  @BeforeAll
  void start() {
    emulator = NexlaEmulator.start();
    ids = LongStream.range(0, ITEMS).mapToObj(i -> emulator.store()
        .create("data_sources", Map.of("name", "paged-" + i, "source_type", "s3")).get("id").asLong()).toList();
    client = NexlaClient.builder().baseUrl(emulator.baseUrl()).serviceKey(emulator.serviceKey()).build();
  }

  @AfterAll
  void stop() {
    client.close();
    emulator.close();
  }

  @BeforeEach
  void bareArraysAndAFreshJournal() {
    emulator.envelopePagination(false);
    emulator.clearJournal();
  }

  private long pageRequests() {
    return emulator.count("GET", "/data_sources");
  }

  @Test
  void theFirstItemOfAFiftyPageListCostsOnePageRequest() {
    StepVerifier.create(client.sources().list(TEN_PER_PAGE), 1)
        .assertNext(s -> assertThat(s.id()).isEqualTo(ids.get(0)))
        .thenCancel()
        .verify(Duration.ofSeconds(20));
    assertThat(pageRequests()).isEqualTo(1);
  }

  @Test
  void takeFiveThenCancelSendsNoFurtherPageRequest() {
    List<Source> five = client.sources().list(TEN_PER_PAGE).take(5).collectList().block(Duration.ofSeconds(20));
    assertThat(five).extracting(Source::id).containsExactlyElementsOf(ids.subList(0, 5));
    assertThat(pageRequests()).isEqualTo(1);
  }

  @Test
  void twoSubscriptionsAreTwoIndependentCompleteWalks() {
    var list = client.sources().list(TEN_PER_PAGE);
    List<Source> first = list.collectList().block(Duration.ofSeconds(30));
    long oneWalk = pageRequests();
    List<Source> second = list.collectList().block(Duration.ofSeconds(30));

    assertThat(first).extracting(Source::id).containsExactlyElementsOf(ids);
    assertThat(second).extracting(Source::id).containsExactlyElementsOf(ids);
    // 50 full pages, then the empty page that shows the end of a bare-array list; collectList() demands more items
    // than exist, so up to a window's worth less one may have been requested past the end.
    int walk = ITEMS / PER_PAGE + 1;
    int mostWasted = PagingOptions.DEFAULT_PREFETCH_PAGES - 1;
    // A cancelled request past the end may reach the journal after its walk completed: bound the two walks together.
    assertThat(oneWalk).isBetween((long) walk, (long) walk + mostWasted);
    assertThat(pageRequests()).isBetween(2L * walk, 2L * (walk + mostWasted));
  }

  @Test
  void envelopePagesStreamEveryItemWithoutAnExtraRequest() {
    emulator.envelopePagination(true);
    List<Source> all = client.sources().list(TEN_PER_PAGE).collectList().block(Duration.ofSeconds(30));
    assertThat(all).extracting(Source::id).containsExactlyElementsOf(ids);
    assertThat(pageRequests()).isEqualTo(ITEMS / PER_PAGE);
  }
}
