package io.nexla.reactive.redis;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.micrometer.core.instrument.MeterRegistry;
import io.nexla.reactive.core.retry.PermitSource;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * A rate limit shared by every client and replica that uses the same Redis key: a token bucket in Redis
 * (Bucket4j), a fleet-wide pause when the server answers 429 with {@code Retry-After}, and a refill rate that
 * adapts (halved once per burst of 429s by default, raised again after quiet intervals, within configured bounds)
 * and stays a {@linkplain Builder#headroom(double) headroom} under the limit. When
 * Redis fails or answers slower than {@link Builder#redisTimeout(Duration)}, each replica falls back to a local
 * limit of {@code limit / expectedReplicas} (or fails fast), and shares again once Redis answers.
 *
 * <pre>{@code
 * NexlaClient.builder().serviceKey(key)
 *     .rateLimit(SharedRateLimit.redis(connection).key("nexla:org-42").limit(50, Duration.ofSeconds(1))
 *         .fallbackToLocal(4).build())
 * }</pre>
 */
public final class SharedRateLimit implements PermitSource {

  /** The default {@link Builder#headroom(double)}: the shared rate stays 5 % under the limit. */
  public static final double DEFAULT_HEADROOM = 0.05;

  private static final Duration MIN_CONNECT_TIMEOUT = Duration.ofSeconds(2);

  private final Mono<StatefulRedisConnection<byte[], byte[]>> connect;
  private final String key;
  private final int limit;
  private final Duration period;
  private final int burst;
  private final AdaptiveRate adaptive;
  private final Duration increaseAfter;
  private final Duration lateness;
  private final Duration redisTimeout;
  private final Duration retryRedisAfter;
  private final Duration maxWait;
  private final int expectedReplicas;
  private final boolean failFast;
  private final Scheduler scheduler;
  private final SharedPermits permits;

  private SharedRateLimit(Builder b, int limit, Duration period) {
    this.connect = b.connect;
    this.key = b.key;
    this.limit = limit;
    this.period = period;
    this.burst = b.burst != null ? b.burst : Math.max(1, limit / 10);
    int ceiling = b.maximum != null ? b.maximum : Math.max(1, (int) Math.floor(limit * (1 - b.headroom)));
    this.adaptive = new AdaptiveRate(b.minimum != null ? b.minimum : Math.max(1, Math.min(ceiling, limit / 10)),
        ceiling, b.decreaseFactor, b.increaseStep != null ? b.increaseStep : Math.max(1, limit / 20));
    this.increaseAfter = b.increaseAfter;
    this.lateness = Duration.ofNanos((long) (period.toNanos() * b.headroom));
    this.redisTimeout = b.redisTimeout;
    this.retryRedisAfter = b.retryRedisAfter;
    this.maxWait = b.maxWait;
    this.expectedReplicas = b.expectedReplicas;
    this.failFast = b.failFast;
    this.scheduler = b.scheduler;
    this.permits = new SharedPermits(this, b.meterRegistry);
  }

  /** A shared limit over an open connection (with {@link ByteArrayCodec}), which the caller keeps and closes. */
  public static Builder redis(StatefulRedisConnection<byte[], byte[]> connection) {
    Objects.requireNonNull(connection, "connection");
    return new Builder(Mono.just(connection));
  }

  /**
   * A shared limit that connects {@code client} to {@code uri} asynchronously on first use (and again after a
   * failed connect); the connection closes with the client.
   */
  public static Builder redis(RedisClient client, RedisURI uri) {
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(uri, "uri");
    return new Builder(Mono.fromCompletionStage(() -> client.connectAsync(ByteArrayCodec.INSTANCE, uri)));
  }

  @Override
  public Mono<Duration> reserve() {
    return permits.reserve();
  }

  @Override
  public Mono<Void> rateLimited(@Nullable Duration retryAfter) {
    return permits.rateLimited(retryAfter);
  }

  @Override
  public Mono<Void> succeeded() {
    return permits.succeeded();
  }

  /** {@code SHARED}, {@code LOCAL_FALLBACK} or {@code UNAVAILABLE} (failing fast while Redis is unreachable). */
  @Override
  public String state() {
    return permits.state().name();
  }

  @Override
  public @Nullable Integer availablePermits() {
    return permits.availablePermits();
  }

  /** The current shared refill rate, in permits per period, as last read from Redis. */
  public int currentRate() {
    return permits.currentRate();
  }

  Mono<StatefulRedisConnection<byte[], byte[]>> connect() {
    return connect;
  }

  String key() {
    return key;
  }

  int limit() {
    return limit;
  }

  Duration period() {
    return period;
  }

  int burst() {
    return burst;
  }

  AdaptiveRate adaptive() {
    return adaptive;
  }

  /** How late a shared permit may be used: the share of a period the headroom leaves free. */
  Duration lateness() {
    return lateness;
  }

  Duration increaseAfter() {
    return increaseAfter;
  }

  Duration redisTimeout() {
    return redisTimeout;
  }

  /** Connecting (first use, or after a failed connect) may take longer than a command. */
  Duration connectTimeout() {
    Duration tenfold = redisTimeout.multipliedBy(10);
    return tenfold.compareTo(MIN_CONNECT_TIMEOUT) < 0 ? MIN_CONNECT_TIMEOUT : tenfold;
  }

  Duration retryRedisAfter() {
    return retryRedisAfter;
  }

  Duration maxWait() {
    return maxWait;
  }

  int expectedReplicas() {
    return expectedReplicas;
  }

  boolean failFast() {
    return failFast;
  }

  Scheduler scheduler() {
    return scheduler;
  }

  @Override
  public String toString() {
    return "SharedRateLimit[key=" + key + ", limit=" + limit + "/" + period + ", state=" + state() + "]";
  }

  /** Settings of a {@link SharedRateLimit}; only {@link #limit(int, Duration)} is required. */
  public static final class Builder {

    private final Mono<StatefulRedisConnection<byte[], byte[]>> connect;
    private String key = "nexla-rate-limit";
    private int limit;
    private @Nullable Duration period;
    private @Nullable Integer burst;
    private @Nullable Integer minimum;
    private @Nullable Integer maximum;
    private double headroom = DEFAULT_HEADROOM;
    private double decreaseFactor = 0.5;
    private @Nullable Integer increaseStep;
    private Duration increaseAfter = Duration.ofSeconds(5);
    private Duration redisTimeout = Duration.ofMillis(500);
    private Duration retryRedisAfter = Duration.ofSeconds(1);
    private Duration maxWait = Duration.ofSeconds(30);
    private int expectedReplicas = 1;
    private boolean failFast;
    private Scheduler scheduler = Schedulers.parallel();
    private @Nullable MeterRegistry meterRegistry;

    private Builder(Mono<StatefulRedisConnection<byte[], byte[]>> connect) {
      this.connect = connect;
    }

    /** The Redis key prefix every replica sharing the limit uses, e.g. one per Nexla organisation. */
    public Builder key(String key) {
      this.key = Objects.requireNonNull(key, "key");
      return this;
    }

    /** At most {@code permits} HTTP attempts per {@code period} across the fleet (also the adaptive maximum). */
    public Builder limit(int permits, Duration period) {
      if (permits < 1 || period.isNegative() || period.isZero()) {
        throw new IllegalArgumentException("limit needs permits >= 1 and a positive period");
      }
      this.limit = permits;
      this.period = period;
      return this;
    }

    /** Permits that may be taken at once after an idle time; default a tenth of the limit (at least 1). */
    public Builder burst(int burst) {
      if (burst < 1) {
        throw new IllegalArgumentException("burst must be >= 1");
      }
      this.burst = burst;
      return this;
    }

    /**
     * How far under the limit the shared rate stays, as a fraction of it (default {@value #DEFAULT_HEADROOM}): the
     * rate starts at, and adapts up to, {@code floor(limit * (1 - headroom))} per period. A steady rate just under a
     * server's quota stays under it in every window whatever the window's phase, while a rate exactly at the quota
     * lets one late request (network or scheduling jitter) into the next window and draws a 429. A permit used
     * more than {@code headroom * period} after it was due (a stalled JVM) is replaced by a fresh one, once per
     * attempt, so late permits do not bunch into the next window. 0 sends at the limit, and late. An explicit
     * {@link #adaptiveBounds(int, int) maximum} replaces the rate's bound.
     */
    public Builder headroom(double fraction) {
      if (!(fraction >= 0 && fraction < 1)) {
        throw new IllegalArgumentException("headroom must be in [0, 1), got " + fraction);
      }
      this.headroom = fraction;
      return this;
    }

    /**
     * Bounds of the adapted rate, in permits per period; default a tenth of the limit to the limit less the
     * {@link #headroom(double) headroom}. Equal bounds turn adaptation off.
     */
    public Builder adaptiveBounds(int minimum, int maximum) {
      this.minimum = minimum;
      this.maximum = maximum;
      return this;
    }

    /**
     * The rate is multiplied by {@code factor} on a 429 (default 0.5), once per burst fleet-wide: 429s answered
     * until the pause the first one started is over (at least one period) belong to that burst and do not lower it
     * again (no permit is sent while the fleet is paused).
     */
    public Builder decreaseFactor(double factor) {
      this.decreaseFactor = factor;
      return this;
    }

    /**
     * After each {@code quiet} interval without 429 the rate grows half way back to the rate the last decrease
     * started from, and by at least {@code step}; default at least limit/20 per 5 s.
     */
    public Builder increase(int step, Duration quiet) {
      this.increaseStep = step;
      this.increaseAfter = Objects.requireNonNull(quiet, "quiet");
      return this;
    }

    /**
     * How long a Redis command may take before the replica falls back (default 500 ms); connecting may take ten
     * times as long (at least 2 s).
     */
    public Builder redisTimeout(Duration timeout) {
      this.redisTimeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /** How long a replica stays on its fallback before it tries Redis again (default 1 s). */
    public Builder retryRedisAfter(Duration interval) {
      this.retryRedisAfter = Objects.requireNonNull(interval, "interval");
      return this;
    }

    /** The longest an attempt may wait for a permit before it fails with a timeout (default 30 s). */
    public Builder maxWait(Duration maxWait) {
      this.maxWait = Objects.requireNonNull(maxWait, "maxWait");
      return this;
    }

    /** While Redis is unreachable, each replica allows {@code limit / expectedReplicas} locally (the default, 1). */
    public Builder fallbackToLocal(int expectedReplicas) {
      if (expectedReplicas < 1) {
        throw new IllegalArgumentException("expectedReplicas must be >= 1");
      }
      this.expectedReplicas = expectedReplicas;
      this.failFast = false;
      return this;
    }

    /** While Redis is unreachable, attempts fail at once with {@link RateLimitUnavailableException}. */
    public Builder failFast() {
      this.failFast = true;
      return this;
    }

    /** Where waits and Redis timeouts are timed (default {@link Schedulers#parallel()}). */
    public Builder scheduler(Scheduler scheduler) {
      this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
      return this;
    }

    /** Registers the limit's gauges and counters ({@code nexla.client.rate.limit.*}, tag {@code key}). */
    public Builder meterRegistry(MeterRegistry registry) {
      this.meterRegistry = Objects.requireNonNull(registry, "registry");
      return this;
    }

    /** The limit; nothing is sent to Redis before the first permit is asked for. */
    public SharedRateLimit build() {
      if (period == null) {
        throw new IllegalStateException("limit(permits, period) is required");
      }
      return new SharedRateLimit(this, limit, period);
    }
  }
}
