package io.nexla.reactive.benchmarks;

import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.testkit.NexlaEmulator;
import java.time.Duration;
import java.util.Map;

/**
 * 10,000 concurrent {@code sources().get(id)} calls on a client that has no token yet, then, after the emulator
 * expired every token it issued ({@code expireTokens()}: the client still believes its token is valid and learns
 * otherwise from 401 answers), 10,000 again. Counts {@code POST /token} requests in the emulator's journal.
 * Emulator in-process.
 */
public final class TokenStormScenario {

  private TokenStormScenario() {}

  public static Report run(Args args) {
    int calls = args.integer("calls", 10_000);
    int maxConnections = args.integer("max-connections", 10_000);
    try (NexlaEmulator emulator = NexlaEmulator.builder().tokenTtl(Duration.ofHours(1)).start()) {
      long id = emulator.store().create("data_sources", Map.of("name", "storm", "source_type", "s3"))
          .get("id").asLong();
      try (NexlaClient client = NexlaClient.builder().baseUrl(emulator.baseUrl())
          .serviceKey(emulator.serviceKey()).maxConnections(maxConnections).build()) {
        Load.Result cold = Load.run(calls, calls, i -> client.sources().get(id), Duration.ofMinutes(5));
        long coldTokens = emulator.count("POST", "/token");
        Report.progress("cold:    %d calls in %d ms, %d failures, %d token requests", calls,
            cold.elapsedNanos() / 1_000_000, cold.failures(), coldTokens);
        emulator.expireTokens();
        Load.Result expired = Load.run(calls, calls, i -> client.sources().get(id), Duration.ofMinutes(5));
        long expiredTokens = emulator.count("POST", "/token") - coldTokens;
        Report.progress("expired: %d calls in %d ms, %d failures, %d token requests", calls,
            expired.elapsedNanos() / 1_000_000, expired.failures(), expiredTokens);
        return new Report("token-storm")
            .put("calls", calls)
            .put("token_requests_cold", coldTokens)
            .put("token_requests_expired", expiredTokens)
            .put("failures", cold.failures() + expired.failures())
            .put("cold_ms", cold.elapsedNanos() / 1_000_000)
            .put("expired_ms", expired.elapsedNanos() / 1_000_000)
            .put("max_connections", maxConnections)
            .put("emulator", "in-process");
      }
    }
  }
}
