package io.nexla.reactive.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.core.error.NotFoundException;
import io.nexla.reactive.core.http.Response;
import io.nexla.reactive.core.paging.Page;
import io.nexla.reactive.runtimes.Runtime;
import io.nexla.reactive.sources.Source;
import io.nexla.reactive.testkit.Fault;
import io.nexla.reactive.testkit.NexlaEmulator;
import io.nexla.reactive.testkit.RecordedRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

/**
 * Raw responses of streaming calls over real loopback HTTP: each page (and each item of a page) carries the
 * response of its own request, told apart by the request id the emulator's journal recorded with the page number.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResponsesOnTheEmulatorTest {

  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final int PER_PAGE = 5;
  private static final int PAGES = 12;
  private static final ListOptions FIVE_PER_PAGE = ListOptions.DEFAULTS.withPageSize(PER_PAGE);

  private NexlaEmulator emulator;
  private NexlaClient client;
  private List<Long> ids;
  private List<Long> runtimeIds;

  @BeforeAll
  void start() {
    emulator = NexlaEmulator.start();
    ids = LongStream.range(0, PER_PAGE * PAGES).mapToObj(i -> emulator.store()
        .create("data_sources", Map.of("name", "paged-" + i, "source_type", "s3")).get("id").asLong()).toList();
    runtimeIds = LongStream.range(0, 3).mapToObj(i -> emulator.store()
        .create("runtimes", Map.of("name", "runtime-" + i)).get("id").asLong()).toList();
    client = NexlaClient.builder().baseUrl(emulator.baseUrl()).serviceKey(emulator.serviceKey()).build();
  }

  @AfterAll
  void stop() {
    client.close();
    emulator.close();
  }

  @BeforeEach
  void bareArraysNoFaultsAndAFreshJournal() {
    emulator.envelopePagination(false);
    emulator.faults().clear();
    emulator.clearJournal();
  }

  /**
   * Pages with a page count, walked six ahead, the second page request to arrive answered late so that the pages
   * requested after it overtake it. The count keeps the walk from requesting pages past the end, which would be
   * cancelled in flight and could reach the emulator during a later test.
   */
  private void pagesInFlightWithOneSlowPage() {
    emulator.envelopePagination(true);
    emulator.faults().on("GET", "/data_sources").sequence(Fault.pass(), Fault.latency(Duration.ofMillis(300)));
  }

  /** The page number the emulator saw with this request id. */
  private int pageRequestedWith(String requestId) {
    List<RecordedRequest> sent = emulator.journal().stream()
        .filter(r -> requestId.equals(r.header("X-Request-Id"))).toList();
    assertThat(sent).hasSize(1);
    return Integer.parseInt(sent.get(0).query().get("page").get(0));
  }

  /**
   * Page requests of {@code perPage} items: a walk of another test that ended with requests in flight past the end
   * cancelled them, and they may still reach the journal after it was cleared.
   */
  private long pageRequestsOf(int perPage) {
    return emulator.journal().stream().filter(r -> "/data_sources".equals(r.route()))
        .filter(r -> List.of(String.valueOf(perPage)).equals(r.query().get("per_page"))).count();
  }

  @Test
  void pagesInFlightTogetherEachCarryTheResponseOfTheirOwnRequest() {
    pagesInFlightWithOneSlowPage();
    List<Response<Page<Source>>> pages = new ArrayList<>();

    StepVerifier.create(client.sources().withPageResponses(c -> c.list(FIVE_PER_PAGE)))
        .recordWith(() -> pages)
        .thenConsumeWhile(page -> true)
        .verifyComplete();

    assertThat(pages).extracting(r -> r.value().page())
        .containsExactlyElementsOf(IntStream.rangeClosed(1, PAGES).boxed().toList());
    assertThat(pages).extracting(Response::requestId).doesNotHaveDuplicates();
    assertThat(pages).allSatisfy(r -> {
      assertThat(r.status()).isEqualTo(200);
      assertThat(r.attempts()).isEqualTo(1);
      assertThat(pageRequestedWith(r.requestId())).isEqualTo(r.value().page());
      int first = (r.value().page() - 1) * PER_PAGE;
      assertThat(r.value().items()).extracting(Source::id).containsExactlyElementsOf(ids.subList(first,
          first + PER_PAGE));
    });
  }

  @Test
  void itemsOfAPagedListCarryTheResponseOfTheirPage() {
    pagesInFlightWithOneSlowPage();
    List<Response<Source>> items = new ArrayList<>();

    StepVerifier.create(client.sources().withResponses(c -> c.list(FIVE_PER_PAGE)))
        .recordWith(() -> items)
        .thenConsumeWhile(item -> true)
        .verifyComplete();

    assertThat(items).extracting(r -> r.value().id()).containsExactlyElementsOf(ids);
    for (int i = 0; i < items.size(); i++) {
      assertThat(pageRequestedWith(items.get(i).requestId())).as("page of item %d", i).isEqualTo(i / PER_PAGE + 1);
    }
  }

  @Test
  void everyItemOfAListThatCannotPageCarriesItsOneResponse() {
    List<Response<Runtime>> runtimes = new ArrayList<>();

    StepVerifier.create(client.runtimes().withResponses(c -> c.list()))
        .recordWith(() -> runtimes)
        .thenConsumeWhile(runtime -> true)
        .verifyComplete();

    assertThat(runtimes).extracting(r -> r.value().id()).containsExactlyElementsOf(runtimeIds);
    assertThat(runtimes).extracting(Response::requestId).containsOnly(runtimes.get(0).requestId());
    assertThat(runtimes).allSatisfy(r -> assertThat(r.status()).isEqualTo(200));
    assertThat(emulator.journal()).filteredOn(sent -> "/runtimes".equals(sent.route())).singleElement()
        .satisfies(r -> assertThat(r.header("X-Request-Id")).isEqualTo(runtimes.get(0).requestId()));
  }

  @Test
  void aCallSendingRequestsOneAfterAnotherPairsEachItemWithItsOwnRequest() {
    List<Response<Source>> sources = new ArrayList<>();

    StepVerifier.create(client.sources().withResponses(c -> Flux.concat(c.get(ids.get(3)), c.get(ids.get(7)))))
        .recordWith(() -> sources)
        .thenConsumeWhile(source -> true)
        .verifyComplete();

    assertThat(sources).extracting(r -> r.value().id()).containsExactly(ids.get(3), ids.get(7));
    assertThat(sources).allSatisfy(r -> assertThat(emulator.journal()).filteredOn(
            sent -> r.requestId().equals(sent.header("X-Request-Id")))
        .singleElement().satisfies(sent -> assertThat(sent.path()).isEqualTo("/data_sources/" + r.value().id())));
  }

  @Test
  void aFailedPageFailsThePagesAfterTheOnesEmittedAsTheListDoes() {
    emulator.faults().on("GET", "/data_sources").sequence(Fault.pass(), Fault.status(404));

    StepVerifier.create(client.sources().withPageResponses(c -> c.list(FIVE_PER_PAGE).prefetch(1)))
        .assertNext(r -> assertThat(r.value().page()).isEqualTo(1))
        .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(NotFoundException.class)
            .hasMessageContaining("GET /data_sources"))
        .verify(WAIT);

    emulator.faults().clear();
    emulator.faults().on("GET", "/data_sources").sequence(Fault.pass(), Fault.status(404));
    StepVerifier.create(client.sources().list(FIVE_PER_PAGE).prefetch(1))
        .expectNextCount(PER_PAGE)
        .expectError(NotFoundException.class)
        .verify(WAIT);
  }

  @Test
  void aFailedFluxCallSignalsItsErrorUnchanged() {
    emulator.faults().on("GET", "/runtimes").respond(Fault.status(404), 1);

    StepVerifier.create(client.runtimes().withResponses(c -> c.list()))
        .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(NotFoundException.class)
            .hasMessageContaining("GET /runtimes"))
        .verify(WAIT);
  }

  @Test
  void cancellingAfterTheFirstPageSendsNoOtherPageRequest() {
    ListOptions sevenPerPage = ListOptions.DEFAULTS.withPageSize(7);
    StepVerifier.create(client.sources().withPageResponses(c -> c.list(sevenPerPage)), 1)
        .assertNext(r -> assertThat(pageRequestedWith(r.requestId())).isEqualTo(1))
        .thenCancel()
        .verify(WAIT);
    StepVerifier.create(client.sources().withResponses(c -> c.list(sevenPerPage)), 1)
        .assertNext(r -> assertThat(r.value().id()).isEqualTo(ids.get(0)))
        .thenCancel()
        .verify(WAIT);

    assertThat(pageRequestsOf(7)).isEqualTo(2);
  }

  @Test
  void eachSubscriptionSendsItsOwnRequests() {
    Flux<Response<Page<Source>>> pages = client.sources()
        .withPageResponses(c -> c.list(ListOptions.DEFAULTS.withPageSize(6)).prefetch(1)).take(2);
    assertThat(pageRequestsOf(6)).isZero();

    Collection<String> first = pages.map(Response::requestId).collectList().block(WAIT);
    Collection<String> second = pages.map(Response::requestId).collectList().block(WAIT);

    assertThat(first).hasSize(2).doesNotContainAnyElementsOf(second);
    assertThat(pageRequestsOf(6)).isEqualTo(4);
  }
}
