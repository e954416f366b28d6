package io.nexla.reactive.core.paging;

import java.util.List;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.SynchronousSink;

/**
 * The stop rules of a walk (see {@link PagedFlux}), applied to its pages in order: passes on the pages to emit and
 * completes the walk, or signals {@link PaginationException}. One instance per subscription.
 */
final class PageWalk<T> {
  private final int requestedSize;
  private @Nullable List<T> previousItems;
  private long itemsSeen;
  private int consecutiveEmpty;
  /** The server's page size once a capped first page was confirmed by a non-empty second page. */
  private int effectiveSize;
  /** The first page was short without metadata: the next page decides between "ended" and "capped". */
  private boolean probing;
  private boolean first = true;
  /** Last page the metadata of the first page allows, when it reported a total; {@code Long.MAX_VALUE} if not. */
  private long bound = Long.MAX_VALUE;

  PageWalk(int requestedSize) {
    this.requestedSize = requestedSize;
    this.effectiveSize = requestedSize;
  }

  void accept(FetchedPage<T> fetched, SynchronousSink<FetchedPage<T>> sink) {
    Page<T> page = fetched.page();
    List<T> items = page.items();
    int received = page.received(); // undecodable records count: the server did send them
    boolean wasFirst = first;
    first = false;
    if (wasFirst && page.totalCount() != null && received > 0) {
      bound = page.page() + pagesFor(Math.max(0, page.totalCount() - received), received) + 1;
    }
    if (!items.isEmpty() && items.equals(previousItems)) {
      sink.error(new PaginationException("Page " + page.page() + " repeats the previous page: the server "
          + "ignores the page parameter, so the list cannot be walked", page.page()));
      return;
    }
    if (probing) {
      probing = false;
      if (received == 0) {
        sink.complete();
        return;
      }
      effectiveSize = previousItems == null ? requestedSize : previousItems.size();
    }
    if (!items.isEmpty()) {
      previousItems = items;
    }
    itemsSeen += received;
    consecutiveEmpty = received == 0 ? consecutiveEmpty + 1 : 0;

    if (page.pageCount() != null || page.totalCount() != null) {
      if (received > 0 || page.pageCount() != null) {
        sink.next(fetched);
      }
      boolean lastPage = page.pageCount() != null && page.page() >= page.pageCount();
      boolean totalSeen = page.totalCount() != null && itemsSeen >= page.totalCount();
      // Two empty pages in a row end the walk quietly: a count gone stale while items were deleted is common,
      // and the items seen were all emitted.
      if (lastPage || totalSeen || consecutiveEmpty > 1 || page.page() >= bound) {
        sink.complete();
      }
      return;
    }
    if (received == 0) {
      sink.complete();
      return;
    }
    sink.next(fetched);
    if (received < effectiveSize) {
      if (wasFirst) {
        probing = true;
      } else {
        sink.complete();
      }
    }
  }

  /** Pages of {@code perPage} items that hold {@code total} items. */
  static long pagesFor(long total, int perPage) {
    return perPage <= 0 ? 0 : (total + perPage - 1) / perPage;
  }
}
