package io.nexla.reactive.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;

class FaultTest {
  private final MutableClock clock = new MutableClock(java.time.Instant.parse("2026-03-01T10:00:00Z"));
  private final NexlaEmulator emulator =
      NexlaEmulator.builder().clock(clock).tokenTtl(Duration.ofDays(1)).seed(7).start();
  private final Api api = new Api(emulator);

  @AfterEach
  void stop() {
    emulator.close();
  }

  @Test
  void statusSequenceThenNormal() {
    emulator.faults().on("GET", "/data_sources").sequence(Fault.status(503), Fault.status(502));
    assertThat(api.get("/data_sources").status()).isEqualTo(503);
    Api.Response second = api.get("/data_sources");
    assertThat(second.status()).isEqualTo(502);
    assertThat(second.json().get("message").asString()).isNotBlank();
    assertThat(api.get("/data_sources").status()).isEqualTo(200);
    assertThat(emulator.count("GET", "/data_sources")).isEqualTo(3);
    assertThat(emulator.countProcessed("GET", "/data_sources")).isEqualTo(1);
  }

  @Test
  void faultsApplyOnlyToTheirRouteAndMethodAndTimes() {
    emulator.faults().on("GET", "/data_sources/{id}").times(1).respond(Fault.status(500));
    long id = api.call("POST", "/data_sources", "{}").json().get("id").asLong();
    assertThat(api.get("/data_sources").status()).isEqualTo(200);
    assertThat(api.get("/data_sources/" + id).status()).isEqualTo(500);
    assertThat(api.get("/data_sources/" + id).status()).isEqualTo(200);
  }

  @Test
  void rateLimitedWithSecondsAndWithHttpDate() {
    emulator.faults().on("GET", "/data_sources").sequence(
        Fault.rateLimited(Duration.ofSeconds(7)), Fault.rateLimitedUntilDate(Duration.ofSeconds(30)), Fault.garbageRetryAfter());
    Api.Response seconds = api.get("/data_sources");
    assertThat(seconds.status()).isEqualTo(429);
    assertThat(seconds.header("Retry-After")).isEqualTo("7");
    assertThat(seconds.json().get("retry_after").asInt()).isEqualTo(7);

    Api.Response date = api.get("/data_sources");
    assertThat(date.status()).isEqualTo(429);
    ZonedDateTime until = ZonedDateTime.parse(date.header("Retry-After"), DateTimeFormatter.RFC_1123_DATE_TIME);
    assertThat(until.toInstant()).isEqualTo(clock.instant().plusSeconds(30));

    Api.Response garbage = api.get("/data_sources");
    assertThat(garbage.status()).isEqualTo(429);
    assertThat(garbage.header("Retry-After")).isEqualTo("soon-ish");
  }

  @Test
  void perTokenQuota() {
    emulator.faults().on("*", "*").respond(Fault.quota(3, Duration.ofSeconds(60)));
    String other = api.freshToken();
    for (int i = 0; i < 3; i++) {
      assertThat(api.get("/data_sources").status()).isEqualTo(200);
    }
    Api.Response limited = api.get("/data_sources");
    assertThat(limited.status()).isEqualTo(429);
    assertThat(Integer.parseInt(limited.header("Retry-After"))).isBetween(1, 60);
    assertThat(api.send("GET", "/data_sources", null, Map.of("Authorization", "Bearer " + other)).status()).isEqualTo(200);
    clock.advance(Duration.ofSeconds(60));
    assertThat(api.get("/data_sources").status()).isEqualTo(200);
  }

  @Test
  void resetBeforeProcessingChangesNothing() {
    emulator.faults().on("POST", "/data_sources").times(1).respond(Fault.resetBeforeProcessing());
    assertThatThrownBy(() -> api.call("POST", "/data_sources", "{\"name\":\"a\"}")).isInstanceOf(java.io.UncheckedIOException.class);
    assertThat(emulator.store().size("data_sources")).isZero();
    assertThat(emulator.journal()).last().satisfies(r -> {
      assertThat(r.status()).isZero();
      assertThat(r.processed()).isFalse();
    });
  }

  @Test
  void resetAfterProcessingKeepsTheCreate() {
    emulator.faults().on("POST", "/data_sources").times(1).respond(Fault.resetAfterProcessing());
    assertThatThrownBy(() -> api.call("POST", "/data_sources", "{\"name\":\"a\"}")).isInstanceOf(java.io.UncheckedIOException.class);
    assertThat(emulator.store().size("data_sources")).isEqualTo(1);
    assertThat(emulator.journal()).last().satisfies(r -> {
      assertThat(r.status()).isZero();
      assertThat(r.processed()).isTrue();
    });
    // A naive retry now hits the duplicate-name rule.
    assertThat(api.call("POST", "/data_sources", "{\"name\":\"a\"}").status()).isEqualTo(409);
  }

  @Test
  void malformedBodies() {
    emulator.faults().on("GET", "/data_sources").sequence(
        Fault.truncatedJson(), Fault.emptyBody(), Fault.wrongContentType(), Fault.htmlPage(200), Fault.htmlPage(502));
    emulator.store().create("data_sources", Map.of("name", "x"));
    Api.Response truncated = api.get("/data_sources");
    assertThat(truncated.status()).isEqualTo(200);
    assertThatThrownBy(truncated::json).isInstanceOf(JacksonException.class);

    Api.Response empty = api.get("/data_sources");
    assertThat(empty.status()).isEqualTo(200);
    assertThat(empty.body()).isEmpty();

    Api.Response wrongType = api.get("/data_sources");
    assertThat(wrongType.header("Content-Type")).startsWith("text/plain");
    assertThat(wrongType.json().isArray()).isTrue();

    Api.Response html200 = api.get("/data_sources");
    assertThat(html200.status()).isEqualTo(200);
    assertThat(html200.body()).startsWith("<!DOCTYPE html>");

    Api.Response html502 = api.get("/data_sources");
    assertThat(html502.status()).isEqualTo(502);
    assertThat(html502.header("Content-Type")).startsWith("text/html");
  }

