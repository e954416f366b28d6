package io.nexla.reactive.core.paging;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;
import reactor.core.publisher.Operators;

/**
 * The page numbers of one walk, released only as the subscriber's demand needs them: a page is released while the
 * pages released so far cannot cover the items (or, for {@code byPage()}, the pages) requested. The consumer of
 * {@link #pageNumbers(int)} bounds how many of them are in flight; this class bounds how many are wanted at all, so
 * {@code request(1)} costs one page request and {@code Long.MAX_VALUE} keeps the consumer's whole window busy.
 *
 * <p>One instance per subscription. {@link #request(long)} and {@link #arrived(Page)} may be called from any
 * thread; numbers are emitted by one thread at a time (the usual work-in-progress counter).
 */
final class PageDemand {

  /** Items per page as requested; 1 when the demand counts pages. */
  private final int unitsPerPage;
  private final boolean countsItems;
  private final AtomicLong requested = new AtomicLong();
  /** Items missing from pages that arrived shorter than asked: more pages are needed to cover the demand. */
  private final AtomicLong shortfall = new AtomicLong();
  private final AtomicInteger wip = new AtomicInteger();
  /** Pages released, the first one included; only changed inside {@link #drain()}. */
  private long released = 1;
  private int nextPage;
  private @Nullable FluxSink<Integer> sink;

  private PageDemand(int unitsPerPage, boolean countsItems) {
    this.unitsPerPage = unitsPerPage;
    this.countsItems = countsItems;
  }

  /** Demand counted in items of pages of {@code pageSize}; the first page counts as released. */
  static PageDemand ofItems(int pageSize) {
    return new PageDemand(pageSize, true);
  }

  /** Demand counted in pages; the first page counts as released. */
  static PageDemand ofPages() {
    return new PageDemand(1, false);
  }

  /** The subscriber asked for {@code n} more items (or pages). */
  void request(long n) {
    requested.accumulateAndGet(n, Operators::addCap);
    drain();
  }

  /** A page came back; a short one leaves demand its items were expected to cover. */
  void arrived(Page<?> page) {
    if (countsItems && page.items().size() < unitsPerPage) {
      shortfall.addAndGet(unitsPerPage - page.items().size());
      drain();
    }
  }

  /** Page numbers from {@code firstNumber} on, each emitted once demand needs it and the consumer requested it. */
  Flux<Integer> pageNumbers(int firstNumber) {
    return Flux.create(emitter -> {
      nextPage = firstNumber;
      sink = emitter;
      emitter.onRequest(n -> drain());
    });
  }

  private boolean needsAnotherPage() {
    long wanted = requested.get();
    return wanted == Long.MAX_VALUE || released * unitsPerPage - shortfall.get() < wanted;
  }

  private void drain() {
    if (wip.getAndIncrement() != 0) {
      return;
    }
    int missed = 1;
    do {
      FluxSink<Integer> out = sink;
      while (out != null && !out.isCancelled() && out.requestedFromDownstream() > 0 && needsAnotherPage()
          && nextPage < Integer.MAX_VALUE) {
        released++;
        out.next(nextPage++);
      }
      missed = wip.addAndGet(-missed);
    } while (missed != 0);
  }
}
