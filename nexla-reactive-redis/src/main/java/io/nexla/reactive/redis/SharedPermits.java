package io.nexla.reactive.redis;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.nexla.reactive.core.error.NexlaTimeoutException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * The behaviour of a {@link SharedRateLimit}: takes permits from the shared bucket while Redis answers, from a
 * local Resilience4j limiter (or fails fast) while it does not, honours the fleet-wide pause, and adapts the
 * shared rate.
 */
final class SharedPermits {

  private static final Logger log = LoggerFactory.getLogger(SharedPermits.class);

  /** Where permits come from. */
  enum State {
    /** From the bucket in Redis. */
    SHARED,
    /** Redis is unreachable: from the local limiter. */
    LOCAL_FALLBACK,
    /** Redis is unreachable and the limit fails fast. */
    UNAVAILABLE
  }

  private final SharedRateLimit config;
  private final Scheduler scheduler;
  private final RateLimiter local;
  private final SharedLimitMetrics metrics;
  private final AtomicReference<@Nullable SharedBucket> bucket = new AtomicReference<>();
  private final AtomicBoolean probing = new AtomicBoolean();
  private volatile State state = State.SHARED;
  private volatile long retryRedisAtMillis;
  private volatile long pausedUntilMillis;
  private volatile long quietSinceMillis;
  private volatile int currentRate;
  private volatile @Nullable Integer availablePermits;

  SharedPermits(SharedRateLimit config, @Nullable MeterRegistry registry) {
    this.config = config;
    this.scheduler = config.scheduler();
    this.currentRate = config.adaptive().maximum();
    this.local = RateLimiter.of("nexla-shared-fallback-" + config.key(), RateLimiterConfig.custom()
        .limitForPeriod(Math.max(1, config.limit() / config.expectedReplicas()))
        .limitRefreshPeriod(config.period())
        .timeoutDuration(config.maxWait())
        .build());
    this.metrics = new SharedLimitMetrics(registry, config.key(), this);
    this.quietSinceMillis = now();
  }

  State state() {
    return state;
  }

  int currentRate() {
    return currentRate;
  }

  @Nullable Integer availablePermits() {
    if (state == State.SHARED) {
      return availablePermits; // null before the first reservation (a ternary would unbox it)
    }
    return local.getMetrics().getAvailablePermissions();
  }

  /**
   * Emits zero once a permit is due and the fleet is not paused: the wait for a shared permit happens here, on the
   * limit's scheduler, because the pause is checked again at its end, just before the attempt is sent (a permit
   * reserved before another replica's 429 would otherwise be spent inside the pause). Local permits emit their wait.
   */
  Mono<Duration> reserve() {
    return Mono.defer(() -> {
      long pause = pausedUntilMillis - now();
      if (pause > 0) { // known locally: no need to ask Redis until it ends
        return paused(Duration.ofMillis(pause));
      }
      if (state != State.SHARED && !(now() >= retryRedisAtMillis && probing.compareAndSet(false, true))) {
        return unshared(null);
      }
      return bucket()
          .flatMap(shared -> reserveShared(shared, config.lateness().toMillis() > 0))
          .doFinally(signal -> probing.set(false))
          .onErrorResume(RateLimitUnavailableException.class, this::unshared);
    });
  }

  /**
   * Reserves a permit, waits for it, and looks at the fleet's pause just before sending: one read of the pause
   * per attempt, where it matters (a permit reserved inside a pause is spent; the bucket refills meanwhile).
   */
  private Mono<Duration> reserveShared(SharedBucket shared, boolean mayRetake) {
    return shared.reserve()
        .flatMap(reservation -> granted(shared, reservation))
        .flatMap(wait -> {
          long due = now() + wait.toMillis();
          return wait.isZero() ? sendUnlessPaused(shared, due, mayRetake)
              : Mono.delay(wait, scheduler).then(sendUnlessPaused(shared, due, mayRetake));
        });
  }

