package io.nexla.reactive.core.error;

import org.jspecify.annotations.Nullable;

/**
 * Root of every exception the Nexla client signals. Unchecked, like Reactor's own errors.
 *
 * <p>Messages never contain secrets: no service key, access token, webhook API key or credential field.
 */
public class NexlaException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public NexlaException(String message) {
    super(message);
  }

  public NexlaException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
