package io.nexla.reactive.common;

import reactor.core.publisher.Mono;

/**
 * A collection whose items can be deleted ({@code DELETE {P}/{id}}).
 *
 * @param <T> item model
 */
public interface Deletable<T> extends HasResourceOperations<T> {

  /**
   * Deletes the item; completes empty when done. Cold: sent on subscription; retried on transient failures.
   * Signals {@code NotFoundException}, {@code UnexpectedStatusException} (405) when active resources must be
   * paused first, other {@code NexlaServiceException}s, {@code NexlaTransportException} or
   * {@code NexlaTimeoutException}.
   */
  default Mono<Void> delete(long id) {
    return resourceOperations().delete(id);
  }
}
