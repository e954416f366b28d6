package io.nexla.reactive.benchmarks.reliability;

import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.asynctasks.AsyncTaskCreate;
import io.nexla.reactive.core.error.NexlaException;
import io.nexla.reactive.core.retry.RetryOptions;
import io.nexla.reactive.destinations.Destination;
import io.nexla.reactive.sources.SourceCreate;
import io.nexla.reactive.sources.SourceType;
import io.nexla.reactive.sources.SourceUpdate;
import io.nexla.reactive.testkit.Fault;
import io.nexla.reactive.testkit.NexlaEmulator;
import io.nexla.reactive.webhooks.WebhookBatchResult;
import io.nexla.reactive.webhooks.WebhookBatching;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * A mixed workload (creates, updates, gets, deletes, list streams, task polls, webhook batches) run against an
 * emulator with seeded probabilistic faults, then checked against the emulator's store — not against what the
 * client believes: duplicate creates (store records per unique name), lost and duplicated stream items (against
 * the store's collection), lost and duplicated webhook records, and how every operation ended.
 */
final class ChaosWorkload {

  /** Settings of one run. */
  record Settings(int operations, int concurrency, long seed, Duration stall, Duration responseTimeout,
      Duration rateLimitWait, Duration operationBudget, int streamedRecords) {}

  /** What the run found; the counts are the JSON report's fields. */
  record Report(long ops, long duplicateCreates, long lostItems, long duplicatedItems, long failedIdempotent,
      long typedErrors, long untypedErrors, long p99Millis, long elapsedMillis, List<String> untypedSamples,
      long blockingReports) {

    String toJson() {
      return "{\"ops\":" + ops + ", \"duplicate_creates\":" + duplicateCreates + ", \"lost_items\":" + lostItems
          + ", \"duplicated_items\":" + duplicatedItems + ", \"failed_idempotent\":" + failedIdempotent
          + ", \"typed_errors\":" + typedErrors + ", \"untyped_errors\":" + untypedErrors + ", \"p99_ms\":"
          + p99Millis + "}";
    }
  }

  private enum Kind { CREATE, UPDATE, GET, DELETE, LIST, POLL, WEBHOOK }

  private final NexlaEmulator emulator;
  private final Settings settings;
  private final String runId;
  private final List<Long> latenciesNanos = Collections.synchronizedList(new ArrayList<>());
  private final AtomicLong typed = new AtomicLong();
  private final AtomicLong untyped = new AtomicLong();
  private final AtomicLong blockingReports = new AtomicLong();
  private final AtomicLong failedIdempotent = new AtomicLong();
  private final Queue untypedSamples = new Queue();
  private final Set<String> createNames = ConcurrentHashMap.newKeySet();
  private final ConcurrentLinkedQueue<Long> created = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<List<Long>> completedStreams = new ConcurrentLinkedQueue<>();
  private final Set<Object> acknowledgedWebhookRecords = ConcurrentHashMap.newKeySet();
  private final AtomicLong webhookSeq = new AtomicLong();

  /** Bounded sample of untyped failures and of losses, for the failure message. */
  private static final class Queue extends ConcurrentLinkedQueue<String> {
    private static final long serialVersionUID = 1L;
  }

  ChaosWorkload(NexlaEmulator emulator, Settings settings) {
    this.emulator = emulator;
    this.settings = settings;
    this.runId = Long.toString(settings.seed(), 36) + "-" + System.nanoTime() % 100_000;
  }

  /** The client of the run: retries fit inside the operation budget; idle connections close quickly. */
  NexlaClient client() {
    return NexlaClient.builder().baseUrl(emulator.baseUrl()).serviceKey(emulator.serviceKey())
        .responseTimeout(settings.responseTimeout())
        .maxIdleTime(Duration.ofMillis(300))
        .retry(RetryOptions.builder().maxAttempts(8).baseDelay(Duration.ofMillis(10)).maxDelay(Duration.ofMillis(200))
            .maxServerDelay(settings.rateLimitWait().plusSeconds(1)).totalBudget(settings.operationBudget()).build())
        .build();
  }

  /** The fault mix of the chaos runs, drawn from the emulator's seeded random. */
  static void injectFaults(NexlaEmulator emulator, Duration stall, Duration rateLimitWait) {
    var faults = emulator.faults();
    faults.on("*", "*").probability(0.10).respond(Fault.status(503));
    faults.on("*", "*").probability(0.05).respond(Fault.rateLimited(rateLimitWait));
    faults.on("*", "*").probability(0.02).respond(Fault.resetBeforeProcessing());
    faults.on("*", "*").probability(0.02).respond(Fault.resetAfterProcessing());
    faults.on("*", "*").probability(0.01).respond(Fault.latency(stall));
    faults.on("*", "*").probability(0.01).respond(Fault.truncatedJson());
  }

  /** Seeds the stable collection that list streams walk, the source that receives webhooks; runs; checks. */
  Report run(NexlaClient client) {
    Set<Long> streamed = new HashSet<>();
    for (int i = 0; i < settings.streamedRecords(); i++) {
      streamed.add(emulator.store().create("data_sinks", Map.of("name", "stream " + runId + " " + i))
          .get("id").asLong());
    }
    long webhookSource = emulator.store().create("data_sources", Map.of("name", "webhook target " + runId))
        .get("id").asLong();
    List<Long> seededSources = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      seededSources.add(emulator.store().create("data_sources", Map.of("name", "seed " + runId + " " + i))
          .get("id").asLong());
    }
    warmUp(client, seededSources, webhookSource);
    injectFaults(emulator, settings.stall(), settings.rateLimitWait());

    Random random = new Random(settings.seed());
    List<Kind> plan = new ArrayList<>();
    for (int i = 0; i < settings.operations(); i++) {
      double r = random.nextDouble();
      plan.add(r < 0.30 ? Kind.CREATE : r < 0.45 ? Kind.UPDATE : r < 0.65 ? Kind.GET : r < 0.75 ? Kind.DELETE
          : r < 0.85 ? Kind.LIST : r < 0.90 ? Kind.POLL : Kind.WEBHOOK);
    }
    long started = System.nanoTime();
    Flux.fromIterable(plan).index()
        .flatMap(op -> timed(op.getT2(), operation(client, op.getT2(), op.getT1(), seededSources, webhookSource)),
            settings.concurrency())
        .then()
        .block(settings.operationBudget().multipliedBy(Math.max(4, settings.operations() / settings.concurrency())));
    long elapsed = (System.nanoTime() - started) / 1_000_000;
    emulator.faults().clear();
    return check(streamed, webhookSource, elapsed);
  }

  /**
   * One operation of each kind, one after the other and without faults. Jackson builds a type's deserializer on
   * first use under a lock; two event-loop threads decoding a type for the first time at once would make one of
   * them wait on it, which BlockHound reports. Production code meets this only during warm-up.
   */
  private void warmUp(NexlaClient client, List<Long> seeded, long webhookSource) {
    client.webhooks(emulator.serviceKey()).sendRecord(emulator.webhookUrl(webhookSource), Map.of("warm", true))
        .block(Duration.ofSeconds(30)); // one batch alone first: the push below sends two at once
    long index = -1;
    for (Kind kind : Kind.values()) {
      operation(client, kind, index--, seeded, webhookSource).then().block(Duration.ofSeconds(30));
    }
    createNames.clear();
    created.clear();
    completedStreams.clear();
    acknowledgedWebhookRecords.clear();
    latenciesNanos.clear();
    typed.set(0);
    untyped.set(0);
    blockingReports.set(0);
    failedIdempotent.set(0);
  }

  private Mono<?> operation(NexlaClient client, Kind kind, long index, List<Long> seeded, long webhookSource) {
    long target = seeded.get((int) Math.floorMod(index, (long) seeded.size()));
    return switch (kind) {
      case CREATE -> {
        String name = "chaos " + runId + " " + index;
        createNames.add(name);
        yield client.sources().create(SourceCreate.builder(name, SourceType.S3).build())
            .doOnNext(s -> created.add(s.id()));
      }
      case UPDATE -> client.sources().update(target, SourceUpdate.builder().description("updated " + index).build());
      case GET -> client.sources().get(target);
      case DELETE -> {
        Long id = created.poll();
        yield id == null ? client.sources().get(target) : client.sources().delete(id);
      }
      case LIST -> client.destinations().list(io.nexla.reactive.common.ListOptions.DEFAULTS.withPageSize(7))
          .map(Destination::id).collectList()
          .doOnNext(completedStreams::add);
      case POLL -> client.asyncTasks().beginCreate(AsyncTaskCreate.builder("EXPORT_DATA").argument("size_bytes", 1024)
          .build()).result();
      case WEBHOOK -> {
        List<Map<String, Object>> records = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
          records.add(Map.of("seq", webhookSeq.incrementAndGet(), "run", runId));
        }
        yield client.webhooks(emulator.serviceKey())
            .push(emulator.webhookUrl(webhookSource), Flux.fromIterable(records),
                WebhookBatching.of(4, Duration.ofMillis(50), 2))
            .doOnNext(this::acknowledged)
            .then();
      }
    };
  }

  private void acknowledged(WebhookBatchResult result) {
    if (result.succeeded()) {
      for (Object record : result.records()) {
        acknowledgedWebhookRecords.add(((Map<?, ?>) record).get("seq"));
      }
    } else {
      classify(Kind.WEBHOOK, result.error(), false);
    }
  }

  private Mono<Object> timed(Kind kind, Mono<?> op) {
    boolean idempotent = kind == Kind.UPDATE || kind == Kind.GET || kind == Kind.DELETE || kind == Kind.LIST;
    return Mono.defer(() -> {
      long started = System.nanoTime();
      return op.cast(Object.class)
          .doOnTerminate(() -> latenciesNanos.add(System.nanoTime() - started))
          .onErrorResume(e -> {
            classify(kind, e, idempotent);
            return Mono.empty();
          });
    });
  }

  private void classify(Kind kind, Throwable e, boolean idempotent) {
    if (e instanceof NexlaException) {
      typed.incrementAndGet();
    } else if (e.getClass().getName().equals("reactor.blockhound.BlockingOperationError")) {
      // Only in test JVMs: an event loop parked briefly (seen on Jackson's deserializer-cache lock when two
      // event loops build the same deserializer at once). Counted apart, so that it is visible but not taken
      // for an error the library signalled.
      blockingReports.incrementAndGet();
      StringBuilder sample = new StringBuilder(kind + ": " + e);
      for (StackTraceElement frame : e.getStackTrace()) {
        if (sample.length() < 4000) {
          sample.append("\n  at ").append(frame);
        }
      }
      System.err.println("BlockHound report during the chaos run: " + sample);
    } else {
      untyped.incrementAndGet();
      if (untypedSamples.size() < 5) {
        StringBuilder sample = new StringBuilder(kind + ": " + e);
        for (StackTraceElement frame : e.getStackTrace()) {
          if (!frame.getClassName().startsWith("reactor.core.") && sample.length() < 3000) {
            sample.append("\n  at ").append(frame);
          }
        }
        untypedSamples.add(sample.toString());
      }
    }
    if (idempotent) {
      failedIdempotent.incrementAndGet();
    }
  }

  private Report check(Set<Long> streamed, long webhookSource, long elapsedMillis) {
    // duplicate creates: store records per unique name
    Map<String, Integer> perName = new HashMap<>();
    for (JsonNode source : emulator.store().list("data_sources")) {
      String name = source.path("name").asString("");
      if (createNames.contains(name)) {
        perName.merge(name, 1, Integer::sum);
      }
    }
    long duplicateCreates = perName.values().stream().mapToLong(n -> n - 1).sum();

    // The streamed collection is not written by the workload; should it still have changed, an item that left
    // the store during the run is not counted as lost.
    Set<Long> stillStored = new HashSet<>();
    emulator.store().list("data_sinks").forEach(node -> stillStored.add(node.get("id").asLong()));
    if (!stillStored.containsAll(streamed)) {
      untypedSamples.add("note: streamed collection changed during the run");
      streamed.retainAll(stillStored);
    }
    long lost = 0;
    long duplicated = 0;
    for (List<Long> stream : completedStreams) {
      Set<Long> seen = new HashSet<>(stream);
      duplicated += stream.size() - seen.size();
      List<Long> missing = streamed.stream().filter(id -> !seen.contains(id)).sorted().toList();
      lost += missing.size();
      if (!missing.isEmpty() && untypedSamples.size() < 10) {
        untypedSamples.add("stream of " + stream.size() + " items misses " + missing);
      }
    }
    Map<Object, Integer> stored = new HashMap<>();
    for (JsonNode record : emulator.store().webhookRecords(webhookSource)) {
      stored.merge(record.path("seq").asLong(), 1, Integer::sum);
    }
    duplicated += stored.values().stream().mapToLong(n -> n - 1).sum();
    List<Object> missingRecords = acknowledgedWebhookRecords.stream()
        .filter(seq -> !stored.containsKey(((Number) seq).longValue())).toList();
    lost += missingRecords.size();
    if (!missingRecords.isEmpty()) {
      untypedSamples.add("acknowledged webhook records not stored: " + missingRecords);
    }

    List<Long> sorted = new ArrayList<>(latenciesNanos);
    Collections.sort(sorted);
    long p99 = sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(sorted.size() * 0.99) - 1))
        / 1_000_000;
    return new Report(settings.operations(), duplicateCreates, lost, duplicated, failedIdempotent.get(), typed.get(),
        untyped.get(), p99, elapsedMillis, List.copyOf(untypedSamples), blockingReports.get());
  }

  /** For the report: the function that maps a run to its JSON line. */
  static Function<Report, String> json() {
    return Report::toJson;
  }
}
