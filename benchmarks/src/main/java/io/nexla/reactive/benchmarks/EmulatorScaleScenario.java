package io.nexla.reactive.benchmarks;

import io.nexla.reactive.testkit.NexlaEmulator;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * The emulator holding a large collection: populates {@code --sources} (default 1,000,000) sources in this JVM
 * (run.sh gives it {@code -Xmx2g}, the heap the standalone jar is documented for), reports the populate time and
 * the heap used after a full GC, then the median latency of {@code GET /data_sources?page=1&per_page=100} against
 * the page {@code --far-page} (default 10,000, the last one) over {@code --rounds} alternating requests. A store
 * that pages through an index keeps the ratio near 1; one that sorts the collection per page does not.
 */
public final class EmulatorScaleScenario {

  private EmulatorScaleScenario() {}

  public static Report run(Args args) {
    try {
      return measure(args);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static Report measure(Args args) throws IOException, InterruptedException {
    int sources = args.integer("sources", 1_000_000);
    int perPage = args.integer("per-page", 100);
    int farPage = args.integer("far-page", sources / perPage);
    int rounds = args.integer("rounds", 200);
    long start = System.nanoTime();
    try (NexlaEmulator emulator = NexlaEmulator.builder().journalLimit(1).populateSources(sources).start()) {
      double populateSeconds = (System.nanoTime() - start) / 1e9;
      Report.progress("populated %d sources in %.1f s", sources, populateSeconds);
      System.gc();
      long heapUsed = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      HttpClient http = HttpClient.newHttpClient();
      String token = token(http, emulator);
      List<Double> first = new ArrayList<>();
      List<Double> far = new ArrayList<>();
      for (int round = -20; round < rounds; round++) {
        double a = pageMillis(http, emulator, token, 1, perPage);
        double b = pageMillis(http, emulator, token, farPage, perPage);
        if (round >= 0) {
          first.add(a);
          far.add(b);
        }
      }
      int farCount = count(http, emulator, token, farPage, perPage);
      double firstMedian = Stats.median(first);
      double farMedian = Stats.median(far);
      return new Report("emulator-scale")
          .put("sources", emulator.store().size("data_sources"))
          .put("populate_seconds", Stats.round(populateSeconds, 1))
          .put("heap_used_mb", heapUsed / (1024 * 1024))
          .put("heap_max_mb", Runtime.getRuntime().maxMemory() / (1024 * 1024))
          .put("per_page", perPage)
          .put("page_1_median_ms", Stats.round(firstMedian, 3))
          .put("far_page", farPage)
          .put("far_page_records", farCount)
          .put("far_page_median_ms", Stats.round(farMedian, 3))
          .put("far_to_first_ratio", Stats.round(farMedian / firstMedian, 2))
          .put("rounds", rounds);
    }
  }

  private static String token(HttpClient http, NexlaEmulator emulator) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(emulator.baseUrl() + "/token"))
        .header("Authorization", "Basic " + emulator.serviceKey())
        .POST(HttpRequest.BodyPublishers.noBody()).build();
    String body = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    return io.nexla.reactive.core.json.NexlaJson.mapper().readTree(body).get("access_token").asString();
  }

  private static HttpResponse<String> page(HttpClient http, NexlaEmulator emulator, String token, int page,
      int perPage) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(
            URI.create(emulator.baseUrl() + "/data_sources?page=" + page + "&per_page=" + perPage))
        .header("Authorization", "Bearer " + token).GET().build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("page " + page + " answered " + response.statusCode());
    }
    return response;
  }

  private static double pageMillis(HttpClient http, NexlaEmulator emulator, String token, int page, int perPage)
      throws IOException, InterruptedException {
    long t0 = System.nanoTime();
    page(http, emulator, token, page, perPage);
    return (System.nanoTime() - t0) / 1e6;
  }

  private static int count(HttpClient http, NexlaEmulator emulator, String token, int page, int perPage)
      throws IOException, InterruptedException {
    return io.nexla.reactive.core.json.NexlaJson.mapper().readTree(page(http, emulator, token, page, perPage).body())
        .size();
  }
}
