package io.nexla.reactive.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.core.error.ErrorContext;
import io.nexla.reactive.core.error.NexlaTransportException;
import io.nexla.reactive.core.error.ServerException;
import io.nexla.reactive.core.http.NexlaRequest;
import io.nexla.reactive.core.http.NexlaResponse;
import io.nexla.reactive.core.testing.RecordingTransport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import reactor.test.scheduler.VirtualTimeScheduler;

class WebhookPushTest {

  private static final String URL = "https://hooks.example.com/webhook/tok";

  private final VirtualTimeScheduler time = VirtualTimeScheduler.create();

  private WebhooksClient client(Function<NexlaRequest, Mono<NexlaResponse>> script) {
    return NexlaClient.of(RecordingTransport.on(time).respond(script)).webhooks("key");
  }

  /** Answers {@code processed} = number of records in the batch. */
  private static Mono<NexlaResponse> acceptAll(NexlaRequest r) {
    return RecordingTransport.ok(Map.of("dataset_id", 5, "processed", ((List<?>) r.body()).size()));
  }

  @Test
  void batchesAreBoundedBySizeAndTheLastPartialBatchIsSentOnCompletion() {
    WebhooksClient client = client(WebhookPushTest::acceptAll);
    StepVerifier.withVirtualTime(() -> client.push(URL, Flux.range(0, 5), WebhookBatching.of(2, Duration.ofSeconds(10), 1)),
            () -> time, Long.MAX_VALUE)
        .assertNext(b -> assertBatch(b, 0, List.of(0, 1)))
        .assertNext(b -> assertBatch(b, 1, List.of(2, 3)))
        .assertNext(b -> assertBatch(b, 2, List.of(4)))
        .verifyComplete();
  }

  @Test
  void aBatchIsSentWhenMaxWaitHasPassedSinceItsFirstRecord() {
    List<Duration> sentAt = new ArrayList<>();
    WebhooksClient client = client(r -> {
      sentAt.add(Duration.ofMillis(time.now(java.util.concurrent.TimeUnit.MILLISECONDS)));
      return acceptAll(r);
    });
    // records at t = 1s, 2s, 3s, 4s, 5s; a batch closes 2.5 s after its first record
    Flux<Long> records = Flux.interval(Duration.ofSeconds(1), time).take(5);
    StepVerifier.withVirtualTime(() -> client.push(URL, records, WebhookBatching.of(100, Duration.ofMillis(2500), 1)),
            () -> time, Long.MAX_VALUE)
        .expectSubscription()
        .expectNoEvent(Duration.ofMillis(3499))
        .thenAwait(Duration.ofMillis(1))
        .assertNext(b -> assertBatch(b, 0, List.of(0L, 1L, 2L)))
        .thenAwait(Duration.ofSeconds(2))
        .assertNext(b -> assertBatch(b, 1, List.of(3L, 4L)))
        .verifyComplete();
    assertThat(sentAt).containsExactly(Duration.ofMillis(3500), Duration.ofSeconds(5));
  }

  @Test
  void atMostConcurrencyBatchesAreInFlightAndResultsKeepBatchOrder() {
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger maxInFlight = new AtomicInteger();
    AtomicInteger calls = new AtomicInteger();
    WebhooksClient client = client(r -> {
      // the first batch is the slowest, so later batches finish first
      Duration latency = Duration.ofSeconds(calls.getAndIncrement() == 0 ? 5 : 1);
      return Mono.defer(() -> {
            maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            return Mono.delay(latency, time);
          })
          // the server has answered: the request is no longer in flight
          .doOnNext(answered -> inFlight.decrementAndGet())
          .then(acceptAll(r));
    });
    StepVerifier.withVirtualTime(() -> client.push(URL, Flux.range(0, 6), WebhookBatching.of(1, Duration.ofSeconds(1), 2)),
            () -> time, Long.MAX_VALUE)
        .thenAwait(Duration.ofSeconds(30))
        .expectNextMatches(b -> b.index() == 0)
        .expectNextMatches(b -> b.index() == 1)
        .expectNextMatches(b -> b.index() == 2)
        .expectNextMatches(b -> b.index() == 3)
        .expectNextMatches(b -> b.index() == 4)
        .expectNextMatches(b -> b.index() == 5)
        .verifyComplete();
    assertThat(maxInFlight).hasValue(2);
    assertThat(calls).hasValue(6);
  }

