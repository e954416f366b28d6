package io.nexla.reactive.benchmarks;

import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.sources.Source;
import io.nexla.reactive.testkit.NexlaEmulator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import reactor.core.publisher.Mono;

/**
 * {@code sources().get(id)} at a fixed concurrency against a hand-written WebClient call and a hand-written Reactor
 * Netty call doing the same request and decode. Rounds are interleaved (the order rotates each round) after
 * warm-up; the report gives medians over rounds.
 *
 * <p>The emulator runs in its own JVM ({@code nexla-emulator.jar}) by default, on the same two cores. In-process
 * ({@code --emulator in-process}) it shares the client's two event-loop threads, and which thread serves each end of
 * each connection then differs from run to run: the CPU time per call of the same hand-written call moved between
 * 101 and 165 µs from one run to the next while rounds within a run agreed, and the ratio with it (0.86–1.08).
 *
 * <p>Warm-up is three rounds of 20,000 calls of every contender: with less, the JIT is still compiling the deeper
 * call path of the client while the baselines are already compiled, and the ratio measures compilation, not
 * steady-state cost. Measured rounds are many and short (15 × 10,000 calls) so that a drifting machine load, which
 * moves a single round by ±10 % here, touches all contenders alike and washes out of the medians.
 *
 * <p>Besides throughput, each round records this process's CPU time and the bytes its threads allocated, per call:
 * with the emulator in its own process, that is the client's own cost (with it in-process, the emulator's too). On
 * a shared host CPU time per call moves less with other load than requests per second do.
 */
public final class GetScenario {

  private GetScenario() {}

