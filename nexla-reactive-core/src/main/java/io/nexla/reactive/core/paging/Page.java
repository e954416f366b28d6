package io.nexla.reactive.core.paging;

import io.nexla.reactive.core.error.UndecodableRecordException;
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
 * @param undecodable the records of the page that could not be decoded, in page order (not among {@code items})
 */
public record Page<T>(List<T> items, int page, int pageSize, @Nullable Integer pageCount, @Nullable Long totalCount,
    List<UndecodableRecordException> undecodable) {

  public Page {
    items = List.copyOf(items);
    undecodable = List.copyOf(undecodable);
  }

  /** A page whose every record was decoded. */
  public Page(List<T> items, int page, int pageSize, @Nullable Integer pageCount, @Nullable Long totalCount) {
    this(items, page, pageSize, pageCount, totalCount, List.of());
  }

  /** How many records the server sent on this page: the decoded items and the undecodable ones. */
  public int received() {
    return items.size() + undecodable.size();
  }

  public Optional<Integer> pageCountOptional() {
    return Optional.ofNullable(pageCount);
  }

  public Optional<Long> totalCountOptional() {
    return Optional.ofNullable(totalCount);
  }
}