  /**
   * After the wait: zero (send now); or the pause another replica started meanwhile is waited out first; or, once
   * per attempt, a permit used later than the headroom absorbs (a stalled replica, a slow Redis) is replaced by a
   * fresh one, so late permits do not bunch into the server's next window.
   */
  private Mono<Duration> sendUnlessPaused(SharedBucket shared, long due, boolean mayRetake) {
    return shared.pauseUntil()
        .onErrorResume(RateLimitUnavailableException.class, e -> { // the permit is held: send, share again later
          enterFallback(e);
          return Mono.just(0L);
        })
        .flatMap(until -> {
          if (pausedUntil(until)) {
            return reserve();
          }
          boolean late = now() - due > config.lateness().toMillis();
          return mayRetake && late && state == State.SHARED ? reserveShared(shared, false) : Mono.just(Duration.ZERO);
        });
  }

  /** Learns the fleet's pause; whether the fleet is paused now (by Redis or by a 429 this replica saw). */
  private boolean pausedUntil(long untilMillis) {
    if (untilMillis > pausedUntilMillis) {
      pausedUntilMillis = untilMillis;
    }
    return pausedUntilMillis > now();
  }

  /** Waits out a fleet-wide pause, then reserves again; fails at once when the pause outlasts the longest wait. */
  private Mono<Duration> paused(Duration pause) {
    if (pause.compareTo(config.maxWait()) > 0) {
      return Mono.error(new NexlaTimeoutException("Shared rate limit '" + config.key() + "' is paused for "
          + pause + " after HTTP 429 with Retry-After, longer than the longest wait " + config.maxWait(), null));
    }
    return Mono.delay(pause, scheduler).then(reserve());
  }

  private Mono<Duration> granted(SharedBucket shared, SharedBucket.Reservation reservation) {
    resumeSharing();
    if (reservation.rate() < currentRate) {
      quietSinceMillis = now(); // another replica saw a 429
    }
    currentRate = reservation.rate();
    availablePermits = (int) Math.max(0, Math.min(Integer.MAX_VALUE, reservation.availableTokens()));
    Duration wait = Duration.ofNanos(reservation.waitNanos());
    if (wait.compareTo(config.maxWait()) > 0) {
      return shared.giveBack().onErrorResume(e -> Mono.empty()).then(Mono.error(new NexlaTimeoutException(
          "Shared rate limit '" + config.key() + "' granted no permit within " + config.maxWait(), null)));
    }
    return Mono.just(wait);
  }

  private Mono<Duration> unshared(@Nullable RateLimitUnavailableException failure) {
    if (failure != null) {
      enterFallback(failure);
    }
    if (config.failFast()) {
      return Mono.error(failure != null ? failure : new RateLimitUnavailableException(
          "Shared rate limit '" + config.key() + "' is unavailable: Redis failed recently", null));
    }
    long waitNanos = local.reservePermission();
    if (waitNanos < 0) {
      return Mono.error(new NexlaTimeoutException("Local fallback of shared rate limit '" + config.key()
          + "' granted no permit within " + config.maxWait(), null));
    }
    return Mono.just(Duration.ofNanos(waitNanos));
  }

  /**
   * Pauses the fleet for {@code retryAfter} (as given: the server's precision, never shorter) and adapts the rate
   * once per burst: the first 429 claims the burst until the pause (at least one period) is over, and no permit is
   * sent while paused, so the 429s still to come belong to the same burst.
   */
  Mono<Void> rateLimited(@Nullable Duration retryAfter) {
    return Mono.defer(() -> {
      long now = now();
      quietSinceMillis = now;
      Mono<Void> pause = Mono.empty();
      if (retryAfter != null && !retryAfter.isNegative() && !retryAfter.isZero()) {
        long until = now + retryAfter.toMillis();
        pausedUntil(until);
        pause = withBucket(shared -> shared.pause(until, now));
      }
      long burstEnds = now + Math.max(config.period().toMillis(), retryAfter == null ? 0 : retryAfter.toMillis());
      Mono<Void> adapt = config.adaptive().fixed() ? Mono.empty() : withBucket(shared -> shared
          .claim("burst", now, burstEnds)
          .flatMap(won -> won ? burst(shared, now, burstEnds) : Mono.empty()));
      return pause.then(adapt);
    });
  }

