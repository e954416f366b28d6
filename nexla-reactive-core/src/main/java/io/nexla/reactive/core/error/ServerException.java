package io.nexla.reactive.core.error;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** HTTP 5xx: the server failed; idempotent requests were retried before this was signalled. */
public class ServerException extends NexlaServiceException {

  private static final long serialVersionUID = 1L;

  public ServerException(ErrorContext context, @Nullable String serverMessage) {
    super(context, serverMessage);
  }

  /** A server failure whose answer asked for a wait ({@code Retry-After}) before another attempt. */
  public ServerException(ErrorContext context, @Nullable String serverMessage, @Nullable Duration retryAfter) {
    super(context, serverMessage, retryAfter);
  }
}