  public static Report run(Args args) {
    if (args.string("emulator", "own-process").equals("in-process")) {
      try (NexlaEmulator emulator = NexlaEmulator.builder().journalLimit(1).start()) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < args.integer("records", 100); i++) {
          ids.add(emulator.store().create("data_sources", Map.of("name", "bench-source-" + i,
              "source_type", "s3", "description", "benchmark record " + i)).get("id").asLong());
        }
        return measure(args, emulator.baseUrl(), emulator.serviceKey(), ids, "in-process");
      }
    }
    String key = "bench-key";
    try (ExternalEmulator emulator = ExternalEmulator.emulatorJar(List.of("--port", "0", "--service-key", key))) {
      List<Long> ids = ApiSeed.sources(emulator.baseUrl(), key, args.integer("records", 100));
      return measure(args, emulator.baseUrl(), key, ids, "own process (nexla-emulator.jar)");
    }
  }

  private static Report measure(Args args, String baseUrl, String serviceKey, List<Long> ids, String where) {
    int concurrency = args.integer("concurrency", 32);
    int calls = args.integer("calls", 10_000);
    int rounds = args.integer("rounds", 15);
    int warmupRounds = args.integer("warmup-rounds", 3);
    int warmupCalls = args.integer("warmup-calls", 20_000);
    String token = Baselines.fetchToken(baseUrl, serviceKey);
    try (NexlaClient client = NexlaClient.builder().baseUrl(baseUrl).serviceKey(serviceKey).build();
        Baselines baselines = new Baselines(baseUrl, token, 500)) {
      Map<String, LongFunction<Mono<?>>> contenders = new java.util.LinkedHashMap<>();
      contenders.put("sdk", i -> client.sources().get(ids.get((int) (i % ids.size()))).map(Source::id));
      contenders.put("webclient", i -> baselines.webClientGet(ids.get((int) (i % ids.size()))).map(Source::id));
      contenders.put("netty", i -> baselines.nettyGet(ids.get((int) (i % ids.size()))).map(Source::id));
      List<String> names = new ArrayList<>(contenders.keySet());
      Map<String, List<Double>> rps = new java.util.LinkedHashMap<>();
      Map<String, List<Double>> cpuPerCall = new java.util.LinkedHashMap<>();
      Map<String, List<Double>> allocPerCall = new java.util.LinkedHashMap<>();
      names.forEach(n -> {
        rps.put(n, new ArrayList<>());
        cpuPerCall.put(n, new ArrayList<>());
        allocPerCall.put(n, new ArrayList<>());
      });
      List<long[]> sdkLatencies = new ArrayList<>();
      // Ratios within a round compare contenders measured seconds apart, which a drifting load disturbs less.
      List<Double> vsWebClient = new ArrayList<>();
      List<Double> vsNetty = new ArrayList<>();
      Map<String, Double> thisRound = new java.util.HashMap<>();
      int failures = 0;
      for (int round = -warmupRounds; round < rounds; round++) {
        for (int k = 0; k < names.size(); k++) {
          String name = names.get(Math.floorMod(round + k, names.size()));
          ProcessCost.Mark before = ProcessCost.mark();
          Load.Result result = Load.run(round < 0 ? warmupCalls : calls, concurrency, contenders.get(name),
              Duration.ofMinutes(5));
          ProcessCost.Mark after = ProcessCost.mark();
          failures += result.failures();
          if (round >= 0) {
            rps.get(name).add(result.perSecond());
            cpuPerCall.get(name).add(after.cpuMicrosSince(before) / calls);
            allocPerCall.get(name).add(after.allocatedKibSince(before) / calls);
            if (name.equals("sdk")) {
              sdkLatencies.add(result.latencyNanos());
            }
          }
          thisRound.put(name, result.perSecond());
          Report.progress("%s round %d %-9s %8.0f req/s  failures %d", round < 0 ? "warm-up" : "measured",
              round, name, result.perSecond(), result.failures());
        }
        if (round >= 0) {
          vsWebClient.add(thisRound.get("sdk") / thisRound.get("webclient"));
          vsNetty.add(thisRound.get("sdk") / thisRound.get("netty"));
        }
      }
      long[] all = sdkLatencies.stream().flatMapToLong(java.util.Arrays::stream).toArray();
      double sdk = Stats.median(rps.get("sdk"));
      double web = Stats.median(rps.get("webclient"));
      double net = Stats.median(rps.get("netty"));
      double sdkCpu = Stats.median(cpuPerCall.get("sdk"));
      double webCpu = Stats.median(cpuPerCall.get("webclient"));
      return new Report("get")
          .put("sdk_rps", Math.round(sdk))
          .put("webclient_rps", Math.round(web))
          .put("netty_rps", Math.round(net))
          .put("sdk_vs_webclient", Stats.round(sdk / web, 3))
          .put("sdk_vs_netty", Stats.round(sdk / net, 3))
          .put("sdk_p50_us", Stats.percentile(all, all.length, 50) / 1000)
          .put("sdk_p99_us", Stats.percentile(all, all.length, 99) / 1000)
          .put("sdk_vs_webclient_round_median", Stats.round(Stats.median(vsWebClient), 3))
          .put("sdk_vs_netty_round_median", Stats.round(Stats.median(vsNetty), 3))
          .put("sdk_cpu_us_per_call", Stats.round(sdkCpu, 1))
          .put("webclient_cpu_us_per_call", Stats.round(webCpu, 1))
          .put("netty_cpu_us_per_call", Stats.round(Stats.median(cpuPerCall.get("netty")), 1))
          .put("webclient_vs_sdk_cpu", Stats.round(webCpu / sdkCpu, 3))
          .put("sdk_kib_per_call", Stats.round(Stats.median(allocPerCall.get("sdk")), 2))
          .put("webclient_kib_per_call", Stats.round(Stats.median(allocPerCall.get("webclient")), 2))
          .put("failures", failures)
          .put("concurrency", concurrency)
          .put("calls_per_round", calls)
          .put("warmup_calls_per_round", warmupCalls)
          .put("warmup_rounds", warmupRounds)
          .put("rounds", rounds)
          .put("emulator", where);
    }
  }
}
