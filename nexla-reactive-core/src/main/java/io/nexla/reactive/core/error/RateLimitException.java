package io.nexla.reactive.core.error;

import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * HTTP 429: rate limited. Signalled when retries are exhausted, or at once when the server asks for a wait
 * longer than the configured cap, so the caller can reschedule using {@link #retryAfter()}.
 */
public class RateLimitException extends NexlaServiceException {

  private static final long serialVersionUID = 1L;

  private final @Nullable Duration retryAfter;

  public RateLimitException(ErrorContext context, @Nullable String serverMessage, @Nullable Duration retryAfter) {
    super(context, serverMessage);
    this.retryAfter = retryAfter;
  }

  /** How long the server asked the client to wait (header {@code Retry-After} or body {@code retry_after}). */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
