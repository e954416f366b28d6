package io.nexla.reactive.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.core.error.UndecodableRecordException;
import io.nexla.reactive.core.paging.PagedFlux;
import io.nexla.reactive.sources.Source;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.test.StepVerifier;

/**
 * A list whose pages hold records that cannot be decoded at all, over real loopback HTTP: by default the list
 * emits what came before such a record and fails naming its page and index; with {@code skipUndecodable} it
 * keeps streaming and reports every skipped record.
 */
class UndecodableListRecordsTest {

  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final String CREDENTIAL_TOKEN = "{\"service_key\":\"not-a-real-one\"}";

  /** Three records a page (no metadata): page 2 holds a string and a record without id, page 3 a fractional id. */
  private static final Map<String, String> PAGES = Map.of(
      "1", "[{\"id\":1,\"name\":\"a\"},{\"id\":2,\"name\":\"b\"},{\"id\":3,\"name\":\"c\"}]",
      "2", "[{\"id\":4,\"name\":\"d\"},\"just a string\",{\"name\":\"no id\",\"credentials\":" + CREDENTIAL_TOKEN
          + "}]",
      "3", "[{\"id\":7,\"name\":\"g\"},{\"id\":8.5,\"name\":\"h\"},{\"id\":9,\"name\":\"i\"}]");

  private final Queue<String> pagesRequested = new ConcurrentLinkedQueue<>();
  private DisposableServer server;
  private NexlaClient client;

  @BeforeEach
  void start() {
    server = HttpServer.create().host("127.0.0.1").port(0)
        .route(routes -> routes
            .post("/api/token", (req, res) -> res.header("Content-Type", "application/json")
                .sendString(Mono.just("{\"access_token\":\"t\",\"expires_in\":3600}")))
            .get("/api/data_sources", (req, res) -> {
              String page = new io.netty.handler.codec.http.QueryStringDecoder(req.uri()).parameters()
                  .getOrDefault("page", List.of("1")).get(0);
              pagesRequested.add(page);
              return res.header("Content-Type", "application/json")
                  .sendString(Mono.just(PAGES.getOrDefault(page, "[]")), StandardCharsets.UTF_8);
            }))
        .bindNow();
    client = NexlaClient.builder().baseUrl("http://127.0.0.1:" + server.port() + "/api").serviceKey("key")
        .build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.disposeNow();
  }

  private ListOptions threePerPage() {
    return ListOptions.DEFAULTS.withPageSize(3);
  }

  /** One page at a time, so the pages requested show where the walk stopped (not how far it prefetched). */
  private PagedFlux<Source> sources() {
    return client.sources().list(threePerPage()).prefetch(1);
  }

  @Test
  void anUndecodableRecordFailsTheListAfterTheItemsBeforeIt() {
    StepVerifier.create(sources().map(Source::id))
        .expectNext(1L, 2L, 3L, 4L)
        .expectErrorSatisfies(e -> {
          assertThat(e).isInstanceOf(UndecodableRecordException.class)
              .hasMessageContaining("List item 2 of page 2").hasMessageContaining("index 1 on the page");
          UndecodableRecordException record = (UndecodableRecordException) e;
          assertThat(record.page()).isEqualTo(2);
          assertThat(record.index()).isEqualTo(1);
        })
        .verify(WAIT);
    assertThat(pagesRequested).containsExactly("1", "2");
  }

  @Test
  void skippedRecordsAreReportedAndTheListKeepsStreaming() {
    Queue<UndecodableRecordException> reports = new ConcurrentLinkedQueue<>();
    StepVerifier.create(sources().skipUndecodable(reports::add).map(Source::id))
        .expectNext(1L, 2L, 3L, 4L, 7L, 9L)
        .verifyComplete();

    assertThat(reports).extracting(UndecodableRecordException::page, UndecodableRecordException::index)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(2, 1), org.assertj.core.groups.Tuple.tuple(2, 2),
            org.assertj.core.groups.Tuple.tuple(3, 1));
    assertThat(reports).allSatisfy(r -> assertThat(r.toString()).doesNotContain("not-a-real-one"));
    // Page 3 was full once its skipped record is counted, so the walk asked for page 4 (empty) to end.
    assertThat(pagesRequested).containsExactly("1", "2", "3", "4");
  }

  @Test
  void pagesKeepTheirSkippedRecords() {
    StepVerifier.create(client.sources().list(threePerPage()).skipUndecodable(r -> { }).byPage()
            .map(page -> page.items().size() + "+" + page.undecodable().size()))
        .expectNext("3+0", "1+2", "2+1")
        .verifyComplete();
  }
}
