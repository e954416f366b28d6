package io.nexla.reactive.core.paging;

import io.nexla.reactive.core.http.NexlaRequest;
import io.nexla.reactive.core.http.NexlaTransport;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * A lazy, cold stream of every item of a paged Nexla list. Item demand drives page requests; cancelling stops
 * them; every subscription walks the list again from its first page with its own cursor.
 *
 * <p>Use {@link #byPage()} to see the pages themselves.
 *
 * @param <T> item type
 */
public final class PagedFlux<T> extends Flux<T> {

  private final PageFetcher<T> fetcher;
  private final int pageSize;

  private PagedFlux(PageFetcher<T> fetcher, int pageSize) {
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    if (pageSize < 1) {
      throw new IllegalArgumentException("pageSize must be at least 1");
    }
    this.pageSize = pageSize;
  }

  /** A paged flux over any page source. */
  public static <T> PagedFlux<T> create(PageFetcher<T> fetcher, int pageSize) {
    return new PagedFlux<>(fetcher, pageSize);
  }

  /**
   * A paged flux over a Nexla list endpoint: {@code request} is sent with {@code page} and {@code per_page} added,
   * and each answer (a bare JSON array or a {@code {meta, data}} envelope) is decoded into items by
   * {@code itemDecoder}.
   */
  public static <T> PagedFlux<T> fromRequest(NexlaTransport transport, NexlaRequest request, int pageSize,
      Function<JsonNode, T> itemDecoder) {
    return create((page, size) -> transport.exchange(request.toBuilder()
            .setQuery("page", page).setQuery("per_page", size).build())
        .map(r -> PageDecoding.decode(r, page, size, itemDecoder)), pageSize);
  }

  /** The pages, from the first, with the default page size. */
  public Flux<Page<T>> byPage() {
    return byPage(1, pageSize);
  }

  /** The pages, starting at {@code startPage} (1-based). */
  public Flux<Page<T>> byPage(int startPage) {
    return byPage(startPage, pageSize);
  }

  /** The pages, starting at {@code startPage} (1-based), {@code size} items per page. */
  public Flux<Page<T>> byPage(int startPage, int size) {
    if (startPage < 1 || size < 1) {
      return Flux.error(new IllegalArgumentException("startPage and size must be at least 1"));
    }
    return fetcher.fetch(startPage, size)
        .expand(p -> isLast(p) ? Mono.empty() : fetcher.fetch(p.page() + 1, size), 1);
  }

  private static boolean isLast(Page<?> p) {
    if (p.pageCount() != null) {
      return p.page() >= p.pageCount();
    }
    return p.items().size() < p.pageSize();
  }

  /** A paged flux whose items are transformed by {@code mapper}; pages are fetched exactly as by this one. */
  public <R> PagedFlux<R> mapItems(Function<? super T, ? extends R> mapper) {
    return new PagedFlux<>((page, size) -> fetcher.fetch(page, size).map(p -> new Page<R>(
        p.items().stream().<R>map(mapper).toList(), p.page(), p.pageSize(), p.pageCount(), p.totalCount())),
        pageSize);
  }

  @Override
  public void subscribe(CoreSubscriber<? super T> actual) {
    byPage().concatMapIterable(Page::items, 1).subscribe(actual);
  }

  /** Items of a page as a list (helper for callers that collect pages). */
  static <T> List<T> items(Page<T> page) {
    return page.items();
  }
}
