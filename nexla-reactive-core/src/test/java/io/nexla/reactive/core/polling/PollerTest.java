package io.nexla.reactive.core.polling;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexla.reactive.core.error.NexlaException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.test.StepVerifier;
import reactor.test.scheduler.VirtualTimeScheduler;

class PollerTest {

  record Status(String name, int progress) {}

  static final class Failed extends NexlaException {
    final Status status;

    Failed(Status status) {
      super("failed: " + status);
      this.status = status;
    }
  }

  static final PollStrategy<Status> STRATEGY = new PollStrategy<>() {
    @Override
    public PollState state(Status s) {
      return switch (s.name()) {
        case "DONE" -> PollState.SUCCEEDED;
        case "FAILED" -> PollState.FAILED;
        default -> PollState.IN_PROGRESS;
      };
    }

    @Override
    public RuntimeException failure(Status s) {
      return new Failed(s);
    }
  };

  static final PollOptions OPTIONS = PollOptions.builder().interval(Duration.ofSeconds(1))
      .maxInterval(Duration.ofSeconds(4)).backoffMultiplier(2).pollTimeout(Duration.ofSeconds(10))
      .totalTimeout(Duration.ofMinutes(5)).build();

  /** A server whose answers are scripted; records the virtual time of each poll. */
  static final class Script {
    final List<Polled<Status>> answers = new ArrayList<>();
    final List<Long> pollTimes = new ArrayList<>();
    final AtomicInteger activations = new AtomicInteger();
    @Nullable Supplier<Mono<Status>> activation;
    final Scheduler clock;

    Script(Scheduler clock) {
      this.clock = clock;
    }

    Script then(String name, int progress) {
      answers.add(Polled.of(new Status(name, progress)));
      return this;
    }

    Script thenAfter(String name, Duration retryAfter) {
      answers.add(new Polled<>(new Status(name, 0), retryAfter));
      return this;
    }

    Poller<Status> poller(PollOptions options) {
      Mono<Status> start = Mono.defer(() -> {
        activations.incrementAndGet();
        return activation != null ? activation.get() : Mono.just(new Status("QUEUED", 0));
      });
      return Poller.create(start, previous -> Mono.fromSupplier(() -> {
        pollTimes.add(clock.now(java.util.concurrent.TimeUnit.MILLISECONDS));
        int n = pollTimes.size() - 1;
        return answers.get(Math.min(n, answers.size() - 1));
      }), STRATEGY, options, clock);
    }
  }

  @Test
  void followsToCompletionReportingDistinctTransitionsAndProgress() {
    VirtualTimeScheduler vts = VirtualTimeScheduler.create();
    Script script = new Script(vts).then("QUEUED", 0).then("RUNNING", 10).then("RUNNING", 10)
        .then("RUNNING", 50).then("DONE", 100);
    StepVerifier.withVirtualTime(() -> script.poller(OPTIONS).updates(), () -> vts, Long.MAX_VALUE)
        .expectNext(new Status("QUEUED", 0))
        .thenAwait(Duration.ofMinutes(1))
        .expectNext(new Status("RUNNING", 10), new Status("RUNNING", 50), new Status("DONE", 100))
        .verifyComplete();
    // intervals 1, 2, 4, 4, 4 s: the interval grows to the cap, never overlapping
    assertThat(script.pollTimes).containsExactly(1000L, 3000L, 7000L, 11000L, 15000L);
  }

