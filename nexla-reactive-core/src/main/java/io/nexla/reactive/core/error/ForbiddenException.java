package io.nexla.reactive.core.error;

import org.jspecify.annotations.Nullable;

/** HTTP 403: authenticated but not allowed; never retried and never causes a token refresh. */
public class ForbiddenException extends NexlaServiceException {

  private static final long serialVersionUID = 1L;

  public ForbiddenException(ErrorContext context, @Nullable String serverMessage) {
    super(context, serverMessage);
  }
}
