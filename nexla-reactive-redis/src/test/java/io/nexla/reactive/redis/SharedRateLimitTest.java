package io.nexla.reactive.redis;

import static io.nexla.reactive.redis.Replicas.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.core.error.NexlaTimeoutException;
import io.nexla.reactive.core.error.RateLimitException;
import io.nexla.reactive.testkit.Fault;
import io.nexla.reactive.testkit.NexlaEmulator;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Clients and JVMs that use the same key share one bucket in a real Redis; a 429 with Retry-After seen by one
 * pauses the others. Limits are per hour so counts, not timings, show the sharing.
 */
@ExtendWith(RedisServerExtension.class)
class SharedRateLimitTest {

  private final NexlaEmulator emulator = NexlaEmulator.builder().start();
  private final String key = "nexla-test:" + UUID.randomUUID();
  private RedisClient redis;
  private RedisServer server;

  @BeforeEach
  void connect(RedisServer server) {
    this.server = server;
    this.redis = Replicas.redisClient(server.uri());
  }

  @AfterEach
  void close() {
    emulator.close();
    redis.shutdown();
  }

  private SharedRateLimit perHour(int permits) {
    return Replicas.perHour(redis, server.uri(), key, permits);
  }

  @Test
  void twoClientsInOneJvmTakeFromOneBucket() {
    try (NexlaClient first = Replicas.client(emulator.baseUrl(), emulator.serviceKey(), perHour(7));
        NexlaClient second = Replicas.client(emulator.baseUrl(), emulator.serviceKey(), perHour(7))) {
      first.accessToken().block(WAIT); // a token request takes a permit too: 5 are left
      second.accessToken().block(WAIT);

      long answered = Replicas.answered(first, 4).block(WAIT) + Replicas.answered(second, 4).block(WAIT);

      assertThat(answered).isEqualTo(5);
      assertThat(Replicas.requestsSent(emulator)).isEqualTo(7);
      assertThat(first.transport().health().rateLimitState()).isEqualTo("SHARED");
    }
  }

  @Test
  void twoJvmsTakeFromOneBucket() throws Exception {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), SecondReplica.class.getName(),
        server.uri(), key, emulator.baseUrl(), emulator.serviceKey(), "4"));
    Process other = new ProcessBuilder(command).redirectErrorStream(true).start();
    String lastLine = "";
    try (BufferedReader out = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        lastLine = line;
      }
    }
    assertThat(other.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(lastLine).isEqualTo("answered=4"); // its token request and 4 calls: 5 of 7 permits

    try (NexlaClient here = Replicas.client(emulator.baseUrl(), emulator.serviceKey(), perHour(7))) {
      here.accessToken().block(WAIT);
      assertThat(Replicas.answered(here, 4).block(WAIT)).isEqualTo(1);
    }
    assertThat(Replicas.requestsSent(emulator)).isEqualTo(7);
  }

  @Test
  void retryAfterSeenByOneReplicaPausesTheOthers() {
    emulator.faults().on("GET", Replicas.ROUTE).sequence(Fault.rateLimited(Duration.ofHours(1)));
    SharedRateLimit firstLimit = SharedRateLimit.redis(redis, RedisURI.create(server.uri())).key(key)
        .limit(100, Duration.ofSeconds(1)).maxWait(Duration.ofMinutes(1)).redisTimeout(Duration.ofSeconds(2)).build();
    SharedRateLimit secondLimit = SharedRateLimit.redis(redis, RedisURI.create(server.uri())).key(key)
        .limit(100, Duration.ofSeconds(1)).maxWait(Duration.ofMinutes(1)).redisTimeout(Duration.ofSeconds(2)).build();
    try (NexlaClient first = Replicas.client(emulator.baseUrl(), emulator.serviceKey(), firstLimit);
        NexlaClient second = Replicas.client(emulator.baseUrl(), emulator.serviceKey(), secondLimit)) {
      first.accessToken().block(WAIT);
      second.accessToken().block(WAIT);
      long before = Replicas.requestsSent(emulator);
      assertThat(catchThrowable(() -> first.users().getCurrent().block(WAIT))).isInstanceOf(RateLimitException.class);

      Throwable paused = catchThrowable(() -> second.users().getCurrent().block(WAIT));

      assertThat(paused).isInstanceOf(NexlaTimeoutException.class).hasMessageContaining("paused");
      assertThat(Replicas.requestsSent(emulator)).isEqualTo(before + 1);
      assertThat(firstLimit.currentRate()).isEqualTo(95); // 100 less the default 5 % headroom; a lone burst only pauses
    }
  }
}