  @Test
  void activationRunsOnceAcrossSubscriptionsAndAgainAfterAFailure() {
    VirtualTimeScheduler vts = VirtualTimeScheduler.create();
    Script script = new Script(vts).then("DONE", 100);
    AtomicInteger calls = new AtomicInteger();
    script.activation = () -> calls.incrementAndGet() == 1
        ? Mono.error(new IllegalStateException("boom"))
        : Mono.just(new Status("QUEUED", 0));
    Poller<Status> poller = script.poller(OPTIONS);
    StepVerifier.create(poller.result()).expectError(IllegalStateException.class).verify();
    StepVerifier.create(poller.result())
        .then(() -> vts.advanceTimeBy(Duration.ofSeconds(2)))
        .expectNext(new Status("DONE", 100)).verifyComplete();
    StepVerifier.create(poller.updates())
        .then(() -> vts.advanceTimeBy(Duration.ofSeconds(2)))
        .expectNextCount(2).verifyComplete();
    assertThat(script.activations).hasValue(2);
  }

  @Test
  void aLongerRetryAfterLengthensTheNextDelay() {
    VirtualTimeScheduler vts = VirtualTimeScheduler.create();
    Script script = new Script(vts).thenAfter("RUNNING", Duration.ofSeconds(30)).then("DONE", 100);
    StepVerifier.withVirtualTime(() -> script.poller(OPTIONS).result(), () -> vts, Long.MAX_VALUE)
        .thenAwait(Duration.ofMinutes(1))
        .expectNext(new Status("DONE", 100))
        .verifyComplete();
    assertThat(script.pollTimes).containsExactly(1000L, 31000L);
  }

  @Test
  void aRetryAfterOfZeroNeverMakesPollingFasterThanTheSchedule() {
    VirtualTimeScheduler vts = VirtualTimeScheduler.create();
    Script script = new Script(vts).thenAfter("RUNNING", Duration.ZERO).thenAfter("RUNNING", Duration.ZERO)
        .thenAfter("RUNNING", Duration.ZERO).then("DONE", 100);
    StepVerifier.withVirtualTime(() -> script.poller(OPTIONS).result(), () -> vts, Long.MAX_VALUE)
        .thenAwait(Duration.ofMinutes(1))
        .expectNext(new Status("DONE", 100))
        .verifyComplete();
    // Retry-After: 0 on every answer, yet polls keep the schedule (1, 2, 4, 4 s), not back to back
    assertThat(script.pollTimes).containsExactly(1000L, 3000L, 7000L, 11000L);
  }

  @Test
  void aRetryAfterLongerThanMaxServerDelayWaitsOnlyThatLong() {
    VirtualTimeScheduler vts = VirtualTimeScheduler.create();
    Script script = new Script(vts).thenAfter("RUNNING", Duration.ofDays(365)).then("DONE", 100);
    PollOptions capped = OPTIONS.toBuilder().maxServerDelay(Duration.ofSeconds(20)).build();
    StepVerifier.withVirtualTime(() -> script.poller(capped).result(), () -> vts, Long.MAX_VALUE)
        .thenAwait(Duration.ofMinutes(1))
        .expectNext(new Status("DONE", 100))
        .verifyComplete();
    assertThat(script.pollTimes).containsExactly(1000L, 21000L);
  }

  @Test
  void failedStatusIsATypedErrorCarryingTheStatus() {
    VirtualTimeScheduler vts = VirtualTimeScheduler.create();
    Script script = new Script(vts).then("RUNNING", 5).then("FAILED", 5);
    StepVerifier.withVirtualTime(() -> script.poller(OPTIONS).result(), () -> vts, Long.MAX_VALUE)
        .thenAwait(Duration.ofMinutes(1))
        .expectErrorSatisfies(e -> assertThat(((Failed) e).status).isEqualTo(new Status("FAILED", 5)))
        .verify();
  }

  @Test
  void totalTimeoutCarriesTheLastStatus() {
    VirtualTimeScheduler vts = VirtualTimeScheduler.create();
    Script script = new Script(vts).then("RUNNING", 1).then("RUNNING", 2);
    PollOptions shortTotal = OPTIONS.toBuilder().totalTimeout(Duration.ofSeconds(20)).build();
    StepVerifier.withVirtualTime(() -> script.poller(shortTotal).result(), () -> vts, Long.MAX_VALUE)
        .thenAwait(Duration.ofSeconds(20))
        .expectErrorSatisfies(e -> {
          assertThat(e).isInstanceOf(PollTimeoutException.class);
          assertThat(((PollTimeoutException) e).lastStatus(Status.class)).isEqualTo(new Status("RUNNING", 2));
        })
        .verify();
    int polls = script.pollTimes.size();
    vts.advanceTimeBy(Duration.ofMinutes(5));
    assertThat(script.pollTimes).hasSize(polls);
  }

