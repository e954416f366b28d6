package io.nexla.reactive.benchmarks.reliability;

import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.testkit.NexlaEmulator;
import java.lang.management.ManagementFactory;
import java.time.Duration;

/**
 * {@code bash benchmarks/run.sh chaos [--ops N] [--concurrency C] [--seed S]}: the chaos workload (default 5000
 * operations, 32 in flight) against an in-process emulator with seeded faults (10 % 503, 5 % 429 with
 * Retry-After, 2 % resets before and 2 % after processing, 1 % stalls past the response timeout, 1 % truncated
 * bodies), checked against the emulator's store, then a soak check (client connections back to zero, heap after
 * GC). Prints as its last line {@code {"ops":…, "duplicate_creates":…, "lost_items":…, "duplicated_items":…,
 * "failed_idempotent":…, "typed_errors":…, "untyped_errors":…, "p99_ms":…, "elapsed_ms":…,
 * "open_connections_after":…, "heap_growth_mb":…}}.
 */
public final class ChaosRun {

  private ChaosRun() {}

  public static void main(String[] args) {
    int ops = 5000;
    int concurrency = 32;
    long seed = 20261121L;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--ops" -> ops = Integer.parseInt(args[i + 1]);
        case "--concurrency" -> concurrency = Integer.parseInt(args[i + 1]);
        case "--seed" -> seed = Long.parseLong(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    String json;
    try (NexlaEmulator emulator = NexlaEmulator.builder().seed(seed).taskDuration(Duration.ofMillis(500))
        .maxPageSize(50).journalLimit(10_000).start()) {
      ChaosWorkload workload = new ChaosWorkload(emulator, new ChaosWorkload.Settings(ops, concurrency, seed,
          Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(30), 120));
      long heapBefore;
      ChaosWorkload.Report report;
      int open;
      try (NexlaClient client = workload.client()) {
        heapBefore = usedHeapAfterGc();
        report = workload.run(client);
        open = ClientConnections.supported() ? ClientConnections.awaitIdle(emulator.port(), Duration.ofSeconds(10))
            : -1;
      }
      long heapGrowthMb = (usedHeapAfterGc() - heapBefore) / (1024 * 1024);
      report.untypedSamples().forEach(sample -> System.out.println("note: " + sample));
      String base = report.toJson();
      json = base.substring(0, base.length() - 1) + ", \"elapsed_ms\":" + report.elapsedMillis()
          + ", \"open_connections_after\":" + open + ", \"heap_growth_mb\":" + heapGrowthMb + "}";
    }
    System.out.println(json);
    System.exit(0);
  }

  private static long usedHeapAfterGc() {
    var memory = ManagementFactory.getMemoryMXBean();
    for (int i = 0; i < 3; i++) {
      memory.gc();
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}
