package io.nexla.reactive.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.RedisClient;
import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.redis.SharedRateLimit;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalyzedException;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** When the shared limit is configured, how its properties bind, and how bad configurations fail startup. */
class NexlaRedisRateLimitAutoConfigurationTest {

  private static final String REDIS_PASSWORD = "redis-pw-93c1";

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(NexlaRedisRateLimitAutoConfiguration.class,
          NexlaAutoConfiguration.class))
      .withPropertyValues("NEXLA_SERVICE_KEY=", "NEXLA_ACCESS_TOKEN=", "NEXLA_API_URL=", "nexla.service-key=svc-1");

  private final ApplicationContextRunner enabled = runner.withPropertyValues("nexla.rate-limit.redis.enabled=true",
      "nexla.rate-limit.redis.url=redis://127.0.0.1:" + closedPort(),
      "nexla.rate-limit.redis.limit-for-period=20", "nexla.rate-limit.redis.period=1m");

  /** A loopback port nothing listens on: startup must not need Redis. */
  private static int closedPort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String startupFailure(AssertableApplicationContext context) {
    assertThat(context).hasFailed();
    Throwable cause = context.getStartupFailure();
    while (!(cause instanceof FailureAnalyzedException) && cause.getCause() != null) {
      cause = cause.getCause();
    }
    assertThat(cause).isInstanceOf(FailureAnalyzedException.class);
    FailureAnalyzedException failure = (FailureAnalyzedException) cause;
    return failure.getMessage() + " / " + failure.analysis().getAction();
  }

  @Test
  void offUnlessEnabled() {
    runner.withPropertyValues("nexla.rate-limit.redis.limit-for-period=20").run(context -> {
      assertThat(context).hasNotFailed().doesNotHaveBean(SharedRateLimit.class);
      assertThat(context.getBean(NexlaClient.class).options().rateLimit()).isEmpty();
    });
  }

  @Test
  void offWithoutTheRedisModule() {
    enabled.withClassLoader(new FilteredClassLoader(SharedRateLimit.class)).run(context -> {
      assertThat(context).hasNotFailed().doesNotHaveBean(NexlaRedisRateLimitProperties.class);
      assertThat(context.getBean(NexlaClient.class).options().rateLimit()).isEmpty();
    });
  }

  @Test
  void propertiesBindAndTheClientTakesItsPermitsFromTheLimitWithoutConnectingAtStartup() {
    enabled.withPropertyValues("nexla.rate-limit.redis.key=nexla:org-42", "nexla.rate-limit.redis.burst=4",
        "nexla.rate-limit.redis.headroom=0.1", "nexla.rate-limit.redis.adaptive.min=5", "nexla.rate-limit.redis.adaptive.max=20",
        "nexla.rate-limit.redis.decrease-factor=0.7", "nexla.rate-limit.redis.increase.step=2",
        "nexla.rate-limit.redis.increase.quiet=10s", "nexla.rate-limit.redis.redis-timeout=250ms",
        "nexla.rate-limit.redis.retry-redis-after=3s", "nexla.rate-limit.redis.max-wait=7s",
        "nexla.rate-limit.redis.fallback=fail-fast", "nexla.rate-limit.redis.expected-replicas=3").run(context -> {
          assertThat(context).hasNotFailed();
          NexlaRedisRateLimitProperties properties = context.getBean(NexlaRedisRateLimitProperties.class);
          assertThat(properties.getKey()).isEqualTo("nexla:org-42");
          assertThat(properties.getLimitForPeriod()).isEqualTo(20);
          assertThat(properties.getPeriod()).isEqualTo(Duration.ofMinutes(1));
          assertThat(properties.getBurst()).isEqualTo(4);
          assertThat(properties.getHeadroom()).isEqualTo(0.1);
          assertThat(properties.getAdaptive().getMin()).isEqualTo(5);
          assertThat(properties.getAdaptive().getMax()).isEqualTo(20);
          assertThat(properties.getDecreaseFactor()).isEqualTo(0.7);
          assertThat(properties.getIncrease().getStep()).isEqualTo(2);
          assertThat(properties.getIncrease().getQuiet()).isEqualTo(Duration.ofSeconds(10));
          assertThat(properties.getRedisTimeout()).isEqualTo(Duration.ofMillis(250));
          assertThat(properties.getRetryRedisAfter()).isEqualTo(Duration.ofSeconds(3));
          assertThat(properties.getMaxWait()).isEqualTo(Duration.ofSeconds(7));
          assertThat(properties.getFallback()).isEqualTo(NexlaRedisRateLimitProperties.Fallback.FAIL_FAST);
          assertThat(properties.getExpectedReplicas()).isEqualTo(3);

          SharedRateLimit limit = context.getBean(SharedRateLimit.class);
          assertThat(limit).hasToString("SharedRateLimit[key=nexla:org-42, limit=20/PT1M, state=SHARED]");
          assertThat(limit.currentRate()).isEqualTo(20);
          NexlaClient client = context.getBean(NexlaClient.class);
          assertThat(client.options().rateLimit()).containsSame(limit);
          assertThat(client.transport().health().rateLimitState()).isEqualTo("SHARED");
          assertThat(client.transport().health().rateLimitPermits()).isNull(); // unknown before the first call
        });
  }

  @Test
  void anOwnRedisClientIsShutDownWithTheContext() {
    RedisClient[] client = new RedisClient[1];
    enabled.run(context -> {
      RateLimitRedis redis = context.getBean(RateLimitRedis.class);
      assertThat(redis.owned()).isTrue();
      client[0] = redis.client();
      assertThat(client[0].getResources().eventExecutorGroup().isShuttingDown()).isFalse();
    });
    assertThat(client[0].getResources().eventExecutorGroup().isShuttingDown()).isTrue();
  }

  @Test
  void missingLimitFailsStartupNamingTheProperty() {
    runner.withPropertyValues("nexla.rate-limit.redis.enabled=true", "nexla.rate-limit.redis.url=redis://127.0.0.1")
        .run(context -> assertThat(startupFailure(context))
            .contains("nexla.rate-limit.redis.limit-for-period is not set"));
  }

  @Test
  void noRedisFailsStartupNamingTheWaysToConfigureOne() {
    runner.withPropertyValues("nexla.rate-limit.redis.enabled=true", "nexla.rate-limit.redis.limit-for-period=5")
        .run(context -> assertThat(startupFailure(context))
            .contains("no Redis to share the rate limit through", "nexla.rate-limit.redis.url",
                "spring-boot-starter-data-redis"));
  }

  @Test
  void aMalformedUrlFailsStartupWithoutQuotingIt() {
    runner.withPropertyValues("nexla.rate-limit.redis.enabled=true", "nexla.rate-limit.redis.limit-for-period=5",
        "nexla.rate-limit.redis.url=redis://:" + REDIS_PASSWORD + "@redis internal:6379")
        .run(context -> {
          assertThat(startupFailure(context)).contains("Invalid nexla.rate-limit.redis.url")
              .doesNotContain(REDIS_PASSWORD);
          StringWriter trace = new StringWriter();
          context.getStartupFailure().printStackTrace(new PrintWriter(trace));
          assertThat(trace.toString()).contains("Invalid nexla.rate-limit.redis.url").doesNotContain(REDIS_PASSWORD);
        });
  }

  @Test
  void invalidValuesReachTheLimitAndFailStartup() {
    enabled.withPropertyValues("nexla.rate-limit.redis.decrease-factor=1.5")
        .run(context -> assertThat(startupFailure(context)).contains("decreaseFactor must be in (0, 1)"));
    enabled.withPropertyValues("nexla.rate-limit.redis.adaptive.min=30")
        .run(context -> assertThat(startupFailure(context)).contains("Adaptive bounds need 1 <= minimum <= maximum"));
    enabled.withPropertyValues("nexla.rate-limit.redis.burst=0")
        .run(context -> assertThat(startupFailure(context)).contains("burst must be >= 1"));
    enabled.withPropertyValues("nexla.rate-limit.redis.expected-replicas=0")
        .run(context -> assertThat(startupFailure(context)).contains("expectedReplicas must be >= 1"));
    enabled.withPropertyValues("nexla.rate-limit.redis.increase.step=-1")
        .run(context -> assertThat(startupFailure(context)).contains("increaseStep must not be negative"));
  }
}