  @Test
  void aSlowPollIsAbandonedAndPolledAgainWhileAHangingServerHitsTheTotalTimeout() {
    VirtualTimeScheduler vts = VirtualTimeScheduler.create();
    AtomicInteger polls = new AtomicInteger();
    PollOptions options = OPTIONS.toBuilder().pollTimeout(Duration.ofSeconds(3)).build();
    Poller<Status> slowOnce = Poller.create(Mono.just(new Status("QUEUED", 0)),
        previous -> polls.incrementAndGet() == 1
            ? Mono.never()
            : Mono.just(Polled.of(new Status("DONE", 100))),
        STRATEGY, options, vts);
    StepVerifier.withVirtualTime(slowOnce::result, () -> vts, Long.MAX_VALUE)
        .thenAwait(Duration.ofSeconds(1 + 3 + 2))
        .expectNext(new Status("DONE", 100))
        .verifyComplete();
    assertThat(polls).hasValue(2);

    VirtualTimeScheduler vts2 = VirtualTimeScheduler.create();
    Poller<Status> hanging = Poller.create(Mono.just(new Status("QUEUED", 0)), previous -> Mono.never(),
        STRATEGY, options.toBuilder().totalTimeout(Duration.ofSeconds(30)).build(), vts2);
    StepVerifier.withVirtualTime(hanging::result, () -> vts2, Long.MAX_VALUE)
        .thenAwait(Duration.ofSeconds(30))
        .expectErrorSatisfies(e -> assertThat(((PollTimeoutException) e).lastStatus())
            .isEqualTo(new Status("QUEUED", 0)))
        .verify();
  }

  @Test
  void cancellingStopsPolling() {
    VirtualTimeScheduler vts = VirtualTimeScheduler.create();
    Script script = new Script(vts).then("RUNNING", 1).then("RUNNING", 2).then("RUNNING", 3);
    StepVerifier.withVirtualTime(() -> script.poller(OPTIONS).updates(), () -> vts, Long.MAX_VALUE)
        .expectNext(new Status("QUEUED", 0))
        .thenAwait(Duration.ofSeconds(1))
        .expectNext(new Status("RUNNING", 1))
        .thenCancel()
        .verify();
    vts.advanceTimeBy(Duration.ofMinutes(10));
    assertThat(script.pollTimes).hasSize(1);
  }

  @Test
  void unknownStatusesPassThroughAsUpdates() {
    VirtualTimeScheduler vts = VirtualTimeScheduler.create();
    Script script = new Script(vts).then("RECONCILING", 0).then("DONE", 100);
    StepVerifier.withVirtualTime(() -> script.poller(OPTIONS).updates().map(Status::name), () -> vts,
            Long.MAX_VALUE)
        .thenAwait(Duration.ofSeconds(10))
        .expectNext("QUEUED", "RECONCILING", "DONE")
        .verifyComplete();
  }

  @Test
  void pollErrorsEndTheStream() {
    VirtualTimeScheduler vts = VirtualTimeScheduler.create();
    Poller<Status> poller = Poller.create(Mono.just(new Status("QUEUED", 0)),
        previous -> Mono.error(new IllegalStateException("down")), STRATEGY, OPTIONS, vts);
    StepVerifier.withVirtualTime(poller::updates, () -> vts, Long.MAX_VALUE)
        .expectNext(new Status("QUEUED", 0))
        .thenAwait(Duration.ofSeconds(1))
        .expectError(IllegalStateException.class)
        .verify();
  }
}
