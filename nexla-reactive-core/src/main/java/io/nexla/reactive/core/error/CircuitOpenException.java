package io.nexla.reactive.core.error;

import org.jspecify.annotations.Nullable;

/**
 * The configured circuit breaker is open (or half-open and out of trial calls): the call was not sent. Never
 * retried by the client; try again after the breaker's wait duration.
 */
public class CircuitOpenException extends NexlaException {

  private static final long serialVersionUID = 1L;

  private final String circuitBreaker;

  public CircuitOpenException(String message, String circuitBreaker, @Nullable Throwable cause) {
    super(message, cause);
    this.circuitBreaker = circuitBreaker;
  }

  /** The name of the circuit breaker that refused the call. */
  public String circuitBreaker() {
    return circuitBreaker;
  }
}
