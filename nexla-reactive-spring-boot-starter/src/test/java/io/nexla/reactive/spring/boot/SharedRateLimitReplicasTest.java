package io.nexla.reactive.spring.boot;

import static io.nexla.reactive.spring.boot.SharedLimitContexts.WAIT;
import static io.nexla.reactive.spring.boot.SharedLimitContexts.answered;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.redis.RedisServer;
import io.nexla.reactive.redis.RedisServerExtension;
import io.nexla.reactive.redis.SharedRateLimit;
import io.nexla.reactive.testkit.Fault;
import io.nexla.reactive.testkit.NexlaEmulator;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;

/**
 * Two application contexts configured by {@code nexla.rate-limit.redis.*} against one real redis-server share one
 * bucket: together they stay within the organisation's quota the emulator enforces.
 */
@ExtendWith(RedisServerExtension.class)
class SharedRateLimitReplicasTest {

  private final NexlaEmulator emulator = NexlaEmulator.start();

  @AfterEach
  void stopEmulator() {
    emulator.close();
  }

  @Test
  void twoContextsTakeFromOneBucketAndStayWithinTheOrganisationQuota(RedisServer redis) {
    emulator.faults().on("*", "*").respond(Fault.orgQuota(7, Duration.ofHours(1)));
    String key = SharedLimitContexts.newKey();
    ApplicationContextRunner replica = SharedLimitContexts.replica(emulator)
        .withPropertyValues(SharedLimitContexts.perHour(redis.uri(), key, 7));

    replica.run(first -> replica.run(second -> {
      NexlaClient one = first.getBean(NexlaClient.class);
      NexlaClient other = second.getBean(NexlaClient.class);
      assertThat(one.options().rateLimit()).containsSame(first.getBean(SharedRateLimit.class));
      one.accessToken().block(WAIT); // a token request takes a permit too: 5 are left for both
      other.accessToken().block(WAIT);

      long answered = answered(one, 4).block(WAIT) + answered(other, 4).block(WAIT);

      assertThat(answered).isEqualTo(5);
      assertThat(emulator.journal()).hasSize(7).allSatisfy(request -> assertThat(request.status()).isLessThan(400));
      for (ApplicationContext context : List.of(first, second)) {
        MeterRegistry meters = context.getBean(MeterRegistry.class);
        assertThat(meters.get("nexla.client.rate.limit.shared").tag("key", key).gauge().value()).isEqualTo(1);
        // The refill rate stays the default headroom under the limit: 7 less 5 %, rounded down.
        assertThat(meters.get("nexla.client.rate.limit.rate").tag("key", key).gauge().value())
            .isEqualTo(Math.floor(7 * (1 - SharedRateLimit.DEFAULT_HEADROOM)));
      }
    }));
  }
}
