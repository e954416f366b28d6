package io.nexla.reactive.core.error;

import org.jspecify.annotations.Nullable;

/** HTTP 409: conflicts with the current state (for example a duplicate name). */
public class ConflictException extends NexlaServiceException {

  private static final long serialVersionUID = 1L;

  public ConflictException(ErrorContext context, @Nullable String serverMessage) {
    super(context, serverMessage);
  }
}
