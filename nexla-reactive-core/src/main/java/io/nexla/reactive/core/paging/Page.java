package io.nexla.reactive.core.paging;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One page of a list.
 *
 * @param items the items, in server order
 * @param page 1-based page number that was requested
 * @param pageSize {@code per_page} that was requested
 * @param pageCount total pages, when the server said ({@code meta.pageCount} / {@code total_pages})
 * @param totalCount total items, when the server said ({@code meta.totalCount} / {@code total_count})
 */
public record Page<T>(List<T> items, int page, int pageSize, @Nullable Integer pageCount, @Nullable Long totalCount) {

  public Page {
    items = List.copyOf(items);
  }

  public Optional<Integer> pageCountOptional() {
    return Optional.ofNullable(pageCount);
  }

  public Optional<Long> totalCountOptional() {
    return Optional.ofNullable(totalCount);
  }
}
