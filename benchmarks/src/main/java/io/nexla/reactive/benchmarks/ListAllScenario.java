package io.nexla.reactive.benchmarks;

import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.common.ListOptions;
import io.nexla.reactive.core.json.NexlaJson;
import io.nexla.reactive.sources.Source;
import io.nexla.reactive.testkit.NexlaEmulator;
import io.netty.handler.codec.http.HttpHeaderNames;
import java.time.Duration;
import io.nexla.reactive.core.paging.PagingOptions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * Streams every source of a large collection (default 100,000, 100 per page, 20 ms latency per page) with the
 * default client ({@code sources().list()}) and with a strictly sequential hand-written page loop; also with
 * {@code list().prefetch(n)} for each n of {@code --windows} (default 4, 6, 8), from envelope pages
 * ({@code meta.pageCount}), and through the gateway sample's NDJSON sources route (time to its last byte) with the
 * default paging and with {@code nexla.paging.prefetch-pages=1}. Rounds interleaved (order rotates), medians
 * reported.
 *
 * <p>{@code --server synthetic} (default): {@link SyntheticSourceServer} in its own processes (one answering bare
 * arrays, one envelopes), pages generated on demand after the latency. {@code --server emulator}: the emulator
 * in-process, seeded through its store; it sorts a snapshot of the whole collection for every page, which with
 * 100,000 records costs about 100 ms of CPU per page on this machine and then dominates every contender.
 */
public final class ListAllScenario {

  private ListAllScenario() {}

  private interface Pages extends AutoCloseable {
    String url(boolean envelope);

    @Override
    void close();
  }

  /** One server answering bare arrays and one answering envelopes; closing the pages closes both. */
  private record TwoServers(String bareUrl, String envelopeUrl, Runnable closeBoth) implements Pages {
    @Override
    public String url(boolean envelope) {
      return envelope ? envelopeUrl : bareUrl;
    }

    @Override
    public void close() {
      closeBoth.run();
    }
  }

  public static Report run(Args args) {
    int items = args.integer("items", 100_000);
    int perPage = args.integer("per-page", 100);
    Duration latency = args.duration("page-latency", Duration.ofMillis(20));
    int rounds = args.integer("rounds", 3);
    boolean variants = args.flag("variants", true);
    List<Integer> windows = variants ? Arrays.stream(args.string("windows", "4,6,8").split(","))
        .map(String::trim).map(Integer::valueOf).toList() : List.of();
    boolean gateway = args.flag("gateway", true);
    String serverKind = args.string("server", "synthetic");
    try (Pages pages = serverKind.equals("emulator") ? emulator(items, perPage, latency)
        : synthetic(items, latency)) {
      String key = "bench-key";
      String bareUrl = pages.url(false);
      String token = Baselines.fetchToken(bareUrl, key);
      ConnectionProvider pool = ConnectionProvider.create("sequential-loop", 4);
      HttpClient http = HttpClient.create(pool).compress(true)
          .headers(h -> h.set(HttpHeaderNames.AUTHORIZATION, "Bearer " + token)
              .set(HttpHeaderNames.ACCEPT, "application/vnd.nexla.api.v1+json"));
      ListOptions options = ListOptions.DEFAULTS.withPageSize(perPage);
      try (NexlaClient client = NexlaClient.builder().baseUrl(bareUrl).serviceKey(key).build();
          NexlaClient envelopeClient = NexlaClient.builder().baseUrl(pages.url(true)).serviceKey(key).build();
          Gateways gateways = new Gateways(gateway, bareUrl, key, perPage)) {
        Map<String, IntFunction<Long>> contenders = new LinkedHashMap<>();
        contenders.put("sdk", limit -> client.sources().list(options).take(limit).count().block());
        contenders.put("sequential", limit -> sequential(http, bareUrl, perPage, limit));
        for (int window : windows) {
          contenders.put("sdk_prefetch" + window, limit -> client.sources().list(options).prefetch(window)
              .take(limit).count().block());
        }
        if (variants) {
          contenders.put("sdk_envelope", limit -> envelopeClient.sources().list(options).take(limit).count()
              .block());
        }
        if (gateway) {
          contenders.put("gateway_ndjson", limit -> Objects.requireNonNull(gateways.byDefault).stream(limit));
          contenders.put("gateway_ndjson_sequential", limit -> Objects.requireNonNull(gateways.sequential).stream(limit));
        }
        List<String> names = new ArrayList<>(contenders.keySet());
        Map<String, List<Double>> millis = new LinkedHashMap<>();
        names.forEach(n -> millis.put(n, new ArrayList<>()));
        for (String name : names) { // warm-up: a tenth of the list each
          contenders.get(name).apply(Math.max(perPage, items / 10));
        }
        boolean complete = true;
        for (int round = 0; round < rounds; round++) {
          for (int k = 0; k < names.size(); k++) {
            String name = names.get((round + k) % names.size());
            long t0 = System.nanoTime();
            Long seen = contenders.get(name).apply(Integer.MAX_VALUE);
            double ms = (System.nanoTime() - t0) / 1e6;
            complete &= seen != null && seen == items;
            millis.get(name).add(ms);
            Report.progress("round %d %-14s %7.0f ms  %d items", round, name, ms, seen);
          }
        }
        double sdk = Stats.median(millis.get("sdk"));
        double seq = Stats.median(millis.get("sequential"));
        Report report = new Report("list-all")
            .put("items", items)
            .put("sdk_ms", Math.round(sdk))
            .put("sequential_ms", Math.round(seq))
            .put("speedup", Stats.round(seq / sdk, 2));
        for (int window : windows) {
          double prefetch = Stats.median(millis.get("sdk_prefetch" + window));
          report.put("sdk_prefetch" + window + "_ms", Math.round(prefetch))
              .put("speedup_prefetch" + window, Stats.round(seq / prefetch, 2));
        }
        if (variants) {
          double envelope = Stats.median(millis.get("sdk_envelope"));
          report.put("sdk_envelope_ms", Math.round(envelope))
              .put("speedup_envelope", Stats.round(seq / envelope, 2));
        }
        if (gateway) {
          double byDefault = Stats.median(millis.get("gateway_ndjson"));
          double sequential = Stats.median(millis.get("gateway_ndjson_sequential"));
          report.put("gateway_ndjson_last_byte_ms", Math.round(byDefault))
              .put("gateway_ndjson_sequential_last_byte_ms", Math.round(sequential))
              .put("gateway_speedup", Stats.round(sequential / byDefault, 2));
        }
        return report.put("all_items_seen", complete)
            .put("per_page", perPage)
            .put("page_latency_ms", latency.toMillis())
            .put("rounds", rounds)
            .put("server", serverKind.equals("emulator") ? "emulator in-process, seeded store"
                : "synthetic page server, own process; bare arrays unless the key says envelope");
      } finally {
        pool.dispose();
      }
    }
  }

