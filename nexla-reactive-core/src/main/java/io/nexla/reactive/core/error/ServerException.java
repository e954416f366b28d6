package io.nexla.reactive.core.error;

import org.jspecify.annotations.Nullable;

/** HTTP 5xx: the server failed; idempotent requests were retried before this was signalled. */
public class ServerException extends NexlaServiceException {

  private static final long serialVersionUID = 1L;

  public ServerException(ErrorContext context, @Nullable String serverMessage) {
    super(context, serverMessage);
  }
}
