package io.nexla.reactive.common;

import reactor.core.publisher.Mono;

/**
 * A collection whose items can be read by id ({@code GET {P}/{id}}).
 *
 * @param <T> item model
 */
public interface Gettable<T> extends HasResourceOperations<T> {

  /**
   * Emits the item with this id. Cold: sent on subscription. Signals {@code NotFoundException} if there is no
   * such item, other {@code NexlaServiceException}s, {@code NexlaTransportException},
   * {@code NexlaTimeoutException} or {@code NexlaDecodeException}. Retried on transient failures.
   */
  default Mono<T> get(long id) {
    return resourceOperations().get(id, false);
  }

  /** Like {@link #get(long)}; with {@code expand} true the server embeds related resources ({@code expand=1}). */
  default Mono<T> get(long id, boolean expand) {
    return resourceOperations().get(id, expand);
  }
}
