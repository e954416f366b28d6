package io.nexla.reactive.core.error;

import org.jspecify.annotations.Nullable;

/** HTTP 400: the request was invalid (validation failure); never retried. */
public class BadRequestException extends NexlaServiceException {

  private static final long serialVersionUID = 1L;

  public BadRequestException(ErrorContext context, @Nullable String serverMessage) {
    super(context, serverMessage);
  }
}
