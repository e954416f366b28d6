package io.nexla.reactive.spring.boot;

import io.lettuce.core.resource.ClientResources;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The shared rate limit's Redis without Spring Data Redis: a Lettuce client of its own for
 * {@code nexla.rate-limit.redis.url} (on the application's {@link ClientResources} when it has exactly one), shut
 * down with the context.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnMissingBean(RateLimitRedis.class)
class UrlRateLimitRedisConfiguration {

  @Bean
  RateLimitRedis nexlaRateLimitRedis(NexlaRedisRateLimitProperties properties,
      ObjectProvider<ClientResources> resources) {
    return RateLimitRedis.fromUrl(properties.getUrl(), resources.getIfUnique());
  }
}
