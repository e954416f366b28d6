package io.nexla.reactive.core.paging;

import io.nexla.reactive.core.error.UndecodableRecordException;
import io.nexla.reactive.core.http.NexlaRequest;
import io.nexla.reactive.core.http.NexlaResponse;
import io.nexla.reactive.core.http.NexlaTransport;
import io.nexla.reactive.core.http.Response;
import io.nexla.reactive.core.internal.MetricsBinding;
import io.nexla.reactive.core.internal.PageDecoding;
import io.nexla.reactive.core.internal.ResponseCapture;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.SynchronousSink;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;

/**
 * A lazy, cold stream of every item of a paged Nexla list. Item demand drives page requests; cancelling stops
 * them; every subscription walks the list again from its first page with its own cursor.
 *
 * <h2>Demand</h2>
 * Page requests follow the subscriber's outstanding demand: after the first page, as many pages are in flight as
 * the items requested and not yet covered need ({@code ceil(outstanding / page size)}), at most
 * {@link PagingOptions#prefetchPages()} (default {@link PagingOptions#DEFAULT_PREFETCH_PAGES}; see
 * {@link #prefetch(int)}), whether or not the metadata gives a page count. Items are emitted strictly in order. So
 * {@code request(1)} and {@code take(n)} within the first page send exactly one page request; a subscriber that
 * requests k items causes at most the pages holding them plus one; an unbounded subscriber ({@code count()},
 * {@code collectList()}, a WebFlux response writer) keeps {@code prefetchPages} requests in flight; cancelling
 * cancels the pages in flight and sends no further request. For {@link #byPage()} the demand counts pages. Past the
 * end of a list without a page count at most {@code prefetchPages - 1} requests are wasted, and only when more items
 * were demanded than the list holds.
 *
 * <h2>When the walk ends</h2>
 * Whatever the metadata claims, an empty page ends the walk after at most one confirming request (two empty pages
 * in a row end it), so a server that reports an absurd page count or total cannot keep a walk going.
 * <ul>
 *   <li>Metadata with a page count ({@code pageCount}, {@code total_pages}, …): after that page, or once a
 *       reported total count was seen, or at the bound derived from the first page: with a total count T,
 *       {@code ceil(T / first page's size) + 1} pages.</li>
 *   <li>Metadata with only a total count: once that many items were seen.</li>
 *   <li>No metadata: an empty page ends; a full page continues. A short, non-empty <em>first</em> page may mean
 *       the server caps {@code per_page} below what was asked, so the next page is requested: if it is empty the
 *       list ended (one extra request for short lists); if not, the first page's size is taken as the effective
 *       page size and later pages are judged against it. So a capped server loses no items.</li>
 *   <li>A page equal to the previous non-empty page (same items, compared with {@code equals}) means the server
 *       ignores {@code page}: {@link PaginationException} instead of looping or duplicating.</li>
 * </ul>
 * Pages are requested ahead only when that is safe: with a page count, when it is plausible (the first page is
 * full, and the count is at most {@value #MAX_PREFETCHED_PAGE_COUNT} pages and agrees with a reported total);
 * without one, when the first page is full. Otherwise pages are requested one at a time, so an absurd count costs at
 * most two requests past the data and a short first page exactly one confirming request.
 *
 * <h2>Records that cannot be decoded</h2>
 * A record with a field of an unexpected shape still decodes (the field is kept raw by the model). A record that
 * cannot be decoded at all (JSON {@code null}, a string or number where an object is expected, no whole-number
 * id) fails the list with an {@link UndecodableRecordException} naming its page and index, after the items before
 * it were emitted; {@link #skipUndecodable(Consumer)} skips such records and reports each one instead. Skipped
 * records still count as received when the walk judges whether a page was full.
 *
 * <p>Use {@link #byPage()} to see the pages themselves, {@link #byPageWithResponse()} to see each with the
 * response it was decoded from, and {@link #itemsWithResponse()} for the items with theirs.
 *
 * @param <T> item type
 */
public final class PagedFlux<T> extends Flux<T> {

  /** Above this many pages a reported page count is not trusted for prefetching (10 million items at 100). */
  static final int MAX_PREFETCHED_PAGE_COUNT = 100_000;

  /** Window used when nothing says otherwise: {@link PagingOptions#DEFAULT_PREFETCH_PAGES}. */
  private static final int AUTO = 0;