  @Test
  void oversizedBodyIsValidJsonOfTheRequestedSize() {
    emulator.faults().on("GET", "/data_sources").times(1).respond(Fault.oversizedBody(3_000_000));
    Api.Response big = api.get("/data_sources");
    assertThat(big.status()).isEqualTo(200);
    assertThat(big.body().length()).isBetween(2_900_000, 3_100_000);
    assertThat(big.json().isArray()).isTrue();
  }

  @Test
  void slowDripArrivesInPiecesOverTime() throws IOException, InterruptedException {
    emulator.store().create("data_sources", Map.of("name", "drip"));
    emulator.faults().on("GET", "/data_sources").times(1).respond(Fault.slowDrip(Duration.ofMillis(20)));
    long start = System.nanoTime();
    HttpResponse<InputStream> response = Api.HTTP.send(
        HttpRequest.newBuilder(URI.create(emulator.baseUrl() + "/data_sources"))
            .header("Authorization", "Bearer " + api.token()).build(),
        HttpResponse.BodyHandlers.ofInputStream());
    List<Integer> reads = new ArrayList<>();
    StringBuilder body = new StringBuilder();
    try (InputStream in = response.body()) {
      byte[] buffer = new byte[4096];
      for (int n; (n = in.read(buffer)) >= 0; ) {
        reads.add(n);
        body.append(new String(buffer, 0, n, java.nio.charset.StandardCharsets.UTF_8));
      }
    }
    assertThat(reads.size()).isGreaterThan(5);
    assertThat(Api.JSON.readTree(body.toString()).get(0).get("name").asString()).isEqualTo("drip");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(Duration.ofMillis(100));
  }

  @Test
  void latencyFixedAndRandom() {
    emulator.faults().on("GET", "/limits").times(1).respond(Fault.latency(Duration.ofMillis(300)));
    long start = System.nanoTime();
    assertThat(api.get("/limits").status()).isEqualTo(200);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));

    emulator.faults().on("GET", "/limits").times(1).respond(Fault.randomLatency(Duration.ofMillis(200), Duration.ofMillis(250)));
    start = System.nanoTime();
    assertThat(api.get("/limits").status()).isEqualTo(200);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
  }

  @Test
  void redirectToAnotherHost() {
    emulator.faults().on("GET", "/data_sources").times(1).respond(Fault.redirect("http://localhost:1/nexla-api/data_sources"));
    Api.Response redirect = api.get("/data_sources");
    assertThat(redirect.status()).isEqualTo(307);
    assertThat(redirect.header("Location")).isEqualTo("http://localhost:1/nexla-api/data_sources");
  }

  @Test
  void tokenExpiresEarly() {
    assertThat(api.get("/data_sources").status()).isEqualTo(200);
    emulator.faults().on("GET", "/data_sources").times(1).respond(Fault.expireToken());
    assertThat(api.get("/data_sources").status()).isEqualTo(401);
    assertThat(api.get("/data_sources").status()).isEqualTo(401);
    assertThat(api.send("GET", "/data_sources", null, Map.of("Authorization", "Bearer " + api.freshToken())).status())
        .isEqualTo(200);
  }

  @Test
  void probabilisticFaultsAreReproducibleWithASeed() {
    List<Integer> first = statuses(11);
    List<Integer> second = statuses(11);
    assertThat(first).isEqualTo(second);
    assertThat(first).contains(200, 503);
  }

  private static List<Integer> statuses(long seed) {
    try (NexlaEmulator seeded = NexlaEmulator.builder().seed(seed).start()) {
      seeded.faults().on("GET", "/limits").probability(0.5).respond(Fault.status(503));
      Api client = new Api(seeded);
      List<Integer> statuses = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        statuses.add(client.get("/limits").status());
      }
      return statuses;
    }
  }

  @Test
  void textRulesAsOnTheCommandLine() {
    emulator.faults().add("GET /data_sources status=503;pass;retry-after=2s");
    assertThat(api.get("/data_sources").status()).isEqualTo(503);
    assertThat(api.get("/data_sources").status()).isEqualTo(200);
    assertThat(api.get("/data_sources").header("Retry-After")).isEqualTo("2");
    assertThat(api.get("/data_sources").status()).isEqualTo(200);

    emulator.faults().add("* * html=503 times=1");
    assertThat(api.get("/limits").status()).isEqualTo(503);
    assertThat(api.get("/limits").status()).isEqualTo(200);

    assertThatThrownBy(() -> emulator.faults().add("GET /x bogus")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fault.parse("status=abc")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void faultsOnTheTokenRoute() {
    emulator.faults().on("POST", "/token").times(1).respond(Fault.status(503));
    assertThat(api.send("POST", "/token", null, Map.of("Authorization", "Basic " + emulator.serviceKey())).status()).isEqualTo(503);
    assertThat(api.send("POST", "/token", null, Map.of("Authorization", "Basic " + emulator.serviceKey())).status()).isEqualTo(200);
  }
}
