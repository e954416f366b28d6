package io.nexla.reactive.core.paging;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexla.reactive.core.paging.FakeServer.Meta;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import reactor.test.StepVerifier;
import reactor.test.subscriber.TestSubscriber;

class PagedFluxTest {

  private static List<Integer> upTo(int n) {
    return IntStream.range(0, n).boxed().toList();
  }

  @ParameterizedTest
  @EnumSource(Meta.class)
  void emitsEveryItemOnceInOrderWhateverTheMetadata(Meta meta) {
    for (int total : new int[] {0, 1, 9, 10, 11, 95}) {
      FakeServer server = new FakeServer(total, meta);
      assertThat(PagedFlux.create(server, 10).collectList().block()).as("total %d", total).isEqualTo(upTo(total));
    }
  }

  @Test
  void bareShortListCostsOneProbeAndExactMultipleOneEmptyPage() {
    FakeServer shortList = new FakeServer(7, Meta.NONE);
    PagedFlux.create(shortList, 10).blockLast();
    assertThat(shortList.requestedPages).containsExactly(1, 2);

    FakeServer multiple = new FakeServer(30, Meta.NONE);
    PagedFlux.create(multiple, 10).blockLast();
    assertThat(multiple.requestedPages).containsExactly(1, 2, 3, 4);
  }

  @Test
  void knownPageCountSendsNoRequestPastTheLastPage() {
    FakeServer server = new FakeServer(30, Meta.PAGE_COUNT);
    assertThat(PagedFlux.create(server, 10).collectList().block()).isEqualTo(upTo(30));
    assertThat(server.requestedPages).containsExactlyInAnyOrder(1, 2, 3);
  }

  @Test
  void firstItemOfAFiftyPageListCostsOneRequest() {
    for (Meta meta : Meta.values()) {
      FakeServer server = new FakeServer(500, meta);
      StepVerifier.create(PagedFlux.create(server, 10), 1)
          .expectNext(0)
          .thenCancel()
          .verify();
      assertThat(server.requests()).as("%s", meta).isEqualTo(1);
    }
  }

  @Test
  void anOpenSubscriptionForOneItemCostsAtMostOnePlusThePrefetchWindow() {
    FakeServer bare = new FakeServer(500, Meta.NONE);
    TestSubscriber<Integer> items = TestSubscriber.<Integer>builder().initialRequest(1).build();
    PagedFlux.create(bare, 10).subscribe(items);
    assertThat(items.getReceivedOnNext()).containsExactly(0);
    assertThat(bare.requestedPages).containsExactly(1);
    items.cancel();

    FakeServer server = new FakeServer(500, Meta.PAGE_COUNT);
    TestSubscriber<Page<Integer>> pages = TestSubscriber.<Page<Integer>>builder().initialRequest(1).build();
    PagedFlux.create(server, 10).byPage().subscribe(pages);
    assertThat(pages.getReceivedOnNext()).hasSize(1);
    assertThat(server.requestedPages).hasSizeBetween(1, 1 + PagingOptions.DEFAULT_PREFETCH_PAGES);
    pages.request(1);
    assertThat(pages.getReceivedOnNext()).hasSize(2);
    // the window stays PREFETCH pages ahead of what was emitted
    assertThat(server.requestedPages).hasSizeBetween(2, 2 + PagingOptions.DEFAULT_PREFETCH_PAGES);
    pages.cancel();
  }

  @Test
  void takeFiveThenCancelSendsNoFurtherRequest() {
    FakeServer server = new FakeServer(500, Meta.PAGE_COUNT);
    assertThat(PagedFlux.create(server, 10).take(5).collectList().block()).isEqualTo(upTo(5));
    assertThat(server.requests()).isEqualTo(1);
  }

  @Test
  void demandForASecondPageStartsAtMostThePrefetchWindow() {
    FakeServer server = new FakeServer(500, Meta.PAGE_COUNT);
    StepVerifier.create(PagedFlux.create(server, 10), 11)
        .expectNextCount(11)
        .thenCancel()
        .verify();
    assertThat(server.requests()).isLessThanOrEqualTo(1 + PagingOptions.DEFAULT_PREFETCH_PAGES);

    FakeServer bare = new FakeServer(500, Meta.NONE);
    StepVerifier.create(PagedFlux.create(bare, 10), 11).expectNextCount(11).thenCancel().verify();
    assertThat(bare.requestedPages).containsExactly(1, 2);
  }

