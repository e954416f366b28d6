package io.nexla.reactive.spring.boot;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.resource.ClientResources;
import io.nexla.reactive.redis.SharedRateLimit;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.diagnostics.FailureAnalyzedException;

/**
 * The Redis the shared rate limit uses: a Lettuce client and the address it connects to. Nothing connects when this
 * is created; {@code SharedRateLimit} connects asynchronously on the first permit. A client this created itself is
 * shut down with the application context; a borrowed one (Spring Data Redis's) is left to its owner.
 */
final class RateLimitRedis implements DisposableBean {

  static final String URL = "nexla.rate-limit.redis.url";

  private final RedisClient client;
  private final RedisURI uri;
  private final boolean owned;

  private RateLimitRedis(RedisClient client, RedisURI uri, boolean owned) {
    this.client = client;
    this.uri = uri;
    this.owned = owned;
  }

  /** Another owner's client (it shuts it down), connected to {@code uri}. */
  static RateLimitRedis borrowed(RedisClient client, RedisURI uri) {
    return new RateLimitRedis(client, uri, false);
  }

  /**
   * A client of its own for {@code url}, on the application's Lettuce {@code resources} (event loops) when given.
   *
   * @throws FailureAnalyzedException when the URL is missing or malformed (the message never quotes the URL, which
   *     may hold a password)
   */
  static RateLimitRedis fromUrl(@Nullable String url, @Nullable ClientResources resources) {
    if (url == null || url.isBlank()) {
      throw new FailureAnalyzedException(
          "nexla.rate-limit.redis.enabled is true, but there is no Redis to share the rate limit through.",
          "Set " + URL + " (e.g. redis://redis.internal:6379), or add Spring Data Redis"
              + " (spring-boot-starter-data-redis) so that its Lettuce connection factory is reused.");
    }
    RedisURI uri;
    try {
      uri = RedisURI.create(url);
    } catch (IllegalArgumentException e) {
      throw new FailureAnalyzedException("Invalid " + URL + ": " + e.getClass().getSimpleName(),
          "Use a Redis URL such as redis://host:6379 or rediss://user:password@host:6380/0.");
    }
    RedisClient client = resources != null ? RedisClient.create(resources) : RedisClient.create();
    return new RateLimitRedis(client, uri, true);
  }

  /** A limit builder over this Redis. */
  SharedRateLimit.Builder limit() {
    return SharedRateLimit.redis(client, uri);
  }

  /** Whether the client is this object's own (and is shut down with it). */
  boolean owned() {
    return owned;
  }

  RedisClient client() {
    return client;
  }

  /** Shuts an own client down; runs when the context closes, never in a request path. */
  @Override
  public void destroy() {
    if (owned) {
      client.shutdown();
    }
  }
}
