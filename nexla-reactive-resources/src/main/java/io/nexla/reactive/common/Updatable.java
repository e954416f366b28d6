package io.nexla.reactive.common;

import reactor.core.publisher.Mono;

/**
 * A collection whose items can be changed ({@code PUT {P}/{id}}).
 *
 * @param <T> item model
 * @param <U> update request (fields left {@code null} are not sent, so they stay unchanged)
 */
public interface Updatable<T, U> extends HasResourceOperations<T> {

  /**
   * Updates the item and emits it as stored. Cold: sent on subscription; retried on transient failures (PUT is
   * idempotent). Signals {@code NotFoundException}, {@code BadRequestException}, other
   * {@code NexlaServiceException}s, {@code NexlaTransportException}, {@code NexlaTimeoutException} or
   * {@code NexlaDecodeException}.
   */
  default Mono<T> update(long id, U request) {
    return resourceOperations().update(id, request);
  }
}
