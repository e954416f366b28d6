package io.nexla.reactive.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * Measures requests per second on loopback with a pooled Reactor Netty client (GET of a 5-item page, 32 in
 * flight; {@code -Demulator.throughput.requests=N} for a longer run). Prints the figure recorded in the README;
 * asserts a floor far below it so that only a gross regression (e.g. something blocking or sleeping on the request
 * path) fails the build on a busy shared machine.
 */
class ThroughputTest {

  @Test
  void servesThousandsOfRequestsPerSecond() {
    try (NexlaEmulator emulator = NexlaEmulator.start()) {
      for (int i = 0; i < 50; i++) {
        emulator.store().create("data_sources", Map.of("name", "s" + i));
      }
      String token = new Api(emulator).token();
      ConnectionProvider pool = ConnectionProvider.create("throughput", 32);
      HttpClient client = HttpClient.create(pool).baseUrl(emulator.baseUrl())
          .headers(h -> h.set("Authorization", "Bearer " + token).set("Accept", "application/vnd.nexla.api.v1+json"));
      try {
        run(client, 500);
        int requests = Integer.getInteger("emulator.throughput.requests", 3_000);
        long start = System.nanoTime();
        long ok = run(client, requests);
        double seconds = (System.nanoTime() - start) / 1e9;
        double perSecond = requests / seconds;
        System.out.printf("Emulator throughput: %.0f req/s (%d requests in %.2f s)%n", perSecond, requests, seconds);
        assertThat(ok).isEqualTo(requests);
        assertThat(perSecond).isGreaterThan(50);
      } finally {
        pool.disposeLater().block(Duration.ofSeconds(5));
      }
    }
  }

  private static long run(HttpClient client, int requests) {
    Long ok = Flux.range(0, requests)
        .flatMap(i -> client.get().uri("/data_sources?page=" + (1 + i % 10) + "&per_page=5")
            .responseSingle((response, body) -> body.asString().defaultIfEmpty("").map(b -> response.status().code())), 32)
        .filter(status -> status == 200)
        .count()
        .block(Duration.ofMinutes(2));
    return ok == null ? 0 : ok;
  }
}
