package io.nexla.reactive.core.paging;

import java.util.stream.LongStream;
import org.reactivestreams.Publisher;
import org.reactivestreams.tck.PublisherVerification;
import org.reactivestreams.tck.TestEnvironment;
import reactor.core.publisher.Mono;

/**
 * The Reactive Streams rules for {@link PagedFlux} (a TestNG suite, run by the TestNG engine alongside the JUnit
 * tests): a list of {@code elements} items in pages of 3, walked with the default prefetch window.
 */
public class PagedFluxTckTest extends PublisherVerification<Long> {

  private static final int PAGE_SIZE = 3;

  public PagedFluxTckTest() {
    super(new TestEnvironment(1000));
  }

  @Override
  public Publisher<Long> createPublisher(long elements) {
    // Long.MAX_VALUE elements stands for an endless list: more pages than page numbers is as good as endless here.
    return PagedFlux.create((page, size) -> Mono.fromSupplier(() -> new Page<>(
        LongStream.range(Math.min(elements, (page - 1L) * size), Math.min(elements, (long) page * size)).boxed()
            .toList(),
        page, size, null, null)), PAGE_SIZE);
  }

  @Override
  public Publisher<Long> createFailedPublisher() {
    return PagedFlux.create((page, size) -> Mono.<Page<Long>>error(new IllegalStateException("down")),
        PAGE_SIZE);
  }
}
