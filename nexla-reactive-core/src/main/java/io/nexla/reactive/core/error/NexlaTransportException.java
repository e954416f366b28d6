package io.nexla.reactive.core.error;

import org.jspecify.annotations.Nullable;

/**
 * No HTTP response was received: connection refused or reset, premature close, TLS or DNS failure.
 *
 * <p>{@link #requestMayHaveBeenProcessed()} tells whether the server may have acted on the request; a create is
 * never retried when it may have been.
 */
public class NexlaTransportException extends NexlaException {

  private static final long serialVersionUID = 1L;

  private final boolean requestMayHaveBeenProcessed;

  public NexlaTransportException(String message, @Nullable Throwable cause, boolean requestMayHaveBeenProcessed) {
    super(message, cause);
    this.requestMayHaveBeenProcessed = requestMayHaveBeenProcessed;
  }

  /** {@code false} only when the failure happened before the request was written (e.g. connection refused). */
  public boolean requestMayHaveBeenProcessed() {
    return requestMayHaveBeenProcessed;
  }
}
