package io.nexla.reactive.spring.boot;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * One rate limit shared by every replica through Redis ({@code SharedRateLimit} of {@code nexla-reactive-redis}),
 * bound from {@code nexla.rate-limit.redis.*}. Unset values take the defaults of {@code SharedRateLimit.redis(...)}.
 *
 * <p>{@link #toString()} is not overridden and nothing here is logged: the URL may hold a Redis password.
 */
@ConfigurationProperties("nexla.rate-limit.redis")
public class NexlaRedisRateLimitProperties {

  /** What a replica does while Redis is unreachable. */
  public enum Fallback {
    /** Allow limit-for-period / expected-replicas per period locally. */
    LOCAL,
    /** Fail calls at once with RateLimitUnavailableException; nothing is sent. */
    FAIL_FAST
  }

  /**
   * Whether to share the client's rate limit through Redis. Needs nexla-reactive-redis on the class path and
   * limit-for-period.
   */
  private boolean enabled;

  /**
   * Redis URL, e.g. redis://redis.internal:6379 (rediss:// for TLS; may hold credentials). Unset: the Redis of
   * Spring Data Redis's LettuceConnectionFactory, through its Lettuce client.
   */
  private @Nullable String url;

  /** Redis key prefix every replica sharing the limit uses, e.g. one per Nexla organisation. */
  private String key = "nexla-rate-limit";

  /** Permits (HTTP attempts, token requests included) per period across the fleet; required. */
  private @Nullable Integer limitForPeriod;

  /** Period of limit-for-period. */
  private Duration period = Duration.ofSeconds(1);

  /** Permits that may be taken at once after an idle time. Unset: a tenth of the limit (at least 1). */
  private @Nullable Integer burst;

  /**
   * How far under limit-for-period the shared rate stays, as a fraction of it, so the fleet stays within the
   * server's quota in every window despite network and scheduling jitter. 0 sends at the limit.
   */
  private double headroom = 0.05;

  private final Adaptive adaptive = new Adaptive();

  /** Factor by which the shared rate is multiplied on HTTP 429 (at most once per period fleet-wide). */
  private double decreaseFactor = 0.5;

  private final Increase increase = new Increase();

  /** How long a Redis command may take before the replica falls back (connecting: ten times this, at least 2s). */
  private Duration redisTimeout = Duration.ofMillis(500);

  /** How long a replica stays on its fallback before it tries Redis again. */
  private Duration retryRedisAfter = Duration.ofSeconds(1);

  /** Longest wait for a permit before the call fails with NexlaTimeoutException. */
  private Duration maxWait = Duration.ofSeconds(30);

  /** What a replica does while Redis is unreachable: local (its share of the limit) or fail-fast. */
  private Fallback fallback = Fallback.LOCAL;

  /** Replicas sharing the limit; with fallback=local each allows limit-for-period / expected-replicas. */
  private int expectedReplicas = 1;

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public @Nullable String getUrl() {
    return url;
  }

  public void setUrl(@Nullable String url) {
    this.url = url;
  }

  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }

  public @Nullable Integer getLimitForPeriod() {
    return limitForPeriod;
  }

  public void setLimitForPeriod(@Nullable Integer limitForPeriod) {
    this.limitForPeriod = limitForPeriod;
  }

  public Duration getPeriod() {
    return period;
  }

  public void setPeriod(Duration period) {
    this.period = period;
  }

  public @Nullable Integer getBurst() {
    return burst;
  }

  public void setBurst(@Nullable Integer burst) {
    this.burst = burst;
  }

  public double getHeadroom() {
    return headroom;
  }

  public void setHeadroom(double headroom) {
    this.headroom = headroom;
  }

  public Adaptive getAdaptive() {
    return adaptive;
  }

  public double getDecreaseFactor() {
    return decreaseFactor;
  }

  public void setDecreaseFactor(double decreaseFactor) {
    this.decreaseFactor = decreaseFactor;
  }

  public Increase getIncrease() {
    return increase;
  }

  public Duration getRedisTimeout() {
    return redisTimeout;
  }

  public void setRedisTimeout(Duration redisTimeout) {
    this.redisTimeout = redisTimeout;
  }

  public Duration getRetryRedisAfter() {
    return retryRedisAfter;
  }

  public void setRetryRedisAfter(Duration retryRedisAfter) {
    this.retryRedisAfter = retryRedisAfter;
  }

  public Duration getMaxWait() {
    return maxWait;
  }

  public void setMaxWait(Duration maxWait) {
    this.maxWait = maxWait;
  }

  public Fallback getFallback() {
    return fallback;
  }

  public void setFallback(Fallback fallback) {
    this.fallback = fallback;
  }

  public int getExpectedReplicas() {
    return expectedReplicas;
  }

  public void setExpectedReplicas(int expectedReplicas) {
    this.expectedReplicas = expectedReplicas;
  }

  /** Bounds of the adapted rate, in permits per period; equal bounds turn adaptation off. */
  public static class Adaptive {

    /** Lowest adapted rate. Unset: a tenth of limit-for-period (at least 1). */
    private @Nullable Integer min;

    /** Highest adapted rate. Unset: limit-for-period. */
    private @Nullable Integer max;

    public @Nullable Integer getMin() {
      return min;
    }

    public void setMin(@Nullable Integer min) {
      this.min = min;
    }

    public @Nullable Integer getMax() {
      return max;
    }

    public void setMax(@Nullable Integer max) {
      this.max = max;
    }
  }

  /** How the rate grows back after HTTP 429s. */
  public static class Increase {

    /** Permits per period added after each quiet interval. Unset: a twentieth of limit-for-period (at least 1). */
    private @Nullable Integer step;

    /** Interval without HTTP 429 after which the rate grows by one step. */
    private Duration quiet = Duration.ofSeconds(5);

    public @Nullable Integer getStep() {
      return step;
    }

    public void setStep(@Nullable Integer step) {
      this.step = step;
    }

    public Duration getQuiet() {
      return quiet;
    }

    public void setQuiet(Duration quiet) {
      this.quiet = quiet;
    }
  }
}
