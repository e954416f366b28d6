package io.nexla.reactive.core.retry;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.nexla.reactive.core.error.NexlaTimeoutException;
import io.nexla.reactive.core.error.RateLimitException;
import java.time.Duration;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * Takes one permit of the optional client-side {@link RateLimiter} or {@link PermitSource} per HTTP attempt,
 * without blocking.
 */
public final class ClientRateLimit {

  private ClientRateLimit() {}

  /**
   * Completes when a permit is available: reserves it on subscription and waits on {@code scheduler} if the
   * limiter says so (cancelling the returned Mono cancels the wait). Signals {@link NexlaTimeoutException} when
   * the limiter cannot grant a permit within its configured timeout.
   */
  public static Mono<Void> acquire(RateLimiter limiter, Scheduler scheduler) {
    return acquire(limiter, scheduler, wait -> { });
  }

  /**
   * As {@link #acquire(RateLimiter, Scheduler)}, and tells {@code onWait} how long the permit makes the caller
   * wait (zero when it is available at once), when the permit is reserved.
   */
  public static Mono<Void> acquire(RateLimiter limiter, Scheduler scheduler,
      java.util.function.Consumer<Duration> onWait) {
    return Mono.defer(() -> {
      long waitNanos = limiter.reservePermission();
      if (waitNanos < 0) {
        return Mono.error(new NexlaTimeoutException("Client-side rate limiter '" + limiter.getName()
            + "' granted no permit within " + limiter.getRateLimiterConfig().getTimeoutDuration(), null));
      }
      onWait.accept(Duration.ofNanos(waitNanos));
      return waitNanos == 0 ? Mono.empty() : Mono.delay(Duration.ofNanos(waitNanos), scheduler).then();
    });
  }

  /**
   * Sends {@code attempt} after a permit of {@code source}: subscribes to {@code attempt} once the permit's wait
   * (reported to {@code onWait}) has passed on {@code scheduler}, and tells the source whether the server answered:
   * with its first item (success) or with HTTP 429. Emits what {@code attempt} emits; signals the source's errors
   * before sending, else the attempt's.
   */
  public static <T> Flux<T> around(PermitSource source, Scheduler scheduler,
      java.util.function.Consumer<Duration> onWait, Flux<T> attempt) {
    return source.reserve()
        .flatMap(wait -> {
          onWait.accept(wait);
          return wait.isZero() ? Mono.just(wait) : Mono.delay(wait, scheduler).thenReturn(wait);
        })
        .thenMany(attempt)
        .switchOnFirst((first, answer) -> first.hasValue() ? source.succeeded().thenMany(answer) : answer)
        .onErrorResume(RateLimitException.class,
            e -> source.rateLimited(e.retryAfter().orElse(null)).then(Mono.error(e)));
  }
}