  /** The gateway sample twice: with the default paging, and walking one page at a time (prefetch-pages 1). */
  private static final class Gateways implements AutoCloseable {
    final @Nullable GatewayRoute byDefault;
    final @Nullable GatewayRoute sequential;

    Gateways(boolean start, String nexlaUrl, String key, int perPage) {
      byDefault = start ? GatewayRoute.start(nexlaUrl, key, perPage, PagingOptions.DEFAULT_PREFETCH_PAGES) : null;
      sequential = start ? GatewayRoute.start(nexlaUrl, key, perPage, 1) : null;
    }

    @Override
    public void close() {
      if (byDefault != null) {
        byDefault.close();
      }
      if (sequential != null) {
        sequential.close();
      }
    }
  }

  private static Pages synthetic(int items, Duration latency) {
    List<String> common = List.of("--items", Integer.toString(items), "--page-latency", latency.toMillis() + "ms");
    List<String> envelopeArgs = new ArrayList<>(common);
    envelopeArgs.addAll(List.of("--envelope", "true"));
    ExternalEmulator bare = ExternalEmulator.mainClass(SyntheticSourceServer.class, List.of("-Xmx256m"), common);
    ExternalEmulator envelope = ExternalEmulator.mainClass(SyntheticSourceServer.class, List.of("-Xmx256m"),
        envelopeArgs);
    return new TwoServers(bare.baseUrl(), envelope.baseUrl(), () -> {
      bare.close();
      envelope.close();
    });
  }

  private static Pages emulator(int items, int perPage, Duration latency) {
    NexlaEmulator bare = NexlaEmulator.builder().serviceKey("bench-key").journalLimit(1)
        .maxPageSize(Math.max(500, perPage)).pageLatency(latency).start();
    NexlaEmulator envelope = NexlaEmulator.builder().serviceKey("bench-key").journalLimit(1)
        .maxPageSize(Math.max(500, perPage)).pageLatency(latency).envelopePagination(true).start();
    long seeding = System.nanoTime();
    for (int i = 0; i < items; i++) {
      Map<String, Object> fields = Map.of("name", "bench-source-" + i, "source_type", "s3");
      bare.store().create("data_sources", fields);
      envelope.store().create("data_sources", fields);
    }
    Report.progress("seeded 2 × %d sources in %d ms", items, (System.nanoTime() - seeding) / 1_000_000);
    return new TwoServers(bare.baseUrl(), envelope.baseUrl(), () -> {
      bare.close();
      envelope.close();
    });
  }

  /** One page after another: request page n+1 only once page n is decoded; stop at a short page. */
  static long sequential(HttpClient http, String baseUrl, int perPage, int limit) {
    long seen = 0;
    for (int page = 1; seen < limit; page++) {
      byte[] body = http.get().uri(baseUrl + "/data_sources?page=" + page + "&per_page=" + perPage)
          .responseSingle((response, content) -> content.asByteArray())
          .block(Duration.ofSeconds(30));
      Source[] sources = NexlaJson.mapper().readValue(body, Source[].class);
      seen += sources.length;
      if (sources.length < perPage) {
        break;
      }
    }
    return Math.min(seen, limit);
  }
}
