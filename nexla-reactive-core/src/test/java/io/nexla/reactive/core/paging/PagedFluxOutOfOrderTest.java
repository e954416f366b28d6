package io.nexla.reactive.core.paging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;

/**
 * Answers that arrive out of order: a page that came back early keeps its place in the window until the pages
 * before it were passed on, so a slow page never lets the walk request more than a window ahead.
 */
class PagedFluxOutOfOrderTest {

  private static final int SIZE = 2;
  private static final int WINDOW = 4;
  private static final int LAST_FULL_PAGE = 20;

  private final Queue<Integer> requested = new ConcurrentLinkedQueue<>();
  private final Sinks.One<Page<Integer>> slowPageTwo = Sinks.one();

  /** Bare-array pages 1..20 full, then empty; page 2 answers only when the test says so, the others at once. */
  private PagedFlux<Integer> list() {
    return PagedFlux.<Integer>create((page, size) -> {
      requested.add(page);
      Page<Integer> answer = new Page<>(page <= LAST_FULL_PAGE
          ? List.of(page * 10, page * 10 + 1) : List.of(), page, size, null, null);
      return page == 2 ? slowPageTwo.asMono() : Mono.just(answer);
    }, SIZE).prefetch(WINDOW);
  }

  @Test
  void pagesAnsweredAheadOfASlowPageDoNotWidenTheWindow() {
    StepVerifier.create(list().byPage())
        .expectNextMatches(p -> p.page() == 1)
        .then(() -> assertThat(requested).containsExactly(1, 2, 3, 4, 5))
        .then(() -> slowPageTwo.tryEmitValue(new Page<>(List.of(20, 21), 2, SIZE, null, null)))
        .expectNextCount(LAST_FULL_PAGE - 1)
        .expectComplete()
        .verify(Duration.ofSeconds(10));
    // Past the end of a bare-array list: the empty page 21 and at most WINDOW - 1 more.
    assertThat(requested).hasSizeLessThanOrEqualTo(LAST_FULL_PAGE + 1 + WINDOW - 1)
        .containsSubsequence(IntStream.rangeClosed(1, LAST_FULL_PAGE + 1).boxed().toList());
  }

  @Test
  void everyItemStillArrivesInOrder() {
    StepVerifier.create(list())
        .then(() -> slowPageTwo.tryEmitValue(new Page<>(List.of(20, 21), 2, SIZE, null, null)))
        .expectNextSequence(IntStream.rangeClosed(1, LAST_FULL_PAGE).boxed()
            .flatMap(p -> List.of(p * 10, p * 10 + 1).stream()).toList())
        .expectComplete()
        .verify(Duration.ofSeconds(10));
  }
}
