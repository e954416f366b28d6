package io.nexla.reactive.core.paging;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexla.reactive.core.NexlaClientOptions;
import io.nexla.reactive.core.http.NexlaRequest;
import io.nexla.reactive.core.http.WebClientTransport;
import io.nexla.reactive.core.testing.RecordingTransport;
import io.nexla.reactive.testkit.NexlaEmulator;
import io.nexla.reactive.testkit.RecordedRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/**
 * How many pages a subscriber's demand costs on a bare-array list, counted in the emulator's request journal over
 * loopback HTTP; the transport additionally counts the page requests in flight at once.
 */
class PagedFluxDemandTest {

  private static final int PER_PAGE = 10;
  private static final int SOURCES = 200;
  private static final Duration WAIT = Duration.ofSeconds(30);
  /** Time for a request that should not have been sent to reach the emulator anyway. */
  private static final Duration QUIET = Duration.ofMillis(300);

  private final NexlaEmulator emulator = NexlaEmulator.builder().pageLatency(Duration.ofMillis(20)).start();
  private final RecordingTransport transport = RecordingTransport.forwardingTo(WebClientTransport.create(
      NexlaClientOptions.builder().baseUrl(emulator.baseUrl()).serviceKey(emulator.serviceKey()).build()));

  PagedFluxDemandTest() {
    for (int i = 0; i < SOURCES; i++) {
      emulator.store().create("data_sources", Map.of("name", "s" + i));
    }
  }

  @AfterEach
  void stop() {
    transport.close();
    emulator.close();
  }

  private PagedFlux<Long> sources() {
    return PagedFlux.fromRequest(transport, NexlaRequest.get("/data_sources").operation("sources.list").build(),
        PER_PAGE, json -> json.get("id").asLong());
  }

  /** Page numbers the emulator answered for the list, in the order it answered them. */
  private List<Integer> pagesServed() {
    return emulator.journal().stream().filter(r -> "/data_sources".equals(r.route()))
        .map(RecordedRequest::query).map(q -> Integer.parseInt(q.get("page").get(0))).toList();
  }

  @Test
  void oneItemCostsOnePage() {
    StepVerifier.create(sources(), 1).expectNextCount(1).expectNoEvent(QUIET).thenCancel().verify(WAIT);
    assertThat(pagesServed()).containsExactly(1);
  }

  @Test
  void aPageOfItemsCostsOnePage() {
    StepVerifier.create(sources(), PER_PAGE).expectNextCount(PER_PAGE).expectNoEvent(QUIET).thenCancel()
        .verify(WAIT);
    assertThat(pagesServed()).containsExactly(1);
  }

  @Test
  void oneItemMoreThanAPageCostsTwoPages() {
    StepVerifier.create(sources(), PER_PAGE + 1).expectNextCount(PER_PAGE + 1).expectNoEvent(QUIET).thenCancel()
        .verify(WAIT);
    assertThat(pagesServed()).containsExactlyInAnyOrder(1, 2);
  }

  @Test
  void unboundedDemandKeepsTheDefaultWindowBusyAndWastesLessThanAWindowPastTheEnd() {
    StepVerifier.create(sources()).expectNextSequence(ids(1, SOURCES)).verifyComplete();
    int lastPage = SOURCES / PER_PAGE + 1;   // the empty page that ends a bare list
    assertThat(transport.maxInFlight()).isEqualTo(PagingOptions.DEFAULT_PREFETCH_PAGES);
    assertThat(pagesServed()).doesNotHaveDuplicates().containsAll(IntStream.rangeClosed(1, lastPage).boxed()
        .toList());
    assertThat(transport.requests().size()).isLessThanOrEqualTo(lastPage + PagingOptions.DEFAULT_PREFETCH_PAGES - 1);
  }

  @Test
  void demandForKItemsCostsAtMostTheirPagesPlusOne() {
    for (int k : new int[] {5, 25, 40, 73}) {
      emulator.clearJournal();
      StepVerifier.create(sources(), k).expectNextSequence(ids(1, k)).expectNoEvent(QUIET).thenCancel()
          .verify(WAIT);
      int needed = (k + PER_PAGE - 1) / PER_PAGE;
      assertThat(pagesServed()).as("%d items", k).hasSizeBetween(needed, needed + 1);
    }
  }

  @Test
  void cancellingMidWalkCancelsThePagesInFlightAndSendsNoMore() {
    StepVerifier.create(sources()).expectNextCount(35).thenCancel().verify(WAIT);
    StepVerifier.create(Mono.delay(QUIET)).expectNextCount(1).verifyComplete();
    int startedAtCancel = transport.requests().size();
    assertThat(transport.inFlight()).isZero();
    assertThat(startedAtCancel).isLessThanOrEqualTo(4 + PagingOptions.DEFAULT_PREFETCH_PAGES);
    StepVerifier.create(Mono.delay(QUIET)).expectNextCount(1).verifyComplete();
    assertThat(transport.requests().size()).isEqualTo(startedAtCancel);
  }

  @Test
  void aSlowConsumerGetsOnePageRequestPerPageItConsumes() {
    StepVerifier.Step<Long> step = StepVerifier.create(sources(), 0).expectSubscription();
    for (int page = 1; page <= 5; page++) {
      step = step.thenRequest(PER_PAGE).expectNextCount(PER_PAGE).expectNoEvent(QUIET);
    }
    step.thenCancel().verify(WAIT);
    assertThat(pagesServed()).containsExactly(1, 2, 3, 4, 5);
    assertThat(transport.maxInFlight()).isEqualTo(1);
  }

  @Test
  void prefetchOneWalksOnePageAtATimeEvenWhenEverythingIsDemanded() {
    StepVerifier.create(sources().prefetch(1)).expectNextCount(SOURCES).verifyComplete();
    assertThat(pagesServed()).containsExactly(IntStream.rangeClosed(1, SOURCES / PER_PAGE + 1).boxed()
        .toArray(Integer[]::new));
    assertThat(transport.maxInFlight()).isEqualTo(1);
  }

  /** The ids of the {@code from}-th to {@code to}-th source (1-based), in list order. */
  private List<Long> ids(int from, int to) {
    return emulator.store().list("data_sources").stream().map(n -> n.get("id").asLong()).sorted()
        .toList().subList(from - 1, to);
  }
}