  private final PageFetcher<T> fetcher;
  private final int pageSize;
  /**
   * Most pages in flight: {@link #AUTO} for the default, -n for n from the options (both only where walking ahead is
   * safe, see {@link #window}), n for n from {@link #prefetch(int)} always.
   */
  private final int prefetch;
  /** Told of each skipped undecodable record; {@code null}: the first one fails the list. */
  private final @Nullable Consumer<? super UndecodableRecordException> undecodableRecords;

  private PagedFlux(PageFetcher<T> fetcher, int pageSize, int prefetch) {
    this(fetcher, pageSize, prefetch, null);
  }

  private PagedFlux(PageFetcher<T> fetcher, int pageSize, int prefetch,
      @Nullable Consumer<? super UndecodableRecordException> undecodableRecords) {
    this.undecodableRecords = undecodableRecords;
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    if (pageSize < 1) {
      throw new IllegalArgumentException("pageSize must be at least 1");
    }
    this.pageSize = pageSize;
    this.prefetch = prefetch;
  }

  /** A paged flux over any page source; pages are requested {@code pageSize} items at a time. */
  public static <T> PagedFlux<T> create(PageFetcher<T> fetcher, int pageSize) {
    return new PagedFlux<>(fetcher, pageSize, AUTO);
  }

  /** A paged flux over any page source, with the page size and prefetch window of {@code options}. */
  public static <T> PagedFlux<T> create(PageFetcher<T> fetcher, PagingOptions options) {
    return new PagedFlux<>(fetcher, options.pageSize(), -options.prefetchPages());
  }

  /**
   * A paged flux over a Nexla list endpoint: {@code request} is sent with {@code page} and {@code per_page} added,
   * and each answer (a bare JSON array or a {@code {meta, data}} envelope) is decoded into items by
   * {@code itemDecoder}.
   */
  public static <T> PagedFlux<T> fromRequest(NexlaTransport transport, NexlaRequest request, int pageSize,
      Function<JsonNode, T> itemDecoder) {
    return new PagedFlux<>(fetcherFor(transport, request,
        (response, page, size) -> PageDecoding.decodeEach(response, page, size, itemDecoder)), pageSize,
        -transport.options().paging().prefetchPages());
  }

  /**
   * Like {@link #fromRequest(NexlaTransport, NexlaRequest, int, Function)} for items of one type, which are decoded
   * straight from each page's bytes; {@code itemDecoder} decodes a page again only when that fails, to report the
   * failing item (see {@link PageDecoding#decode(NexlaResponse, int, int, JavaType, Function)}).
   */
  public static <T> PagedFlux<T> fromRequest(NexlaTransport transport, NexlaRequest request, int pageSize,
      JavaType itemType, Function<JsonNode, T> itemDecoder) {
    return new PagedFlux<>(fetcherFor(transport, request,
        (response, page, size) -> PageDecoding.decodeEach(response, page, size, itemType, itemDecoder)), pageSize,
        -transport.options().paging().prefetchPages());
  }

  private static <T> PageFetcher<T> fetcherFor(NexlaTransport transport, NexlaRequest request,
      PageDecoder<T> decoder) {
    return (page, size) -> transport.exchange(request.toBuilder()
            .setQuery("page", page).setQuery("per_page", size).build())
        .map(response -> decoder.decode(response, page, size));
  }

  /** Decodes one received page. */
  private interface PageDecoder<T> {
    Page<T> decode(NexlaResponse response, int page, int size);
  }

  /**
   * This list with up to {@code pages} page requests in flight instead of {@link PagingOptions#prefetchPages()},
   * whatever the metadata says; pages are still requested only as demand needs them and emitted strictly in order.
   * {@code prefetch(1)} walks strictly one page at a time, even when everything is demanded.
   */
  public PagedFlux<T> prefetch(int pages) {
    if (pages < 1) {
      throw new IllegalArgumentException("pages must be at least 1");
    }
    return new PagedFlux<>(fetcher, pageSize, pages, undecodableRecords);
  }

  /**
   * This list, skipping records that cannot be decoded at all (JSON {@code null}, a string or number where an
   * object is expected, a record without a whole-number id) instead of failing: each one is passed to
   * {@code report}, in list order, just before the items of its page are emitted. Without it, the list emits the
   * items before such a record and then fails with its {@link UndecodableRecordException} (page and index).
   * Records that decode with odd fields are never skipped: those fields are kept raw in the model. If
   * {@code report} throws, the list fails with that exception. Pages from {@link #byPage()} keep their skipped
   * records in {@link Page#undecodable()}.
   */
  public PagedFlux<T> skipUndecodable(Consumer<? super UndecodableRecordException> report) {
    return new PagedFlux<>(fetcher, pageSize, prefetch, Objects.requireNonNull(report, "report"));
  }

