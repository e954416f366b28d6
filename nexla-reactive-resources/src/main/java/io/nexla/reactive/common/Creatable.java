package io.nexla.reactive.common;

import reactor.core.publisher.Mono;

/**
 * A collection that accepts new items ({@code POST {P}}).
 *
 * @param <T> item model
 * @param <C> create request
 */
public interface Creatable<T, C> extends HasResourceOperations<T> {

  /**
   * Creates an item and emits it as the server stored it (with its id). Cold: sent on subscription. Never sent
   * twice: after an ambiguous failure (connection lost after the request was written) it signals
   * {@code NexlaTransportException} instead of retrying, so no duplicate is created. Signals
   * {@code BadRequestException} for invalid input, {@code ConflictException} for a duplicate, other
   * {@code NexlaServiceException}s, {@code NexlaTimeoutException} or {@code NexlaDecodeException}.
   */
  default Mono<T> create(C request) {
    return resourceOperations().create(request);
  }
}
