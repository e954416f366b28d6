package io.nexla.reactive.benchmarks;

import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.sources.Source;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Streams 1,000,000 sources through {@code sources().list()} in this JVM (run.sh starts it with {@code -Xmx64m})
 * from a {@link SyntheticSourceServer} in its own process, which generates pages on demand. Each item is
 * decoded into a {@link Source} and dropped. Reports whether the stream completed with every item and the peak
 * heap in use (sum of the peaks of the heap memory pools, an upper bound).
 */
public final class StreamMemoryScenario {

  private StreamMemoryScenario() {}

  public static Report run(Args args) {
    long items = args.longValue("items", 1_000_000);
    boolean envelope = args.flag("envelope", false);
    List<String> serverArgs = new ArrayList<>(List.of("--items", Long.toString(items)));
    if (envelope) {
      serverArgs.addAll(List.of("--envelope", "true"));
    }
    long maxHeap = Runtime.getRuntime().maxMemory();
    try (ExternalEmulator server = ExternalEmulator.mainClass(SyntheticSourceServer.class,
        List.of("-Xmx512m", "-XX:+UseSerialGC"), serverArgs);
        NexlaClient client = NexlaClient.builder().baseUrl(server.baseUrl()).serviceKey("synthetic-key").build()) {
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        pool.resetPeakUsage();
      }
      AtomicLong seen = new AtomicLong();
      AtomicLong idSum = new AtomicLong();
      long t0 = System.nanoTime();
      boolean ok;
      String error = null;
      try {
        client.sources().list()
            .doOnNext(source -> {
              idSum.addAndGet(source.id());
              if (seen.incrementAndGet() % 200_000 == 0) {
                Report.progress("%,d items, heap in use %d MB", seen.get(), usedHeapMb());
              }
            })
            .then()
            .block(Duration.ofMinutes(30));
        long expectedSum = items * (items + 1) / 2;
        ok = seen.get() == items && idSum.get() == expectedSum;
      } catch (OutOfMemoryError | RuntimeException e) {
        ok = false;
        error = e.toString();
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      Report report = new Report("stream-memory")
          .put("items", seen.get())
          .put("ok", ok)
          .put("items_per_s", Math.round(seen.get() / seconds))
          .put("peak_heap_mb", peakHeapMb())
          .put("max_heap_mb", maxHeap / (1024 * 1024))
          .put("seconds", Stats.round(seconds, 1))
          .put("server", "synthetic Reactor Netty server in its own process, pages generated on demand"
              + (envelope ? " (envelope)" : " (bare arrays)"));
      if (error != null) {
        report.put("error", error);
      }
      return report;
    }
  }

  private static long usedHeapMb() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
  }

  private static long peakHeapMb() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak / (1024 * 1024);
  }
}
