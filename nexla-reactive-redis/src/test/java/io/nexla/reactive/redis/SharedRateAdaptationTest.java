package io.nexla.reactive.redis;

import static io.nexla.reactive.redis.Replicas.WAIT;
import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import reactor.test.scheduler.VirtualTimeScheduler;

/**
 * How replicas sharing one key in a real Redis adapt the shared rate, on virtual time: one decrease per burst of
 * 429s, only for a burst that recurs before a quiet interval, and the rate climbing back after sustained success.
 * Another replica reads the rate from Redis.
 */
@ExtendWith(RedisServerExtension.class)
class SharedRateAdaptationTest {

  private static final Duration RETRY_AFTER = Duration.ofSeconds(1);

  private final VirtualTimeScheduler time = VirtualTimeScheduler.create();
  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
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
    redis.shutdown();
    time.dispose();
  }

  /** 100 per second, no headroom, halved on a 429, at least +5 after 5 s quiet; bursts large enough never to wait. */
  private SharedRateLimit replica() {
    return SharedRateLimit.redis(redis, RedisURI.create(server.uri())).key(key)
        .limit(100, Duration.ofSeconds(1)).headroom(0).burst(1_000).decreaseFactor(0.5)
        .increase(5, Duration.ofSeconds(5)).redisTimeout(WAIT).scheduler(time).meterRegistry(meters).build();
  }

  /** The rate another replica finds in Redis when it takes a permit (outside a pause: it would wait). */
  private int sharedRate() {
    SharedRateLimit reader = replica();
    assertThat(reader.reserve().block(WAIT)).isZero();
    return reader.currentRate();
  }

  private double decreases() {
    return meters.counter("nexla.client.rate.limit.adjustments", "key", key, "direction", "decrease").count();
  }

  /** 429s answered to attempts sent before the pause began: the same burst, seen by both replicas. */
  private void burst(SharedRateLimit first, SharedRateLimit second) {
    first.rateLimited(RETRY_AFTER).block(WAIT);
    time.advanceTimeBy(Duration.ofMillis(20));
    second.rateLimited(RETRY_AFTER).block(WAIT);
    first.rateLimited(RETRY_AFTER).block(WAIT);
    time.advanceTimeBy(RETRY_AFTER); // the pause is over: attempts sent from now on are new evidence
  }

  @Test
  void aBurstOf429sLowersTheRateOnceWhenItRecursBeforeAQuietInterval() {
    SharedRateLimit first = replica();
    SharedRateLimit second = replica();
    assertThat(first.reserve().block(WAIT)).isZero();
    assertThat(second.reserve().block(WAIT)).isZero();

    burst(first, second); // a lone burst: the pause is enough
    assertThat(decreases()).isZero();
    assertThat(sharedRate()).isEqualTo(100);

    burst(second, first); // again right after the pause: the rate is too high
    assertThat(decreases()).isEqualTo(1);
    assertThat(sharedRate()).isEqualTo(50);

    burst(first, second);
    assertThat(decreases()).isEqualTo(2);
    assertThat(sharedRate()).isEqualTo(25);

    time.advanceTimeBy(Duration.ofSeconds(5)); // a quiet interval: the next burst is a lone one again
    burst(second, first);
    assertThat(decreases()).isEqualTo(2);
    assertThat(sharedRate()).isEqualTo(25);
  }

  @Test
  void theRateClimbsBackAfterSustainedSuccess() {
    SharedRateLimit limit = replica();
    assertThat(limit.reserve().block(WAIT)).isZero();
    limit.rateLimited(RETRY_AFTER).block(WAIT);
    time.advanceTimeBy(RETRY_AFTER);
    limit.rateLimited(RETRY_AFTER).block(WAIT); // again right after the pause: lowered
    time.advanceTimeBy(RETRY_AFTER);
    assertThat(sharedRate()).isEqualTo(50);

    time.advanceTimeBy(Duration.ofSeconds(3));
    limit.succeeded().block(WAIT); // not quiet long enough yet
    assertThat(sharedRate()).isEqualTo(50);

    List<Integer> rates = new ArrayList<>();
    for (int interval = 0; interval < 6; interval++) {
      time.advanceTimeBy(Duration.ofSeconds(5));
      limit.succeeded().block(WAIT);
      limit.succeeded().block(WAIT); // once per quiet interval, however many successes
      rates.add(sharedRate());
    }

    // half way back to 100 each time, at least +5, never above the maximum
    assertThat(rates).containsExactly(75, 87, 93, 98, 100, 100);
    assertThat(limit.currentRate()).isEqualTo(100);
  }
}
