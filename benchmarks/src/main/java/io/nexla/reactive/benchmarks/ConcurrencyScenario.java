package io.nexla.reactive.benchmarks;

import io.nexla.reactive.NexlaClient;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * 10,000 {@code sources().get(id)} calls in flight at once against an emulator that answers each after 200 ms
 * ({@code latency=200ms} fault). The emulator is its own process (the shaded jar), so that the 2 × 10,000 sockets
 * are split over two processes and the thread count is the client's alone. The same run at a tenth of the load
 * shows whether threads grow with requests.
 */
public final class ConcurrencyScenario {

  private ConcurrencyScenario() {}

  public static Report run(Args args) {
    int inflight = args.integer("inflight", 10_000);
    int maxConnections = args.integer("max-connections", inflight);
    Duration latency = args.duration("latency", Duration.ofMillis(200));
    String key = "bench-key";
    try (ExternalEmulator emulator = ExternalEmulator.emulatorJar(List.of("--port", "0", "--service-key", key,
        "--fault", "GET /data_sources/{id} latency=" + latency.toMillis() + "ms"))) {
      long id = ApiSeed.sources(emulator.baseUrl(), key, 1).get(0);
      try (NexlaClient client = NexlaClient.builder().baseUrl(emulator.baseUrl()).serviceKey(key)
          .maxConnections(maxConnections).build()) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        // warm-up: token, pool, JIT
        Load.run(200, 200, i -> client.sources().get(id), Duration.ofMinutes(2));
        List<Object[]> runs = new ArrayList<>();
        int[] loads = {Math.max(1, inflight / 10), inflight};
        Report report = new Report("concurrency");
        for (int load : loads) {
          threads.resetPeakThreadCount();
          int before = threads.getThreadCount();
          Load.Result result = Load.run(load, load, i -> client.sources().get(id), Duration.ofMinutes(5));
          int peak = threads.getPeakThreadCount();
          Report.progress("%6d in flight: %d ms, %d completed, %d failures, threads %d before, peak %d", load,
              result.elapsedNanos() / 1_000_000, result.calls() - result.failures(), result.failures(), before, peak);
          runs.add(new Object[] {load, result, peak});
        }
        Object[] small = runs.get(0);
        Object[] full = runs.get(1);
        Load.Result fullResult = (Load.Result) full[1];
        return report
            .put("inflight", inflight)
            .put("completed", fullResult.calls() - fullResult.failures())
            .put("failures", fullResult.failures())
            .put("duration_ms", fullResult.elapsedNanos() / 1_000_000)
            .put("peak_threads", full[2])
            .put("peak_threads_at_" + small[0], small[2])
            .put("duration_ms_at_" + small[0], ((Load.Result) small[1]).elapsedNanos() / 1_000_000)
            .put("latency_ms", latency.toMillis())
            .put("max_connections", maxConnections)
            .put("emulator", "own process (nexla-emulator.jar)");
      }
    }
  }
}
