package io.nexla.reactive.core.error;

import org.jspecify.annotations.Nullable;

/** A response, attempt, operation budget or polling deadline timed out. */
public class NexlaTimeoutException extends NexlaException {

  private static final long serialVersionUID = 1L;

  public NexlaTimeoutException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
