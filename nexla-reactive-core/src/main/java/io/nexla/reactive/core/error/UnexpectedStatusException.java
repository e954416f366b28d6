package io.nexla.reactive.core.error;

import org.jspecify.annotations.Nullable;

/** Any other HTTP error status (for example 405 when deleting a flow whose resources are active, or 410). */
public class UnexpectedStatusException extends NexlaServiceException {

  private static final long serialVersionUID = 1L;

  public UnexpectedStatusException(ErrorContext context, @Nullable String serverMessage) {
    super(context, serverMessage);
  }
}
