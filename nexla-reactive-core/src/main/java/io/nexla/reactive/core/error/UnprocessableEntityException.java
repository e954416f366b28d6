package io.nexla.reactive.core.error;

import org.jspecify.annotations.Nullable;

/** HTTP 422: the request was well-formed but semantically invalid. */
public class UnprocessableEntityException extends NexlaServiceException {

  private static final long serialVersionUID = 1L;

  public UnprocessableEntityException(ErrorContext context, @Nullable String serverMessage) {
    super(context, serverMessage);
  }
}
