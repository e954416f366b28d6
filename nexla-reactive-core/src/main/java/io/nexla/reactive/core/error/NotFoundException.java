package io.nexla.reactive.core.error;

import org.jspecify.annotations.Nullable;

/** HTTP 404: no such resource or route. */
public class NotFoundException extends NexlaServiceException {

  private static final long serialVersionUID = 1L;

  public NotFoundException(ErrorContext context, @Nullable String serverMessage) {
    super(context, serverMessage);
  }
}
