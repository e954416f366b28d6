package io.nexla.reactive.core.error;

import org.jspecify.annotations.Nullable;

/**
 * No usable access token: the service key was rejected by {@code POST /token}, the token endpoint failed, or a
 * direct access token expired or was logged out (direct tokens are never refreshed).
 */
public class NexlaAuthenticationException extends NexlaException {

  private static final long serialVersionUID = 1L;

  public NexlaAuthenticationException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
