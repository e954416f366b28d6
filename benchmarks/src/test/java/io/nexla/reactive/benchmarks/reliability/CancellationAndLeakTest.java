package io.nexla.reactive.benchmarks.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.asynctasks.AsyncTask;
import io.nexla.reactive.asynctasks.AsyncTaskCreate;
import io.nexla.reactive.common.ListOptions;
import io.nexla.reactive.core.polling.PollOptions;
import io.nexla.reactive.core.retry.RetryOptions;
import io.nexla.reactive.testkit.Fault;
import io.nexla.reactive.testkit.NexlaEmulator;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.core.io.buffer.DataBufferUtils;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;

/**
 * Cancelling mid-page, mid-poll, mid-download and mid-retry-wait stops the work — the emulator's journal shows
 * no further requests — and gives the connection back (no client connection to the emulator stays open once
 * the pool's idle eviction has run). A short soak ends with no connection and no heap growth.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CancellationAndLeakTest {

  NexlaEmulator emulator;
  NexlaClient client;
  final java.util.List<Long> seeded = new java.util.ArrayList<>();

  @BeforeAll
  void start() {
    emulator = NexlaEmulator.builder().taskDuration(Duration.ofSeconds(60)).artifactSize(64L * 1024 * 1024)
        .start();
    for (int i = 0; i < 60; i++) {
      seeded.add(emulator.store().create("data_sources", Map.of("name", "cancel " + i)).get("id").asLong());
    }
    client = NexlaClient.builder().baseUrl(emulator.baseUrl()).serviceKey(emulator.serviceKey())
        .maxIdleTime(Duration.ofMillis(300))
        .retry(RetryOptions.builder().baseDelay(Duration.ofMillis(800)).maxDelay(Duration.ofSeconds(2)).jitter(0)
            .build())
        .polling(PollOptions.builder().interval(Duration.ofMillis(50)).maxInterval(Duration.ofMillis(50)).build())
        .build();
    client.sources().list().take(1).blockLast(Duration.ofSeconds(30)); // token and warm-up
  }

  @AfterAll
  void stop() {
    client.close();
    emulator.close();
  }

  @BeforeEach
  void clean() {
    emulator.faults().clear();
    emulator.pageLatency(Duration.ZERO);
    assertIdle();
    emulator.clearJournal();
  }

  private void assertIdle() {
    if (ClientConnections.supported()) {
      assertThat(ClientConnections.awaitIdle(emulator.port(), Duration.ofSeconds(5)))
          .as("client connections to the emulator still open").isZero();
    }
  }

  /** Waits until the journal count stops changing for {@code quiet}, and returns it. */
  private long settled(String method, String route, Duration quiet) {
    long before;
    long after = emulator.count(method, route);
    do {
      before = after;
      LockSupport.parkNanos(quiet.toNanos());
      after = emulator.count(method, route);
    } while (after != before);
    return after;
  }

  private static void awaitTrue(java.util.function.BooleanSupplier condition) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("condition within 10 s").isLessThan(deadline);
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
    }
  }

  @Test
  void cancellingMidPageStopsPaging() {
    emulator.pageLatency(Duration.ofMillis(400));
    AtomicLong items = new AtomicLong();
    Disposable subscription = client.sources().list(ListOptions.DEFAULTS.withPageSize(5))
        .doOnNext(s -> items.incrementAndGet()).subscribe();
    awaitTrue(() -> items.get() >= 5); // first page arrived, second page in flight
    subscription.dispose();

    long pages = settled("GET", "/data_sources", Duration.ofMillis(600));
    assertThat(pages).as("page requests after cancelling during page 2").isLessThanOrEqualTo(2);
    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(500));
    assertThat(emulator.count("GET", "/data_sources")).isEqualTo(pages);
    assertIdle();
  }

  @Test
  void cancellingMidPollStopsPolling() {
    AsyncTask task = client.asyncTasks().beginCreate(AsyncTaskCreate.builder("EXPORT_DATA").build()).activation()
        .block(Duration.ofSeconds(10));
    Disposable subscription = client.asyncTasks().beginPolling(task.id()).result().subscribe(v -> { }, e -> { });
    awaitTrue(() -> emulator.count("GET", "/async_tasks/{id}") >= 3);
    subscription.dispose();

    long polls = settled("GET", "/async_tasks/{id}", Duration.ofMillis(300));
    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(500)); // ten poll intervals
    assertThat(emulator.count("GET", "/async_tasks/{id}")).as("polls after cancelling").isEqualTo(polls);
    assertIdle();
  }

  @Test
  void cancellingMidDownloadClosesTheTransfer() {
    try (NexlaEmulator exports = NexlaEmulator.builder().taskDuration(Duration.ofMillis(20))
        .artifactSize(64L * 1024 * 1024).start();
        NexlaClient exporter = NexlaClient.builder().baseUrl(exports.baseUrl()).serviceKey(exports.serviceKey())
            .maxIdleTime(Duration.ofMillis(300))
            .polling(PollOptions.builder().interval(Duration.ofMillis(20)).build()).build()) {
      AsyncTask done = exporter.asyncTasks().beginCreate(AsyncTaskCreate.builder("EXPORT_DATA").build()).result()
          .block(Duration.ofSeconds(10));
      AtomicLong bytes = new AtomicLong();
      CountDownLatch ended = new CountDownLatch(1);
      java.util.concurrent.atomic.AtomicReference<Throwable> failure = new java.util.concurrent.atomic.AtomicReference<>();
      exporter.asyncTasks().download(done.id())
          .doOnNext(buffer -> {
            bytes.addAndGet(buffer.readableByteCount());
            DataBufferUtils.release(buffer);
          })
          .takeUntil(buffer -> bytes.get() >= 256 * 1024) // cancels the transfer upstream
          .doFinally(signal -> ended.countDown())
          .subscribe(b -> { }, failure::set);
      awaitTrue(() -> ended.getCount() == 0);

      assertThat(failure.get()).isNull();
      assertThat(bytes.get()).isBetween(256L * 1024, 64L * 1024 * 1024 - 1);
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(300));
      assertThat(exports.journal().stream().filter(r -> r.path().contains("/downloads/")).count()).isEqualTo(1);
      if (ClientConnections.supported()) { // the half-read response's connection was closed, not pooled
        assertThat(ClientConnections.awaitIdle(exports.port(), Duration.ofSeconds(5))).isZero();
      }
    }
  }

  @Test
  void cancellingDuringARetryWaitSendsNothingMore() {
    long id = emulator.store().create("data_sources", Map.of("name", "retry wait")).get("id").asLong();
    emulator.faults().on("GET", "/data_sources/{id}").respond(Fault.status(503));
    Disposable subscription = client.sources().get(id).subscribe(v -> { }, e -> { });
    awaitTrue(() -> emulator.count("GET", "/data_sources/{id}") >= 1);
    subscription.dispose(); // inside the 800 ms backoff

    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1500));
    assertThat(emulator.count("GET", "/data_sources/{id}")).as("requests after cancelling the wait").isEqualTo(1);
    assertIdle();
  }

  @Test
  void shortSoakEndsWithoutConnectionOrHeapGrowth() {
    Runnable batch = () -> Flux.range(0, 400)
        .flatMap(i -> i % 10 == 0
            ? client.sources().list(ListOptions.DEFAULTS.withPageSize(20)).take(20).then()
            : client.sources().get(seeded.get(i % seeded.size())).then(), 32)
        .blockLast(Duration.ofSeconds(60));
    batch.run(); // warm-up: classes, pool, JIT
    long heapBefore = usedHeapAfterGc();
    batch.run();
    batch.run();
    long heapAfter = usedHeapAfterGc();

    assertThat(heapAfter - heapBefore).as("heap growth over 800 operations").isLessThan(32L * 1024 * 1024);
    assertIdle();
  }

  private static long usedHeapAfterGc() {
    var memory = ManagementFactory.getMemoryMXBean();
    for (int i = 0; i < 3; i++) {
      memory.gc();
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}
