package io.nexla.reactive.core.retry;

import io.nexla.reactive.core.error.NexlaTimeoutException;
import io.nexla.reactive.core.error.NexlaTransportException;
import io.nexla.reactive.core.error.RateLimitException;
import io.nexla.reactive.core.error.ServerException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.util.retry.Retry;

/**
 * The retry decisions of one operation. Create one per subscription (it holds that operation's state) and hand
 * {@link #asRetry()} to {@code retryWhen}.
 *
 * <p>What is retried: 429 always; 502, 503, 504, per-attempt timeouts and connection failures only for
 * idempotent requests; for POST and PATCH only failures before the request was written (connection refused,
 * connect timeout). The wait is the server's {@code Retry-After} when given, up to
 * {@link RetryOptions#maxServerDelay()} (above it the failure is signalled at once, for the caller to
 * reschedule), else jittered exponential backoff. A wait that would pass the operation's deadline is not
 * started: the operation fails with {@link NexlaTimeoutException} instead. All waits run on the given scheduler.
 */
public final class RetryPolicy {

  private static final Logger log = LoggerFactory.getLogger(RetryPolicy.class);
  private static final int MAX_KEPT_FAILURES = 8;

  private final RetryOptions options;
  private final boolean idempotent;
  private final Scheduler scheduler;
  private final Clock clock;
  private final Instant deadline;
  private final String description;
  private final List<Throwable> previousFailures = new ArrayList<>();
  private volatile @Nullable Duration serverDelay;
  private volatile RetryListener listener = (failure, attemptsMade, wait) -> { };

  /**
   * @param options the retry settings of this operation
   * @param idempotent whether the request may be sent again after an ambiguous failure
   * @param scheduler runs the waits
   * @param clock tells the time for the deadline
   * @param deadline the operation gives up at this instant
   * @param description verb, path template and request id, for log lines
   */
  public RetryPolicy(RetryOptions options, boolean idempotent, Scheduler scheduler, Clock clock, Instant deadline,
      String description) {
    this.options = options;
    this.idempotent = idempotent;
    this.scheduler = scheduler;
    this.clock = clock;
    this.deadline = deadline;
    this.description = description;
  }

  /** Told about each retry this policy schedules (for metrics). */
  @FunctionalInterface
  public interface RetryListener {
    /**
     * Called when a retry is scheduled.
     *
     * @param failure the failure being retried
     * @param attemptsMade attempts made so far
     * @param wait the wait before the next attempt
     */
    void retrying(Throwable failure, int attemptsMade, Duration wait);
  }

  /** Sets the listener told about each scheduled retry; returns this policy. */
  public RetryPolicy onRetry(RetryListener retryListener) {
    this.listener = java.util.Objects.requireNonNull(retryListener, "retryListener");
    return this;
  }

  /** Records the wait the server asked for with the latest response ({@code null} when it asked for none). */
  public void recordServerDelay(@Nullable Duration delay) {
    this.serverDelay = delay;
  }

  /** Failures of earlier attempts that were retried, oldest first. */
  public synchronized List<Throwable> previousFailures() {
    return List.copyOf(previousFailures);
  }

  /** The Reactor retry spec for this operation. */
  public Retry asRetry() {
    return asRetry(() -> true);
  }

  /**
   * The Reactor retry spec for this operation, retrying only while {@code retryAllowed} says so (a download is
   * never retried once bytes were emitted).
   */
  public Retry asRetry(java.util.function.BooleanSupplier retryAllowed) {
    return Retry.from(signals -> signals.concatMap(signal -> retryAllowed.getAsBoolean()
        ? decide(signal.failure(), (int) Math.min(Integer.MAX_VALUE, signal.totalRetries() + 1))
        : Mono.error(signal.failure())));
  }

  /**
   * Whether a failed attempt retried so far may have been carried out by the server: the connection dropped after
   * the request was written, the response timed out, or a gateway answered 502/504.
   */
  public synchronized boolean anEarlierAttemptMayHaveBeenProcessed() {
    for (Throwable failure : previousFailures) {
      if (failure instanceof NexlaTransportException transport && transport.requestMayHaveBeenProcessed()
          || failure instanceof NexlaTimeoutException
          || failure instanceof ServerException server && (server.status() == 502 || server.status() == 504)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code failure} may be retried for a request of this idempotency. */
  public static boolean isRetryable(Throwable failure, boolean idempotent) {
    if (failure instanceof RateLimitException) {
      return true;
    }
    if (failure instanceof ServerException server) {
      int s = server.status();
      return idempotent && (s == 502 || s == 503 || s == 504);
    }
    if (failure instanceof NexlaTransportException transport) {
      return idempotent || !transport.requestMayHaveBeenProcessed();
    }
    return failure instanceof NexlaTimeoutException && idempotent;
  }

  /**
   * The exponential backoff before retry number {@code retry} (1-based): {@code baseDelay * 2^(retry-1)}, capped
   * at {@code maxDelay}, of which the fraction {@code jitter} is randomised downwards.
   *
   * @param random a value in [0, 1)
   */
  public static Duration backoff(RetryOptions options, int retry, double random) {
    long base = options.baseDelay().toMillis();
    long max = options.maxDelay().toMillis();
    double exponential = base * Math.pow(2, Math.min(retry - 1, 30));
    double capped = Math.min(exponential, max);
    double jittered = capped * (1 - options.jitter() * (1 - random));
    return Duration.ofMillis(Math.max(0, Math.round(jittered)));
  }

  private Mono<Long> decide(Throwable failure, int attemptsMade) {
    if (!isRetryable(failure, idempotent) || attemptsMade >= options.maxAttempts()) {
      return Mono.error(failure);
    }
    Duration requested = serverDelay;
    Duration wait;
    if (requested != null) {
      if (requested.compareTo(options.maxServerDelay()) > 0) {
        log.debug("{}: server asked to wait {} (over the {} cap); not retrying", description, requested,
            options.maxServerDelay());
        return Mono.error(failure);
      }
      wait = requested;
    } else {
      wait = backoff(options, attemptsMade, ThreadLocalRandom.current().nextDouble());
    }
    if (clock.instant().plus(wait).isAfter(deadline)) {
      return Mono.error(new NexlaTimeoutException(description + ": gave up after " + attemptsMade
          + " attempts; the next wait of " + wait + " would pass the operation deadline", failure));
    }
    synchronized (this) {
      if (previousFailures.size() < MAX_KEPT_FAILURES) {
        previousFailures.add(failure);
      }
    }
    log.debug("{}: attempt {} failed ({}); retrying in {} ms", description, attemptsMade, summary(failure),
        wait.toMillis());
    listener.retrying(failure, attemptsMade, wait);
    return Mono.delay(wait, scheduler);
  }

  private static String summary(Throwable failure) {
    return failure instanceof io.nexla.reactive.core.error.NexlaServiceException s
        ? "HTTP " + s.status() : failure.getClass().getSimpleName();
  }
}
