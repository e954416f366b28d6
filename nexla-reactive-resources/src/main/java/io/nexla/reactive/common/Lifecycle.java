package io.nexla.reactive.common;

import reactor.core.publisher.Mono;

/**
 * A collection whose items can be activated and paused ({@code PUT {P}/{id}/activate|pause}).
 *
 * @param <T> item model
 */
public interface Lifecycle<T> extends HasResourceOperations<T> {

  /**
   * Activates the item and emits it with its new status. Cold; idempotent, so retried on transient failures.
   * Signals {@code NotFoundException}, other {@code NexlaServiceException}s, {@code NexlaTransportException},
   * {@code NexlaTimeoutException} or {@code NexlaDecodeException}.
   */
  default Mono<T> activate(long id) {
    return resourceOperations().activate(id);
  }

  /** Pauses the item and emits it with its new status; errors as for {@link #activate(long)}. */
  default Mono<T> pause(long id) {
    return resourceOperations().pause(id);
  }
}
