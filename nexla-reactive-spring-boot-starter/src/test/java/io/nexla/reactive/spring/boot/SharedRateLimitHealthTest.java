package io.nexla.reactive.spring.boot;

import static io.nexla.reactive.spring.boot.SharedLimitContexts.WAIT;
import static io.nexla.reactive.spring.boot.SharedLimitContexts.answered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.redis.RateLimitUnavailableException;
import io.nexla.reactive.redis.RedisServer;
import io.nexla.reactive.redis.RedisServerExtension;
import io.nexla.reactive.redis.SharedRateLimit;
import io.nexla.reactive.testkit.NexlaEmulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;

/**
 * The health indicator while the real redis-server is stopped and started again: the fallback's state is in the
 * details, a local fallback stays UP, a fail-fast limit is OUT_OF_SERVICE, and both are UP and shared again once
 * Redis answers.
 */
@ExtendWith(RedisServerExtension.class)
class SharedRateLimitHealthTest {

  private final NexlaEmulator emulator = NexlaEmulator.start();
  private RedisServer redis;
  private ApplicationContextRunner replica;

  @BeforeEach
  void configure(RedisServer redis) {
    this.redis = redis;
    this.replica = SharedLimitContexts.replica(emulator)
        .withPropertyValues(SharedLimitContexts.perHour(redis.uri(), SharedLimitContexts.newKey(), 10))
        .withPropertyValues("nexla.rate-limit.redis.retry-redis-after=0s");
  }

  @AfterEach
  void restart() {
    redis.start(); // for the next test, if this one stopped it
    emulator.close();
  }

  private static Health health(ApplicationContext context) {
    return context.getBean(NexlaHealthIndicator.class).health().block(WAIT);
  }

  /** Calls until the limit shares again: the first call after Redis is back probes it (at most 2 s each). */
  private static void callUntilShared(NexlaClient client, SharedRateLimit limit) {
    for (int probes = 0; !"SHARED".equals(limit.state()) && probes < 50; probes++) {
      try {
        answered(client, 1).block(WAIT);
      } catch (RateLimitUnavailableException stillDown) {
        // fail-fast: Redis has not answered yet
      }
    }
  }

  @Test
  void localFallbackStaysUpWithItsStateInTheDetailsAndSharesAgainAfterRestart() {
    replica.withPropertyValues("nexla.rate-limit.redis.fallback=local",
        "nexla.rate-limit.redis.expected-replicas=5").run(context -> {
          NexlaClient client = context.getBean(NexlaClient.class);
          SharedRateLimit limit = context.getBean(SharedRateLimit.class);
          assertThat(answered(client, 2).block(WAIT)).isEqualTo(2); // and the token: 7 of 10 permits left
          Health sharing = health(context);
          assertThat(sharing.getStatus()).isEqualTo(Status.UP);
          assertThat(sharing.getDetails()).containsEntry("rateLimitState", "SHARED")
              .containsEntry("rateLimitPermits", 7);

          redis.stop();
          assertThat(answered(client, 3).block(WAIT)).isEqualTo(2); // 10 / 5 replicas: 2 per hour locally
          Health fallback = health(context);
          assertThat(fallback.getStatus()).isEqualTo(Status.UP);
          assertThat(fallback.getDetails()).containsEntry("rateLimitState", "LOCAL_FALLBACK")
              .containsEntry("rateLimitPermits", 0);

          redis.start();
          callUntilShared(client, limit);
          Health recovered = health(context);
          assertThat(recovered.getStatus()).isEqualTo(Status.UP);
          assertThat(recovered.getDetails()).containsEntry("rateLimitState", "SHARED");
        });
  }

  @Test
  void failFastIsOutOfServiceWhileRedisIsDownAndUpOnceItAnswers() {
    replica.withPropertyValues("nexla.rate-limit.redis.fallback=fail-fast").run(context -> {
      NexlaClient client = context.getBean(NexlaClient.class);
      SharedRateLimit limit = context.getBean(SharedRateLimit.class);
      assertThat(answered(client, 1).block(WAIT)).isEqualTo(1);
      assertThat(health(context).getStatus()).isEqualTo(Status.UP);

      redis.stop();
      long sent = emulator.journal().size();
      assertThat(catchThrowable(() -> client.users().getCurrent().block(WAIT)))
          .isInstanceOf(RateLimitUnavailableException.class);
      assertThat(emulator.journal()).hasSize((int) sent);
      Health unavailable = health(context);
      assertThat(unavailable.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
      assertThat(unavailable.getDetails()).containsEntry("rateLimitState", "UNAVAILABLE")
          .containsEntry("tokenState", "VALID");

      redis.start();
      callUntilShared(client, limit);
      Health recovered = health(context);
      assertThat(recovered.getStatus()).isEqualTo(Status.UP);
      assertThat(recovered.getDetails()).containsEntry("rateLimitState", "SHARED");
    });
  }

  @Test
  void withTheReachabilityCheckAFailFastLimitRecoversWithoutOtherTraffic() {
    replica.withPropertyValues("nexla.rate-limit.redis.fallback=fail-fast", "nexla.health.reachability.enabled=true",
        "nexla.health.reachability.cache=0s", "nexla.health.reachability.timeout=10s").run(context -> {
          assertThat(health(context).getStatus()).isEqualTo(Status.UP);

          redis.stop();
          Health refused = health(context); // the local state is read before the check's call finds Redis down
          assertThat(refused.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
          assertThat(refused.getDetails()).containsEntry("reachable", false)
              .containsEntry("reachabilityError", "RateLimitUnavailableException");
          Health unavailable = health(context);
          assertThat(unavailable.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
          assertThat(unavailable.getDetails()).containsEntry("rateLimitState", "UNAVAILABLE");

          redis.start();
          Health recovered = health(context);
          for (int probes = 0; !Status.UP.equals(recovered.getStatus()) && probes < 50; probes++) {
            recovered = health(context); // each check's call probes Redis (at most 2 s); the next one shows it
          }
          assertThat(recovered.getStatus()).isEqualTo(Status.UP);
          assertThat(recovered.getDetails()).containsEntry("rateLimitState", "SHARED").containsEntry("reachable", true);
        });
  }
}