  /** The pages, from the first, with the default page size. */
  public Flux<Page<T>> byPage() {
    return byPage(1, pageSize);
  }

  /** The pages, starting at {@code startPage} (1-based). */
  public Flux<Page<T>> byPage(int startPage) {
    return byPage(startPage, pageSize);
  }

  /**
   * The pages, starting at {@code startPage} (1-based), {@code size} items per page. Cold; each subscription walks
   * again. Signals the fetcher's errors and {@link PaginationException}.
   */
  public Flux<Page<T>> byPage(int startPage, int size) {
    return pagesByPage(startPage, size, false).map(FetchedPage::page);
  }

  /**
   * Emits the pages from the first, this list's page size, each as the value of the response of its own request;
   * cold, the first page requested on subscription; errors as {@link #byPageWithResponse(int, int)}.
   */
  public Flux<Response<Page<T>>> byPageWithResponse() {
    return byPageWithResponse(1, pageSize);
  }

  /**
   * Emits the pages from {@code startPage} (1-based), this list's page size, each as the value of the response of
   * its own request; cold, the first page requested on subscription; errors as
   * {@link #byPageWithResponse(int, int)}.
   */
  public Flux<Response<Page<T>>> byPageWithResponse(int startPage) {
    return byPageWithResponse(startPage, pageSize);
  }

  /**
   * Emits the pages of {@link #byPage(int, int)}, each as the value of the response it was decoded from: status,
   * masked headers, request id and attempts of that page's request, even while several pages are in flight.
   * Cold: the first page is requested on subscription, the others exactly as by {@code byPage} (demand counted in
   * pages); each subscription walks again. {@link #skipUndecodable} applies as there. Signals the fetcher's
   * errors (those of the page request that failed), {@link PaginationException},
   * {@link UndecodableRecordException}, and {@link IllegalStateException} when the fetcher did not send through a
   * {@link NexlaTransport} (a hand-made {@link PageFetcher}).
   */
  public Flux<Response<Page<T>>> byPageWithResponse(int startPage, int size) {
    return pagesByPage(startPage, size, true).map(FetchedPage::pageWithResponse);
  }

  /**
   * Emits the items of this list, each as the value of the response of the page it came from, even while several
   * pages are in flight. Cold: the first page is requested on subscription, the others exactly as for the items
   * themselves (demand counted in items, see the class description); each subscription walks again. Signals the
   * list's errors, plus {@link IllegalStateException} when the fetcher did not send through a
   * {@link NexlaTransport}.
   */
  public Flux<Response<T>> itemsWithResponse() {
    return items(true, FetchedPage::itemsWithResponse);
  }

  /** What {@code perPage} makes of each page, flattened in order; pages are requested as the items demand. */
  private <R> Flux<R> items(boolean capture, Function<FetchedPage<T>, Iterable<R>> perPage) {
    return Flux.defer(() -> {
      PageDemand demand = PageDemand.ofItems(pageSize);
      return pages(1, pageSize, demand, capture).concatMapIterable(perPage, 1).doOnRequest(demand::request);
    });
  }

  private Flux<FetchedPage<T>> pagesByPage(int startPage, int size, boolean capture) {
    if (startPage < 1 || size < 1) {
      return Flux.error(new IllegalArgumentException("startPage and size must be at least 1"));
    }
    return Flux.defer(() -> {
      PageDemand demand = PageDemand.ofPages();
      return pages(startPage, size, demand, capture).doOnRequest(demand::request);
    });
  }

  /**
   * The pages of one walk, fetched as {@code demand} needs them; the first is fetched on subscription. With
   * {@code capture}, each page fetch records its own response, so pages in flight together keep theirs apart.
   */
  private Flux<FetchedPage<T>> pages(int startPage, int size, PageDemand demand, boolean capture) {
    PageWalk<T> walk = new PageWalk<>(size);
    return fetch(startPage, size, capture)
        .flatMapMany(first -> Flux.concat(Mono.just(first),
            Flux.defer(() -> remaining(first.page(), size, demand, capture))))
        .handle(walk::accept)
        .handle(this::undecodable);
  }

