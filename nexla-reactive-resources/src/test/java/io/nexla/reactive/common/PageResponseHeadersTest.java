package io.nexla.reactive.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.core.error.UndecodableRecordException;
import io.nexla.reactive.core.http.Response;
import io.nexla.reactive.core.paging.Page;
import io.nexla.reactive.sources.Source;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.test.StepVerifier;

/**
 * Response headers of pages and items over real loopback HTTP, from a server that marks each page with its number
 * ({@code X-Page}) and echoes secrets in headers: every page keeps its own headers while pages overtake one
 * another and while undecodable records are skipped, and no secret reaches a {@link Response}.
 */
class PageResponseHeadersTest {

  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final String SERVICE_KEY = "service-key-0123456789";
  private static final String ACCESS_TOKEN = "access-token-9876543210";
  private static final String COOKIE = "session-cookie-5555";

  /** Three records a page: page 2 holds two records that cannot be decoded, page 3 one; page 4 is empty. */
  private static final Map<String, String> PAGES = Map.of(
      "1", "[{\"id\":1,\"name\":\"a\"},{\"id\":2,\"name\":\"b\"},{\"id\":3,\"name\":\"c\"}]",
      "2", "[{\"id\":4,\"name\":\"d\"},\"just a string\",{\"name\":\"no id\"}]",
      "3", "[{\"id\":7,\"name\":\"g\"},{\"id\":8.5,\"name\":\"h\"},{\"id\":9,\"name\":\"i\"}]");

  private DisposableServer server;
  private NexlaClient client;

  @BeforeEach
  void start() {
    server = HttpServer.create().host("127.0.0.1").port(0)
        .route(routes -> routes
            .post("/api/token", (req, res) -> res.header("Content-Type", "application/json")
                .sendString(Mono.just("{\"access_token\":\"" + ACCESS_TOKEN + "\",\"expires_in\":3600}")))
            .get("/api/data_sources", (req, res) -> {
              String page = new QueryStringDecoder(req.uri()).parameters()
                  .getOrDefault("page", List.of("1")).get(0);
              // Page 2 is answered last of the pages in flight, so pages 3 and 4 arrive before it.
              Duration late = page.equals("2") ? Duration.ofMillis(300) : Duration.ZERO;
              return res.header("Content-Type", "application/json")
                  .header("X-Page", page)
                  .header("X-RateLimit-Remaining", "42")
                  .header("Set-Cookie", "session=" + COOKIE)
                  .header("X-Echo", "sent with " + ACCESS_TOKEN)
                  .header("X-Debug", "Authorization: Bearer " + ACCESS_TOKEN)
                  .header("X-Api-Key", SERVICE_KEY)
                  .sendString(Mono.delay(late).map(tick -> PAGES.getOrDefault(page, "[]")),
                      StandardCharsets.UTF_8);
            }))
        .bindNow();
    client = NexlaClient.builder().baseUrl("http://127.0.0.1:" + server.port() + "/api").serviceKey(SERVICE_KEY)
        .build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.disposeNow();
  }

  private static ListOptions threePerPage() {
    return ListOptions.DEFAULTS.withPageSize(3);
  }

  private static void noSecretIn(Response<?> response) {
    HttpHeaders headers = response.headers();
    assertThat(headers.toString()).doesNotContain(ACCESS_TOKEN, SERVICE_KEY, COOKIE);
    assertThat(response.toString()).doesNotContain(ACCESS_TOKEN, SERVICE_KEY, COOKIE);
    assertThat(headers.getFirst("X-RateLimit-Remaining")).isEqualTo("42");
    assertThat(headers.getFirst("Set-Cookie")).isEqualTo("****");
  }

  @Test
  void skippedRecordsLeaveEachPageWithItsOwnHeadersAndNoSecret() {
    Queue<UndecodableRecordException> skipped = new ConcurrentLinkedQueue<>();
    List<Response<Page<Source>>> pages = new ArrayList<>();

    StepVerifier.create(client.sources().withPageResponses(c -> c.list(threePerPage()).skipUndecodable(skipped::add)))
        .recordWith(() -> pages)
        .thenConsumeWhile(page -> true)
        .verifyComplete();

    assertThat(pages).extracting(r -> r.value().page()).containsExactly(1, 2, 3);
    assertThat(pages).allSatisfy(r -> {
      assertThat(r.headers().getFirst("X-Page")).isEqualTo(String.valueOf(r.value().page()));
      noSecretIn(r);
    });
    assertThat(pages).extracting(r -> r.value().undecodable().size()).containsExactly(0, 2, 1);
    assertThat(skipped).hasSize(3);
  }

  @Test
  void itemsCarryTheHeadersOfTheirPage() {
    List<Response<Source>> items = new ArrayList<>();

    StepVerifier.create(client.sources().withResponses(c -> c.list(threePerPage()).skipUndecodable(r -> { })))
        .recordWith(() -> items)
        .thenConsumeWhile(item -> true)
        .verifyComplete();

    assertThat(items).extracting(r -> r.value().id() + "@" + r.headers().getFirst("X-Page"))
        .containsExactly("1@1", "2@1", "3@1", "4@2", "7@3", "9@3");
    assertThat(items).allSatisfy(PageResponseHeadersTest::noSecretIn);
  }

  @Test
  void withoutSkippingThePartOfAPageBeforeAnUndecodableRecordKeepsItsHeaders() {
    StepVerifier.create(client.sources().withPageResponses(c -> c.list(threePerPage())))
        .assertNext(r -> assertThat(r.headers().getFirst("X-Page")).isEqualTo("1"))
        .assertNext(r -> {
          assertThat(r.value().items()).extracting(Source::id).containsExactly(4L);
          assertThat(r.headers().getFirst("X-Page")).isEqualTo("2");
          noSecretIn(r);
        })
        .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(UndecodableRecordException.class)
            .hasMessageContaining("page 2"))
        .verify(WAIT);
  }

  @Test
  void aSingleCallsResponseIsMaskedToo() {
    StepVerifier.create(client.sources().withResponse(c -> c.list(threePerPage()).next()))
        .assertNext(r -> {
          assertThat(r.value().id()).isEqualTo(1L);
          noSecretIn(r);
        })
        .verifyComplete();
  }
}
