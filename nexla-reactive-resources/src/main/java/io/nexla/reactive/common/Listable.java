package io.nexla.reactive.common;

import io.nexla.reactive.core.paging.PagedFlux;

/**
 * A collection that can be listed page by page ({@code GET {P}?page=&per_page=}).
 *
 * @param <T> item model
 */
public interface Listable<T> extends HasResourceOperations<T> {

  /**
   * Emits every item of the collection visible to the caller, lazily: pages are requested as items are demanded,
   * and cancelling stops further page requests. Cold; each subscription walks the list from the first page.
   * Signals {@code NexlaServiceException}s (e.g. {@code ForbiddenException}), {@code NexlaTransportException},
   * {@code NexlaTimeoutException} or {@code NexlaDecodeException}; items already emitted stay valid.
   */
  default PagedFlux<T> list() {
    return list(ListOptions.DEFAULTS);
  }

  /** Like {@link #list()}, with a page size, an {@code access_role} filter or extra query parameters. */
  default PagedFlux<T> list(ListOptions options) {
    return resourceOperations().list(options);
  }
}