  @Test
  void twoSubscriptionsAreTwoIndependentWalks() {
    FakeServer server = new FakeServer(25, Meta.NONE);
    PagedFlux<Integer> list = PagedFlux.create(server, 10);
    assertThat(list.collectList().block()).isEqualTo(upTo(25));
    assertThat(list.collectList().block()).isEqualTo(upTo(25));
    assertThat(server.requestedPages).containsExactly(1, 2, 3, 1, 2, 3);
  }

  @Test
  void serverIgnoringPageIsATypedErrorNotALoop() {
    FakeServer server = new FakeServer(100, Meta.NONE).ignoringPage();
    StepVerifier.create(PagedFlux.create(server, 10))
        .expectNextSequence(upTo(10))
        .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(PaginationException.class)
            .hasMessageContaining("repeats").extracting(x -> ((PaginationException) x).page()).isEqualTo(2))
        .verify(Duration.ofSeconds(5));
    assertThat(server.requests()).isEqualTo(2);
  }

  @Test
  void serverIgnoringPageOnAShortListIsDetectedByTheProbe() {
    FakeServer server = new FakeServer(5, Meta.NONE).ignoringPage();
    StepVerifier.create(PagedFlux.create(server, 10))
        .expectNextCount(5)
        .expectError(PaginationException.class)
        .verify(Duration.ofSeconds(5));
  }

  @ParameterizedTest
  @EnumSource(Meta.class)
  void serverCappingPerPageLosesNothingAndDuplicatesNothing(Meta meta) {
    FakeServer server = new FakeServer(237, meta).capPageSize(50);
    assertThat(PagedFlux.create(server, 100).collectList().block()).isEqualTo(upTo(237));
    FakeServer exact = new FakeServer(150, meta).capPageSize(50);
    assertThat(PagedFlux.create(exact, 100).collectList().block()).isEqualTo(upTo(150));
  }

  @Test
  void emptyPageContradictedByPageCountDoesNotEndTheWalk() {
    PageFetcher<Integer> gappy = (page, size) -> reactor.core.publisher.Mono.just(
        new Page<>(page == 2 ? List.of() : List.of(page * 10, page * 10 + 1), page, size, 3, null));
    assertThat(PagedFlux.create(gappy, 2).collectList().block()).containsExactly(10, 11, 30, 31);
  }

  @Test
  void aTotalCountNeverReachedEndsAfterOneConfirmingEmptyPage() {
    java.util.concurrent.atomic.AtomicInteger requests = new java.util.concurrent.atomic.AtomicInteger();
    PageFetcher<Integer> liar = (page, size) -> reactor.core.publisher.Mono.fromSupplier(() -> {
      requests.incrementAndGet();
      return new Page<>(page == 1 ? List.of(1, 2) : List.of(), page, size, null, 1_000_000_000L);
    });
    StepVerifier.create(PagedFlux.create(liar, 2))
        .expectNext(1, 2)
        .verifyComplete();
    assertThat(requests).hasValue(3);
  }

  @Test
  void anAbsurdPageCountWithEmptyPagesCostsAtMostTwoExtraRequests() {
    java.util.concurrent.atomic.AtomicInteger requests = new java.util.concurrent.atomic.AtomicInteger();
    PageFetcher<Integer> liar = (page, size) -> reactor.core.publisher.Mono.fromSupplier(() -> {
      requests.incrementAndGet();
      List<Integer> items = page <= 3 ? List.of(page * 10, page * 10 + 1) : List.of();
      return new Page<>(items, page, size, Integer.MAX_VALUE, null);
    });
    StepVerifier.create(PagedFlux.create(liar, 2))
        .expectNext(10, 11, 20, 21, 30, 31)
        .verifyComplete();
    assertThat(requests).hasValue(5);   // three pages of data, then two empty ones
  }

  @Test
  void aTotalCountBoundsTheWalkWhateverThePageCountSays() {
    java.util.concurrent.atomic.AtomicInteger requests = new java.util.concurrent.atomic.AtomicInteger();
    PageFetcher<Integer> liar = (page, size) -> reactor.core.publisher.Mono.fromSupplier(() -> {
      requests.incrementAndGet();
      return new Page<>(List.of(page * 10, page * 10 + 1), page, size, Integer.MAX_VALUE, 6L);   // always full
    });
    StepVerifier.create(PagedFlux.create(liar, 2))
        .expectNext(10, 11, 20, 21, 30, 31)
        .verifyComplete();
    assertThat(requests).hasValue(3);
  }

  @Test
  void prefetchKeepsOrderUnderRandomLatency() {
    Random random = new Random(42);
    FakeServer server = new FakeServer(503, Meta.NONE)
        .latency(page -> Duration.ofMillis(random.nextInt(15)));
    assertThat(PagedFlux.create(server, 10).prefetch(6).collectList().block(Duration.ofSeconds(20)))
        .isEqualTo(upTo(503));
    // speculation past the end is bounded by the window
    assertThat(server.requests()).isBetween(51, 51 + 6);

    Random random2 = new Random(7);
    FakeServer counted = new FakeServer(503, Meta.PAGE_COUNT)
        .latency(page -> Duration.ofMillis(random2.nextInt(15)));
    assertThat(PagedFlux.create(counted, 10).collectList().block(Duration.ofSeconds(20))).isEqualTo(upTo(503));
    assertThat(counted.requests()).isEqualTo(51);
  }

  @Test
  void knownTotalFetchesPagesConcurrentlyButBounded() {
    FakeServer server = new FakeServer(500, Meta.PAGE_COUNT).latency(page -> Duration.ofSeconds(1));
    StepVerifier.withVirtualTime(() -> PagedFlux.create(server, 10).byPage())
        .thenAwait(Duration.ofSeconds(1))
        .expectNextCount(1)
        .thenAwait(Duration.ofSeconds(1))
        .expectNextCount(PagingOptions.DEFAULT_PREFETCH_PAGES)
        .thenCancel()
        .verify();
    assertThat(server.requests()).isLessThanOrEqualTo(1 + 2 * PagingOptions.DEFAULT_PREFETCH_PAGES);
  }

  @Test
  void prefetchOneWalksStrictlySequentially() {
    FakeServer server = new FakeServer(50, Meta.PAGE_COUNT).latency(page -> Duration.ofSeconds(1));
    StepVerifier.withVirtualTime(() -> PagedFlux.create(server, 10).prefetch(1))
        .thenAwait(Duration.ofSeconds(5))
        .expectNextCount(50)
        .verifyComplete();
    StepVerifier.withVirtualTime(() -> PagedFlux.create(server, 10).prefetch(1))
        .thenAwait(Duration.ofMillis(4500))
        .expectNextCount(40)
        .thenCancel()
        .verify();
  }

  @Test
  void byPageStartsWhereAskedWithTheGivenSize() {
    FakeServer server = new FakeServer(25, Meta.NONE);
    assertThat(PagedFlux.create(server, 10).byPage(2, 5).map(Page::items).collectList().block())
        .containsExactly(List.of(5, 6, 7, 8, 9), List.of(10, 11, 12, 13, 14), List.of(15, 16, 17, 18, 19),
            List.of(20, 21, 22, 23, 24));
    StepVerifier.create(PagedFlux.create(server, 10).byPage(0)).expectError(IllegalArgumentException.class)
        .verify();
  }

  @Test
  void mapItemsTransformsWithoutChangingPaging() {
    FakeServer server = new FakeServer(15, Meta.NONE);
    assertThat(PagedFlux.create(server, 10).mapItems(i -> "#" + i).take(12).collectList().block())
        .hasSize(12).startsWith("#0", "#1");
    assertThat(server.requestedPages).containsExactly(1, 2);
  }

  @Test
  void measuresThroughputOfPrefetchWindows() {
    for (int window : new int[] {1, 2, 4, 8}) {
      FakeServer server = new FakeServer(500, Meta.PAGE_COUNT).latency(page -> Duration.ofMillis(20));
      long start = System.nanoTime();
      assertThat(PagedFlux.create(server, 10).prefetch(window).count().block()).isEqualTo(500);
      System.out.printf("prefetch %d: %d ms%n", window, (System.nanoTime() - start) / 1_000_000);
    }
  }
}