  /**
   * The first 429 of a burst holds increases back, and lowers the rate only when the burst comes before the rate
   * has been quiet since the previous burst (one quiet interval, at least one period): the pause did not help, the
   * rate is too high. A lone burst (a late request crossing a window boundary) costs its pause, not a lower rate
   * for many quiet intervals.
   */
  private Mono<Void> burst(SharedBucket shared, long now, long burstEnds) {
    long quiet = Math.max(config.period().toMillis(), config.increaseAfter().toMillis());
    Mono<Void> holdIncreases = shared.hold("increased", now, now + config.increaseAfter().toMillis());
    return shared.replace("burst-ended", burstEnds, Duration.ofMillis(burstEnds - now + quiet))
        .map(previousEnd -> now - previousEnd < quiet)
        .defaultIfEmpty(false)
        .flatMap(recurring -> holdIncreases.then(recurring ? decrease(shared) : Mono.empty()));
  }

  private Mono<Void> decrease(SharedBucket shared) {
    return shared.rate().flatMap(before -> {
      int rate = config.adaptive().decreased(before);
      currentRate = rate;
      metrics.adjusted("decrease");
      log.info("Shared rate limit '{}': HTTP 429, rate lowered from {} to {} per {}", config.key(), before,
          rate, config.period());
      return shared.remember("decreased-from", before).then(shared.changeRate(rate));
    });
  }

  Mono<Void> succeeded() {
    return Mono.defer(() -> {
      long now = now();
      AdaptiveRate adaptive = config.adaptive();
      if (adaptive.fixed() || currentRate >= adaptive.maximum()
          || now - quietSinceMillis < config.increaseAfter().toMillis()) {
        return Mono.empty();
      }
      quietSinceMillis = now; // this replica asks at most once per quiet interval
      return withBucket(shared -> shared.claim("increased", now, now + config.increaseAfter().toMillis())
          .flatMap(won -> won ? increase(shared) : Mono.empty()));
    });
  }

  private Mono<Void> increase(SharedBucket shared) {
    return Mono.zip(shared.rate(), shared.recall("decreased-from")).flatMap(rates -> {
      int rate = config.adaptive().increased(rates.getT1(), rates.getT2());
      currentRate = rate;
      metrics.adjusted("increase");
      log.debug("Shared rate limit '{}': quiet for {}, rate raised to {}", config.key(), config.increaseAfter(), rate);
      return shared.changeRate(rate);
    });
  }

  /** Runs {@code action} when sharing; a Redis failure only costs the adaptation (and moves to the fallback). */
  private Mono<Void> withBucket(java.util.function.Function<SharedBucket, Mono<Void>> action) {
    SharedBucket shared = bucket.get();
    if (shared == null || state != State.SHARED) {
      return Mono.empty();
    }
    return action.apply(shared).onErrorResume(RateLimitUnavailableException.class, e -> {
      enterFallback(e);
      return Mono.empty();
    });
  }

  private Mono<SharedBucket> bucket() {
    SharedBucket ready = bucket.get();
    if (ready != null) {
      return Mono.just(ready);
    }
    return config.connect()
        .timeout(config.connectTimeout(), scheduler)
        .onErrorMap(e -> new RateLimitUnavailableException("Cannot connect to Redis for shared rate limit '"
            + config.key() + "': " + e.getClass().getSimpleName(), e))
        .map(connection -> {
          SharedBucket created = new SharedBucket(config, connection);
          return bucket.compareAndSet(null, created) ? created : java.util.Objects.requireNonNull(bucket.get());
        });
  }

  private void enterFallback(RateLimitUnavailableException failure) {
    retryRedisAtMillis = now() + config.retryRedisAfter().toMillis();
    State next = config.failFast() ? State.UNAVAILABLE : State.LOCAL_FALLBACK;
    if (state == State.SHARED) {
      state = next;
      metrics.fellBack();
      log.warn("{}; using {} until Redis answers again", failure.getMessage(),
          next == State.UNAVAILABLE ? "fail-fast" : "the local limit of " + local.getRateLimiterConfig()
              .getLimitForPeriod() + " per " + config.period());
    }
  }

  private void resumeSharing() {
    if (state != State.SHARED) {
      state = State.SHARED;
      log.info("Shared rate limit '{}': Redis answers again, sharing resumed", config.key());
    }
  }

  private long now() {
    return scheduler.now(TimeUnit.MILLISECONDS);
  }
}
