package io.nexla.reactive.spring.boot;

import io.lettuce.core.AbstractRedisClient;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.resource.ClientResources;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.diagnostics.FailureAnalyzedException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisPassword;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * The shared rate limit's Redis when the application has Spring Data Redis: without {@code nexla.rate-limit.redis.url},
 * the {@link LettuceConnectionFactory}'s own Lettuce client and Redis address (standalone Redis only); with it, a
 * client of its own on the factory's {@link ClientResources}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(LettuceConnectionFactory.class)
@ConditionalOnSingleCandidate(LettuceConnectionFactory.class)
class SpringDataRateLimitRedisConfiguration {

  @Bean
  RateLimitRedis nexlaRateLimitRedis(NexlaRedisRateLimitProperties properties, LettuceConnectionFactory factory) {
    String url = properties.getUrl();
    if (url != null && !url.isBlank()) {
      return RateLimitRedis.fromUrl(url, factory.getClientResources());
    }
    // The factory starts its client (no connection yet) when it is initialised, before it is injected here.
    AbstractRedisClient client = factory.getRequiredNativeClient();
    if (!(client instanceof RedisClient redisClient) || factory.isClusterAware() || factory.isRedisSentinelAware()
        || factory.getSocketConfiguration() != null) {
      throw new FailureAnalyzedException(
          "nexla.rate-limit.redis can reuse only a standalone Redis of Spring Data Redis, not a cluster, sentinel"
              + " or socket configuration.",
          "Set " + RateLimitRedis.URL + " to the Redis node that should hold the shared rate limit.");
    }
    return RateLimitRedis.borrowed(redisClient, address(factory));
  }

  /** The address the factory connects to, with its database, TLS settings, client name and credentials. */
  static RedisURI address(LettuceConnectionFactory factory) {
    RedisURI.Builder uri = RedisURI.builder().withHost(factory.getHostName()).withPort(factory.getPort())
        .withDatabase(factory.getDatabase())
        .withSsl(factory.isUseSsl()).withVerifyPeer(factory.isVerifyPeer()).withStartTls(factory.isStartTls());
    if (factory.getClientName() != null) {
      uri.withClientName(factory.getClientName());
    }
    RedisStandaloneConfiguration standalone = factory.getStandaloneConfiguration();
    RedisPassword password = standalone.getPassword();
    if (password.isPresent() && standalone.getUsername() != null) {
      uri.withAuthentication(standalone.getUsername(), password.get());
    } else if (password.isPresent()) {
      uri.withPassword(password.get());
    }
    return uri.build();
  }
}