  /** Reports a page's undecodable records and emits it, or emits the items before the first and fails with it. */
  private void undecodable(FetchedPage<T> fetched, SynchronousSink<FetchedPage<T>> sink) {
    Page<T> page = fetched.page();
    List<UndecodableRecordException> undecodable = page.undecodable();
    if (undecodable.isEmpty()) {
      sink.next(fetched);
    } else if (undecodableRecords != null) {
      undecodable.forEach(undecodableRecords);
      sink.next(fetched);
    } else {
      UndecodableRecordException first = undecodable.get(0);
      int before = first.index(); // every record before the first undecodable one was decoded
      if (before > 0) {
        sink.next(fetched.withPage(new Page<>(page.items().subList(0, before), page.page(), page.pageSize(),
            page.pageCount(), page.totalCount(), List.of(first))));
      }
      sink.error(first);
    }
  }

  /**
   * Pages after {@code first}, emitted in order: one at a time, or with up to {@link #window} requests in flight,
   * released by {@code demand}.
   */
  private Flux<FetchedPage<T>> remaining(Page<T> first, int size, PageDemand demand, boolean capture) {
    Integer pageCount = first.pageCount();
    int next = first.page() + 1;
    if (pageCount != null && next > pageCount) {
      return Flux.empty();
    }
    int window = window(first, size);
    if (window == 1) {
      Flux<Integer> numbers = pageCount != null
          ? Flux.range(next, pageCount - first.page())
          : Flux.range(next, Integer.MAX_VALUE - next);
      return numbers.concatMap(n -> fetch(n, size, capture), 0);
    }
    Flux<Integer> numbers = demand.pageNumbers(next);
    if (pageCount != null) {
      numbers = numbers.take(pageCount - first.page());
    }
    return numbers.flatMapSequential(n -> fetch(n, size, capture).doOnNext(f -> demand.arrived(f.page())),
        window, 1);
  }

  /**
   * Most page requests in flight after {@code first}: {@code prefetch(n)} when given; otherwise the configured
   * prefetch when the list can be walked ahead safely (a plausible page count, or no page count and a full first
   * page); otherwise one, so a short first page is confirmed by exactly one more request.
   */
  private int window(Page<T> first, int size) {
    if (prefetch > 0) {
      return prefetch;
    }
    int configured = prefetch == AUTO ? PagingOptions.DEFAULT_PREFETCH_PAGES : -prefetch;
    boolean walkable = first.pageCount() != null ? plausible(first, size) : first.received() >= size;
    return walkable ? configured : 1;
  }

  /** Whether the first page's page count can be trusted to request pages ahead: see the class description. */
  private static boolean plausible(Page<?> first, int size) {
    Integer pageCount = first.pageCount();
    Long total = first.totalCount();
    int firstSize = first.received();
    if (pageCount == null || firstSize < size || pageCount > MAX_PREFETCHED_PAGE_COUNT) {
      return false;
    }
    return total == null || pageCount <= PageWalk.pagesFor(total, firstSize) + 1;
  }

  /**
   * One page, with its own response when {@code capture}; counted in {@code nexla.client.pages} when it came
   * through a transport with a meter registry.
   */
  private Mono<FetchedPage<T>> fetch(int page, int size, boolean capture) {
    Mono<Page<T>> fetched = MetricsBinding.recording(fetcher.fetch(page, size),
        (bound, p) -> bound.metrics().page(bound.operation()));
    return capture
        ? ResponseCapture.withResponse(fetched)
            .mapNotNull(r -> r.value() == null ? null : new FetchedPage<>(r.value(), r))
        : fetched.map(p -> new FetchedPage<>(p, null));
  }

  /** A paged flux whose items are transformed by {@code mapper}; pages are fetched exactly as by this one. */
  public <R> PagedFlux<R> mapItems(Function<? super T, ? extends R> mapper) {
    return new PagedFlux<>((page, size) -> fetcher.fetch(page, size).map(p -> new Page<R>(
        p.items().stream().<R>map(mapper).toList(), p.page(), p.pageSize(), p.pageCount(), p.totalCount(),
        p.undecodable())), pageSize, prefetch, undecodableRecords);
  }

  /** Hands {@code actual} to the item walk: the caller's own subscription, so context and cancel reach the walk. */
  @Override
  public void subscribe(CoreSubscriber<? super T> actual) {
    items(false, fetched -> fetched.page().items()).subscribe(actual);
  }
}