  @Test
  void aSlowWebhookHoldsBackTheSource() {
    AtomicLong requested = new AtomicLong();
    AtomicInteger sends = new AtomicInteger();
    WebhooksClient client = client(r -> {
      sends.incrementAndGet();
      return Mono.never();
    });
    Flux<Integer> source = Flux.range(0, 100_000).doOnRequest(n -> requested.accumulateAndGet(n,
        (a, b) -> a + b < 0 ? Long.MAX_VALUE : a + b));
    StepVerifier.withVirtualTime(() -> client.push(URL, source, WebhookBatching.of(10, Duration.ofSeconds(1), 2)),
            () -> time, Long.MAX_VALUE)
        .thenAwait(Duration.ofMinutes(5))
        .expectNoEvent(Duration.ofMinutes(1))
        .thenCancel()
        .verify();
    assertThat(sends).hasValue(2);
    assertThat(requested.get()).isLessThanOrEqualTo(100);
  }

  @Test
  void aFailedBatchIsReportedWithItsRecordsAndNeverResent() {
    AtomicInteger calls = new AtomicInteger();
    List<Object> bodies = new ArrayList<>();
    WebhooksClient client = client(r -> {
      bodies.add(r.body());
      return switch (calls.getAndIncrement()) {
        case 1 -> Mono.error(new NexlaTransportException("Connection reset after the request was written", null,
            true));
        case 2 -> Mono.error(new ServerException(new ErrorContext(500, "POST", "{webhook_url}", "webhooks.send",
            "req-3", null, null, 1), "Internal error"));
        default -> acceptAll(r);
      };
    });
    StepVerifier.withVirtualTime(() -> client.push(URL, Flux.range(0, 7), WebhookBatching.of(2, Duration.ofSeconds(1), 1)),
            () -> time, Long.MAX_VALUE)
        .assertNext(b -> assertBatch(b, 0, List.of(0, 1)))
        .assertNext(b -> {
          assertThat(b.index()).isEqualTo(1);
          assertThat(b.succeeded()).isFalse();
          assertThat(b.records()).containsExactly(2, 3);
          assertThat(b.error()).isInstanceOf(NexlaTransportException.class);
          assertThat(((NexlaTransportException) b.error()).requestMayHaveBeenProcessed()).isTrue();
          assertThat(b.processed()).isEmpty();
          assertThat(b.toString()).contains("NexlaTransportException").doesNotContain("2, 3");
        })
        .assertNext(b -> assertThat(b.error()).isInstanceOf(ServerException.class))
        .assertNext(b -> assertBatch(b, 3, List.of(6)))
        .verifyComplete();
    assertThat(bodies).containsExactly(List.of(0, 1), List.of(2, 3), List.of(4, 5), List.of(6));
  }

  @Test
  void aSourceErrorEndsTheStreamAfterTheBatchesBeforeIt() {
    WebhooksClient client = client(WebhookPushTest::acceptAll);
    Flux<Integer> source = Flux.concat(Flux.range(0, 2), Flux.error(new IllegalStateException("source broke")));
    StepVerifier.withVirtualTime(() -> client.push(URL, source, WebhookBatching.of(2, Duration.ofSeconds(1), 1)),
            () -> time, Long.MAX_VALUE)
        .assertNext(b -> assertBatch(b, 0, List.of(0, 1)))
        .verifyErrorMessage("source broke");
  }

  @Test
  void nothingIsRequestedBeforeSubscription() {
    AtomicInteger subscribed = new AtomicInteger();
    client(WebhookPushTest::acceptAll).push(URL, Flux.range(0, 3).doOnSubscribe(s -> subscribed.incrementAndGet()),
        WebhookBatching.DEFAULTS);
    assertThat(subscribed).hasValue(0);
  }

  private static void assertBatch(WebhookBatchResult b, long index, List<?> records) {
    assertThat(b.index()).isEqualTo(index);
    assertThat(b.succeeded()).as("batch %s succeeded: %s", index, b.error()).isTrue();
    assertThat(b.records()).isEqualTo(records);
    assertThat(b.processed()).contains((long) records.size());
    assertThat(b.response().datasetId()).isEqualTo(5L);
  }
}
