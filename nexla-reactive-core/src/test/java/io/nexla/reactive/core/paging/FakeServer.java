package io.nexla.reactive.core.paging;

import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import reactor.core.publisher.Mono;

/** A list of {@code total} integers served page by page, with configurable server behaviour. */
final class FakeServer implements PageFetcher<Integer> {

  enum Meta { NONE, PAGE_COUNT, TOTAL_COUNT }

  private final int total;
  private final Meta meta;
  private int cap = Integer.MAX_VALUE;
  private boolean ignoresPage;
  private IntFunction<Duration> latency = page -> Duration.ZERO;
  final Queue<Integer> requestedPages = new ConcurrentLinkedQueue<>();

  FakeServer(int total, Meta meta) {
    this.total = total;
    this.meta = meta;
  }

  FakeServer capPageSize(int max) {
    this.cap = max;
    return this;
  }

  FakeServer ignoringPage() {
    this.ignoresPage = true;
    return this;
  }

  FakeServer latency(IntFunction<Duration> perPage) {
    this.latency = perPage;
    return this;
  }

  int requests() {
    return requestedPages.size();
  }

  @Override
  public Mono<Page<Integer>> fetch(int page, int pageSize) {
    return Mono.defer(() -> {
      requestedPages.add(page);
      int size = Math.min(pageSize, cap);
      int effectivePage = ignoresPage ? 1 : page;
      int from = Math.min(total, (effectivePage - 1) * size);
      int to = Math.min(total, from + size);
      List<Integer> items = IntStream.range(from, to).boxed().toList();
      int pages = (total + size - 1) / size;
      Page<Integer> p = new Page<>(items, page, pageSize,
          meta == Meta.PAGE_COUNT ? Integer.valueOf(pages) : null,
          meta == Meta.NONE ? null : Long.valueOf(total));
      Duration d = latency.apply(page);
      return d.isZero() ? Mono.just(p) : Mono.just(p).delayElement(d);
    });
  }
}
