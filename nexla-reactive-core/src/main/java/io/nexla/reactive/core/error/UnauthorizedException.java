package io.nexla.reactive.core.error;

import org.jspecify.annotations.Nullable;

/** HTTP 401: the bearer token was rejected, even after one token refresh and replay. */
public class UnauthorizedException extends NexlaServiceException {

  private static final long serialVersionUID = 1L;

  public UnauthorizedException(ErrorContext context, @Nullable String serverMessage) {
    super(context, serverMessage);
  }
}
