package io.nexla.reactive.spring.boot;

import io.micrometer.core.instrument.MeterRegistry;
import io.nexla.reactive.redis.SharedRateLimit;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.diagnostics.FailureAnalyzedException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Auto-configuration of one rate limit shared by every replica through Redis ({@link SharedRateLimit}), from
 * {@link NexlaRedisRateLimitProperties} ({@code nexla.rate-limit.redis.*}), when {@code nexla-reactive-redis} is on
 * the class path and {@code nexla.rate-limit.redis.enabled=true}. The auto-configured client takes its permits from
 * it.
 *
 * <p>Redis: {@code nexla.rate-limit.redis.url} when set; otherwise Spring Data Redis's
 * {@code LettuceConnectionFactory} (its Lettuce client and address) when the application has exactly one. Startup
 * does not connect to Redis, so it neither blocks nor fails while Redis is down: the limit connects asynchronously
 * on the first permit, and falls back as configured while Redis does not answer. The limit's meters
 * ({@code nexla.client.rate.limit.*}) are registered in the application's {@link MeterRegistry} when there is
 * exactly one.
 */
@AutoConfiguration(before = NexlaAutoConfiguration.class,
    afterName = "org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration")
@ConditionalOnClass(SharedRateLimit.class)
@ConditionalOnBooleanProperty("nexla.rate-limit.redis.enabled")
@EnableConfigurationProperties(NexlaRedisRateLimitProperties.class)
// In this order: the second only applies when the first defined no Redis.
@Import({SpringDataRateLimitRedisConfiguration.class, UrlRateLimitRedisConfiguration.class})
public class NexlaRedisRateLimitAutoConfiguration {

  static final String LIMIT = "nexla.rate-limit.redis.limit-for-period";

  /**
   * The shared limit. Fails startup with a message naming the property when {@code limit-for-period} is missing or
   * a value is invalid.
   */
  @Bean
  @ConditionalOnMissingBean
  SharedRateLimit nexlaSharedRateLimit(NexlaRedisRateLimitProperties properties, RateLimitRedis redis,
      ObjectProvider<MeterRegistry> meterRegistry) {
    Integer limit = properties.getLimitForPeriod();
    if (limit == null) {
      throw new FailureAnalyzedException("nexla.rate-limit.redis.enabled is true, but " + LIMIT + " is not set.",
          "Set " + LIMIT + " (and nexla.rate-limit.redis.period, 1s by default) to the limit of the whole fleet.");
    }
    return NexlaClientConfigurer.valid(() -> {
      SharedRateLimit.Builder builder = redis.limit()
          .key(properties.getKey())
          .limit(limit, properties.getPeriod())
          .headroom(properties.getHeadroom())
          .decreaseFactor(properties.getDecreaseFactor())
          .redisTimeout(properties.getRedisTimeout())
          .retryRedisAfter(properties.getRetryRedisAfter())
          .maxWait(properties.getMaxWait());
      if (properties.getBurst() != null) {
        builder.burst(properties.getBurst());
      }
      NexlaRedisRateLimitProperties.Adaptive adaptive = properties.getAdaptive();
      if (adaptive.getMin() != null || adaptive.getMax() != null) {
        int max = adaptive.getMax() != null ? adaptive.getMax() : limit;
        int min = adaptive.getMin() != null ? adaptive.getMin() : Math.min(max, Math.max(1, limit / 10));
        builder.adaptiveBounds(min, max);
      }
      NexlaRedisRateLimitProperties.Increase increase = properties.getIncrease();
      Integer step = increase.getStep();
      builder.increase(step != null ? step : Math.max(1, limit / 20), increase.getQuiet());
      if (properties.getFallback() == NexlaRedisRateLimitProperties.Fallback.FAIL_FAST) {
        builder.failFast();
      } else {
        builder.fallbackToLocal(properties.getExpectedReplicas());
      }
      meterRegistry.ifUnique(builder::meterRegistry);
      return builder.build();
    });
  }

  /**
   * Sets the shared limit on the auto-configured client's builder; first among customizers, so that an application
   * customizer can still replace it.
   */
  @Bean
  @Order(Ordered.HIGHEST_PRECEDENCE)
  public NexlaClientBuilderCustomizer nexlaSharedRateLimitCustomizer(SharedRateLimit sharedRateLimit) {
    return builder -> builder.rateLimit(sharedRateLimit);
  }
}
