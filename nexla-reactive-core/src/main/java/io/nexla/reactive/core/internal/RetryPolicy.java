package io.nexla.reactive.core.internal;

import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.retry.RetryConfig;
import io.nexla.reactive.core.error.NexlaServiceException;
import io.nexla.reactive.core.error.NexlaTimeoutException;
import io.nexla.reactive.core.error.NexlaTransportException;
import io.nexla.reactive.core.error.RateLimitException;
import io.nexla.reactive.core.error.ServerException;
import io.nexla.reactive.core.retry.RetryOptions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;

/**
 * The retry rules of the client, as a Resilience4j {@link RetryConfig} built from {@link RetryOptions}.
 *
 * <p>What is retried: 429 always; 502, 503, 504, per-attempt timeouts and connection failures only for
 * idempotent requests; for POST and PATCH only failures before the request was written (connection refused,
 * connect timeout). The wait is the server's {@code Retry-After} (read from the failure, see
 * {@link NexlaServiceException#retryAfter()}) when given, up to {@link RetryOptions#maxServerDelay()} (above it
 * the failure is signalled at once, for the caller to reschedule), else jittered exponential backoff. The total
 * budget is the caller's to enforce: it knows the operation's deadline.
 */
public final class RetryPolicy {

  private static final Duration LONGEST = Duration.ofMillis(Long.MAX_VALUE);

  private RetryPolicy() {}

  /** The Resilience4j configuration for requests of this idempotency under {@code options}. */
  public static RetryConfig config(RetryOptions options, boolean idempotent) {
    IntervalBiFunction<Object> interval = (attempt, outcome) -> {
      Duration requested = outcome.isLeft() ? serverDelay(outcome.getLeft()) : null;
      Duration wait = requested != null ? requested
          : backoff(options, attempt, ThreadLocalRandom.current().nextDouble());
      return wait.compareTo(LONGEST) >= 0 ? Long.MAX_VALUE : wait.toMillis();
    };
    return RetryConfig.custom()
        .maxAttempts(options.maxAttempts())
        .intervalBiFunction(interval)
        .retryOnException(failure -> isRetryable(failure, idempotent) && !overTheCap(failure, options))
        .failAfterMaxAttempts(false)
        .build();
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

  /**
   * Whether one of the failures retried so far may have been carried out by the server: the connection dropped
   * after the request was written, the response timed out, or a gateway answered 502/504.
   */
  public static boolean anyMayHaveBeenProcessed(List<Throwable> retriedFailures) {
    for (Throwable failure : retriedFailures) {
      if (failure instanceof NexlaTransportException transport && transport.requestMayHaveBeenProcessed()
          || failure instanceof NexlaTimeoutException
          || failure instanceof ServerException server && (server.status() == 502 || server.status() == 504)) {
        return true;
      }
    }
    return false;
  }

  private static boolean overTheCap(Throwable failure, RetryOptions options) {
    Duration requested = serverDelay(failure);
    return requested != null && requested.compareTo(options.maxServerDelay()) > 0;
  }

  private static @Nullable Duration serverDelay(Throwable failure) {
    return failure instanceof NexlaServiceException service ? service.retryAfter().orElse(null) : null;
  }
}
