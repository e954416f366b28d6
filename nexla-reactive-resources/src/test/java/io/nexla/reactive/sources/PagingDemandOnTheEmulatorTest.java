package io.nexla.reactive.sources;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.common.ListOptions;
import io.nexla.reactive.core.paging.PagingOptions;
import io.nexla.reactive.testkit.NexlaEmulator;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import reactor.test.StepVerifier;

/** Page requests follow item demand, counted in the emulator's journal over real HTTP. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagingDemandOnTheEmulatorTest {

  private static final int ITEMS = 500;
  private static final int PER_PAGE = 10;
  private static final ListOptions TEN_PER_PAGE = ListOptions.DEFAULTS.withPageSize(PER_PAGE);

  private NexlaEmulator emulator;
  private NexlaClient client;
  private List<Long> ids;

  @BeforeAll
  void start() {
    emulator = NexlaEmulator.start();
    ids = LongStream.range(0, ITEMS).mapToObj(i -> emulator.store()
        .create("data_sources", Map.of("name", "paged-" + i, "source_type", "s3")).get("id").asLong()).toList();
    client = NexlaClient.builder().baseUrl(emulator.baseUrl()).serviceKey(emulator.serviceKey()).build();
  }

  @AfterAll
  void stop() {
    client.close();
    emulator.close();
  }

  @BeforeEach
  void bareArraysAndAFreshJournal() {
    emulator.envelopePagination(false);
    emulator.clearJournal();
  }

  private long pageRequests() {
    return emulator.count("GET", "/data_sources");
  }

  /** The distinct page numbers requested since the journal was cleared. */
  private Set<String> pagesRequested() {
    return emulator.journal().stream().filter(r -> "/data_sources".equals(r.route()))
        .map(r -> r.query().get("page").get(0)).collect(Collectors.toSet());
  }

  @Test
  void theFirstItemOfAFiftyPageListCostsOnePageRequest() {
    StepVerifier.create(client.sources().list(TEN_PER_PAGE), 1)
        .assertNext(s -> assertThat(s.id()).isEqualTo(ids.get(0)))
        .thenCancel()
        .verify(Duration.ofSeconds(20));
    assertThat(pageRequests()).isEqualTo(1);
  }

  @Test
  void takeFiveThenCancelSendsNoFurtherPageRequest() {
    List<Source> five = client.sources().list(TEN_PER_PAGE).take(5).collectList().block(Duration.ofSeconds(20));
    assertThat(five).extracting(Source::id).containsExactlyElementsOf(ids.subList(0, 5));
    assertThat(pageRequests()).isEqualTo(1);
  }

  @Test
  void twoSubscriptionsAreTwoIndependentCompleteWalks() {
    var list = client.sources().list(TEN_PER_PAGE);
    List<Source> first = list.collectList().block(Duration.ofSeconds(30));
    int oneWalk = pagesRequested().size();
    List<Source> second = list.collectList().block(Duration.ofSeconds(30));

    assertThat(first).extracting(Source::id).containsExactlyElementsOf(ids);
    assertThat(second).extracting(Source::id).containsExactlyElementsOf(ids);
    // 50 full pages, then the empty page that shows the end of a bare-array list; collectList() demands more items
    // than exist, so up to a window's worth less one may have been requested past the end.
    int walk = ITEMS / PER_PAGE + 1;
    int mostWasted = PagingOptions.DEFAULT_PREFETCH_PAGES - 1;
    // Pages are counted by number: a GET that the connection pool resent on a connection closed under it is the
    // same page, not a page requested ahead. A cancelled request past the end may reach the journal after its walk
    // completed, so the first walk's bound is checked again once both walks are done.
    assertThat(oneWalk).isBetween(walk, walk + mostWasted);
    assertThat(pagesRequested()).hasSizeBetween(walk, walk + mostWasted);
    assertThat(pageRequests()).isGreaterThanOrEqualTo(2L * walk);
  }

  @Test
  void envelopePagesStreamEveryItemWithoutAnExtraRequest() {
    emulator.envelopePagination(true);
    List<Source> all = client.sources().list(TEN_PER_PAGE).collectList().block(Duration.ofSeconds(30));
    assertThat(all).extracting(Source::id).containsExactlyElementsOf(ids);
    assertThat(pageRequests()).isEqualTo(ITEMS / PER_PAGE);
  }
}
