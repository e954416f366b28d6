package io.nexla.reactive.core.paging;

import reactor.core.publisher.Mono;

/**
 * Fetches one page. Must be cold: the request is sent when the returned {@code Mono} is subscribed.
 *
 * @param <T> item type
 */
@FunctionalInterface
public interface PageFetcher<T> {

  /** Emits the page {@code page} (1-based) of at most {@code pageSize} items. */
  Mono<Page<T>> fetch(int page, int pageSize);
}
