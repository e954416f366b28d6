package io.nexla.reactive.common;

import reactor.core.publisher.Mono;

/**
 * A collection whose items can be copied ({@code POST {P}/{id}/copy}).
 *
 * @param <T> item model
 * @param <O> copy options
 */
public interface Copyable<T, O> extends HasResourceOperations<T> {

  /**
   * Copies the item with default options (body {@code {}}) and emits the copy (whose {@code copied_from_id} is the
   * original). Cold; a POST, so never re-sent after an ambiguous failure. Signals {@code NotFoundException}, other
   * {@code NexlaServiceException}s, {@code NexlaTransportException}, {@code NexlaTimeoutException} or
   * {@code NexlaDecodeException}.
   */
  default Mono<T> copy(long id) {
    return resourceOperations().copy(id, null);
  }

  /** Like {@link #copy(long)} with explicit options. */
  default Mono<T> copy(long id, O options) {
    return resourceOperations().copy(id, options);
  }
}
