package io.nexla.reactive.core.internal;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.nexla.reactive.core.error.NexlaAuthenticationException;
import io.nexla.reactive.core.error.NexlaServiceException;
import io.nexla.reactive.core.error.NexlaTimeoutException;
import io.nexla.reactive.core.error.NexlaTransportException;
import io.nexla.reactive.core.error.RateLimitException;
import java.time.Duration;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The client's own meters, recorded into the {@link MeterRegistry} given to
 * {@code NexlaClientOptions.AbstractBuilder.meterRegistry(...)}; without one every method does nothing. Tags are
 * low-cardinality library constants (operation names, reasons, outcomes, states): never ids, URLs or secrets.
 *
 * <table>
 *   <caption>Meters</caption>
 *   <tr><th>name</th><th>type</th><th>tags</th></tr>
 *   <tr><td>{@value #RETRIES}</td><td>counter</td><td>{@code nexla.operation}, {@code reason}</td></tr>
 *   <tr><td>{@value #RETRY_DELAY}</td><td>timer</td><td>{@code reason}</td></tr>
 *   <tr><td>{@value #TOKEN_REQUESTS}</td><td>timer</td><td>{@code outcome}</td></tr>
 *   <tr><td>{@value #RATE_LIMIT_WAITS}</td><td>timer</td><td>none</td></tr>
 *   <tr><td>{@value #PAGES}</td><td>counter</td><td>{@code nexla.operation}</td></tr>
 *   <tr><td>{@value #POLLS}</td><td>counter</td><td>{@code status}</td></tr>
 *   <tr><td>{@value #CIRCUIT_BREAKER_STATE}</td><td>gauge</td><td>{@code name}, {@code state}</td></tr>
 * </table>
 */
public final class NexlaClientMetrics {

  /** Counter: retries scheduled, by operation and reason. */
  public static final String RETRIES = "nexla.client.retries";
  /** Timer: the waits before retries, by reason. */
  public static final String RETRY_DELAY = "nexla.client.retry.delay";
  /** Timer: {@code POST /token} requests, by outcome ({@code success}, {@code rejected}, {@code error}). */
  public static final String TOKEN_REQUESTS = "nexla.client.token.requests";
  /** Timer: waits for a permit of the client-side rate limiter (zero waits included). */
  public static final String RATE_LIMIT_WAITS = "nexla.client.rate.limit.waits";
  /** Counter: pages fetched by paged lists, by operation. */
  public static final String PAGES = "nexla.client.pages";
  /** Counter: status polls of long-running operations, by the state they reported. */
  public static final String POLLS = "nexla.client.polls";

  /**
   * Gauge per state of the configured circuit breaker: 1 for its current state, 0 for the others ({@code state}:
   * {@code closed}, {@code open}, {@code half_open}, …; {@code name}: the breaker's name).
   */
  public static final String CIRCUIT_BREAKER_STATE = "nexla.client.circuit.breaker.state";

  /** Records nothing. */
  public static final NexlaClientMetrics NOOP = new NexlaClientMetrics(null);

  private final @Nullable MeterRegistry registry;

  private NexlaClientMetrics(@Nullable MeterRegistry registry) {
    this.registry = registry;
  }

  /** Metrics recorded into {@code registry}; {@link #NOOP} when it is {@code null}. */
  public static NexlaClientMetrics of(@Nullable MeterRegistry registry) {
    return registry == null ? NOOP : new NexlaClientMetrics(registry);
  }

  /** Records a retry of {@code operation} after {@code failure}, with its wait. */
  public void retry(String operation, Throwable failure, Duration delay) {
    MeterRegistry r = registry;
    if (r != null) {
      String reason = retryReason(failure);
      Counter.builder(RETRIES).description("Retries scheduled by the Nexla client")
          .tag("nexla.operation", operation).tag("reason", reason).register(r).increment();
      Timer.builder(RETRY_DELAY).description("Waits before retries of the Nexla client")
          .tag("reason", reason).register(r).record(delay);
    }
  }

  /** Records one token request that took {@code duration} and ended with {@code failure} (or succeeded). */
  public void tokenRequest(Duration duration, @Nullable Throwable failure) {
    MeterRegistry r = registry;
    if (r != null) {
      String outcome = failure == null ? "success"
          : failure instanceof NexlaAuthenticationException && failure.getCause() instanceof NexlaServiceException s
              && s.status() == 401 ? "rejected" : "error";
      Timer.builder(TOKEN_REQUESTS).description("Access token requests of the Nexla client")
          .tag("outcome", outcome).register(r).record(duration);
    }
  }

  /** Records a wait of {@code wait} for a client-side rate-limiter permit. */
  public void rateLimitWait(Duration wait) {
    MeterRegistry r = registry;
    if (r != null) {
      Timer.builder(RATE_LIMIT_WAITS).description("Waits for client-side rate-limiter permits")
          .register(r).record(wait);
    }
  }

  /** Records one page fetched by a paged list of {@code operation}. */
  public void page(String operation) {
    MeterRegistry r = registry;
    if (r != null) {
      Counter.builder(PAGES).description("Pages fetched by paged lists")
          .tag("nexla.operation", operation).register(r).increment();
    }
  }

  /** Records one status poll that reported {@code status} ({@code in_progress}, {@code succeeded}, {@code failed}). */
  public void poll(String status) {
    MeterRegistry r = registry;
    if (r != null) {
      Counter.builder(POLLS).description("Status polls of long-running operations")
          .tag("status", status.toLowerCase(Locale.ROOT)).register(r).increment();
    }
  }

  /** Publishes the state of {@code breaker} as {@value #CIRCUIT_BREAKER_STATE} gauges. */
  public void circuitBreaker(CircuitBreaker breaker) {
    MeterRegistry r = registry;
    if (r != null) {
      for (CircuitBreaker.State state : CircuitBreaker.State.values()) {
        Gauge.builder(CIRCUIT_BREAKER_STATE, breaker, b -> b.getState() == state ? 1 : 0)
            .description("State of the Nexla client's circuit breaker (1 = current)")
            .tag("name", breaker.getName()).tag("state", state.name().toLowerCase(Locale.ROOT)).register(r);
      }
    }
  }

  /**
   * The {@code reason} tag of a retry: {@code rate_limited}, {@code http_502}/{@code http_503}/{@code http_504},
   * {@code timeout}, {@code transport} or {@code other}.
   */
  public static String retryReason(Throwable failure) {
    if (failure instanceof RateLimitException) {
      return "rate_limited";
    }
    if (failure instanceof NexlaServiceException service) {
      return "http_" + service.status();
    }
    if (failure instanceof NexlaTimeoutException) {
      return "timeout";
    }
    if (failure instanceof NexlaTransportException) {
      return "transport";
    }
    return "other";
  }
}
