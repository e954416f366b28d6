package io.nexla.reactive.redis;

import io.nexla.reactive.core.error.NexlaException;
import org.jspecify.annotations.Nullable;

/**
 * The shared rate limit's store (Redis) did not answer in time or failed. Signalled to callers only when the
 * limit is configured to fail fast; otherwise the client falls back to its local limit. No request was sent.
 */
public class RateLimitUnavailableException extends NexlaException {

  private static final long serialVersionUID = 1L;

  public RateLimitUnavailableException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
