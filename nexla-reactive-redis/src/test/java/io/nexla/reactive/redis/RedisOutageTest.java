package io.nexla.reactive.redis;

import static io.nexla.reactive.redis.Replicas.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.testkit.NexlaEmulator;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Redis stopped in the middle of a run: calls do not hang, the documented fallback applies, sharing resumes. */
@ExtendWith(RedisServerExtension.class)
class RedisOutageTest {

  private final NexlaEmulator emulator = NexlaEmulator.builder().start();
  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private RedisClient redis;
  private RedisServer server;

  @BeforeEach
  void connect(RedisServer server) {
    this.server = server;
    this.redis = Replicas.redisClient(server.uri());
  }

  @AfterEach
  void close() {
    server.start(); // for the next test, if one stopped it
    emulator.close();
    redis.shutdown();
  }

  private SharedRateLimit.Builder tenPerHour() {
    return SharedRateLimit.redis(redis, RedisURI.create(server.uri())).key("nexla-test:" + UUID.randomUUID())
        .limit(10, Duration.ofHours(1)).burst(10).maxWait(Duration.ofSeconds(5))
        .redisTimeout(Duration.ofSeconds(2)).retryRedisAfter(Duration.ZERO).meterRegistry(meters);
  }

  @Test
  void fallsBackToItsShareOfTheLimitAndSharesAgainAfterRestart() {
    SharedRateLimit limit = tenPerHour().fallbackToLocal(5).build(); // 10 / 5 replicas: 2 per hour locally
    try (NexlaClient client = Replicas.client(emulator.baseUrl(), emulator.serviceKey(), limit)) {
      assertThat(Replicas.answered(client, 3).block(WAIT)).isEqualTo(3);
      assertThat(limit.state()).isEqualTo("SHARED");

      server.stop();
      long sent = Replicas.requestsSent(emulator);

      assertThat(Replicas.answered(client, 4).block(WAIT)).as(emulator.journal().toString()).isEqualTo(2);
      assertThat(Replicas.requestsSent(emulator)).isEqualTo(sent + 2);
      assertThat(client.transport().health().rateLimitState()).isEqualTo("LOCAL_FALLBACK");
      assertThat(meters.get("nexla.client.rate.limit.fallbacks").counter().count()).isEqualTo(1);
      assertThat(meters.get("nexla.client.rate.limit.shared").gauge().value()).isZero();

      server.start();
      int probes = 0;
      while (!"SHARED".equals(limit.state()) && probes++ < 50) { // each probe waits for Redis at most 2 s
        Replicas.answered(client, 1).block(WAIT);
      }

      assertThat(limit.state()).isEqualTo("SHARED");
      assertThat(meters.get("nexla.client.rate.limit.shared").gauge().value()).isEqualTo(1);
      assertThat(Replicas.answered(client, 2).block(WAIT)).isEqualTo(2); // the restarted Redis holds a new bucket
    }
  }

  @Test
  void failsFastWhenConfiguredTo() {
    SharedRateLimit limit = tenPerHour().failFast().build();
    try (NexlaClient client = Replicas.client(emulator.baseUrl(), emulator.serviceKey(), limit)) {
      client.accessToken().block(WAIT);
      server.stop();
      long sent = Replicas.requestsSent(emulator);

      Throwable failure = catchThrowable(() -> client.users().getCurrent().block(WAIT));

      assertThat(failure).isInstanceOf(RateLimitUnavailableException.class);
      assertThat(Replicas.requestsSent(emulator)).isEqualTo(sent);
      assertThat(limit.state()).isEqualTo("UNAVAILABLE");
    }
  }
}
