package io.nexla.reactive.core.error;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * HTTP 429: rate limited. Signalled when retries are exhausted, or at once when the server asks for a wait
 * longer than the configured cap, so the caller can reschedule using {@link #retryAfter()}.
 */
public class RateLimitException extends NexlaServiceException {

  private static final long serialVersionUID = 1L;

  public RateLimitException(ErrorContext context, @Nullable String serverMessage, @Nullable Duration retryAfter) {
    super(context, serverMessage, retryAfter);
  }
}
