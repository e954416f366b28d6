package io.nexla.reactive.spring.boot;

import static io.nexla.reactive.spring.boot.SharedLimitContexts.WAIT;
import static io.nexla.reactive.spring.boot.SharedLimitContexts.answered;
import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.redis.RedisServer;
import io.nexla.reactive.redis.RedisServerExtension;
import io.nexla.reactive.testkit.NexlaEmulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * With Spring Data Redis in the application, the shared limit uses its {@link LettuceConnectionFactory}'s Lettuce
 * client and Redis address (database included) instead of a client of its own.
 */
@ExtendWith(RedisServerExtension.class)
class SpringDataRedisReuseTest {

  private final NexlaEmulator emulator = NexlaEmulator.start();

  @AfterEach
  void stopEmulator() {
    emulator.close();
  }

  private ApplicationContextRunner withSpringDataRedis(RedisServer redis, String key) {
    return new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(DataRedisAutoConfiguration.class,
            NexlaRedisRateLimitAutoConfiguration.class, NexlaAutoConfiguration.class))
        .withPropertyValues("NEXLA_SERVICE_KEY=", "NEXLA_ACCESS_TOKEN=", "NEXLA_API_URL=",
            "nexla.base-url=" + emulator.baseUrl(), "nexla.service-key=" + emulator.serviceKey(),
            "nexla.retry.max-attempts=1", "nexla.rate-limit.redis.enabled=true",
            "nexla.rate-limit.redis.key=" + key, "nexla.rate-limit.redis.limit-for-period=5",
            "nexla.rate-limit.redis.period=1h", "nexla.rate-limit.redis.burst=5",
            "nexla.rate-limit.redis.redis-timeout=2s",
            "spring.data.redis.host=127.0.0.1", "spring.data.redis.port=" + redis.port(),
            "spring.data.redis.database=3");
  }

  @Test
  void reusesTheFactorysClientAndAddress(RedisServer redis) {
    String key = SharedLimitContexts.newKey();
    withSpringDataRedis(redis, key).run(context -> {
      assertThat(context).hasNotFailed();
      LettuceConnectionFactory factory = context.getBean(LettuceConnectionFactory.class);
      RateLimitRedis shared = context.getBean(RateLimitRedis.class);
      assertThat(shared.owned()).isFalse();
      assertThat(shared.client()).isSameAs(factory.getNativeClient());

      NexlaClient client = context.getBean(NexlaClient.class);
      client.accessToken().block(WAIT);
      assertThat(answered(client, 6).block(WAIT)).isEqualTo(4); // 5 permits, the token request took one
      assertThat(client.transport().health().rateLimitState()).isEqualTo("SHARED");
    });

    RedisClient inspector = RedisClient.create(redis.uri());
    try (StatefulRedisConnection<String, String> connection = inspector.connect()) {
      RedisCommands<String, String> commands = connection.sync();
      assertThat(commands.exists(key + ":bucket")).as("database 0").isZero();
      commands.select(3);
      assertThat(commands.exists(key + ":bucket")).as("database 3, Spring Data Redis's").isEqualTo(1);
    } finally {
      inspector.shutdown();
    }
  }

  @Test
  void anExplicitUrlGetsAClientOfItsOwnOnTheFactorysResources(RedisServer redis) {
    withSpringDataRedis(redis, SharedLimitContexts.newKey())
        .withPropertyValues("nexla.rate-limit.redis.url=" + redis.uri())
        .run(context -> {
          LettuceConnectionFactory factory = context.getBean(LettuceConnectionFactory.class);
          RateLimitRedis shared = context.getBean(RateLimitRedis.class);
          assertThat(shared.owned()).isTrue();
          assertThat(shared.client()).isNotSameAs(factory.getNativeClient());
          assertThat(shared.client().getResources()).isSameAs(factory.getClientResources());
          NexlaClient client = context.getBean(NexlaClient.class);
          assertThat(answered(client, 2).block(WAIT)).isEqualTo(2);
        });
  }
}
