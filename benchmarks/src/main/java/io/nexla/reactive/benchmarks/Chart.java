package io.nexla.reactive.benchmarks;

import io.nexla.reactive.core.json.NexlaJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * Draws the latest result of each scenario ({@code results/<scenario>.json}) as an SVG of small bar panels, one
 * per scenario, each on its own scale, with the target drawn as a dashed line where there is one.
 */
public final class Chart {

  private static final String[] ORDER = {"get", "list-all", "token-storm", "stream-memory", "concurrency", "poll"};
  private static final int WIDTH = 900;
  private static final int BAR_HEIGHT = 22;
  private static final int LABEL_WIDTH = 230;

  private record Bar(String label, double value, String text) {}

  private record Panel(String title, List<Bar> bars, double target, String targetText) {}

  private Chart() {}

  /** Writes the chart and reports which scenarios it drew. */
  public static Report write(Path resultsDir, Path out) {
    List<Panel> panels = new ArrayList<>();
    List<String> drawn = new ArrayList<>();
    for (String scenario : ORDER) {
      Path file = resultsDir.resolve(scenario + ".json");
      if (!Files.isRegularFile(file)) {
        continue;
      }
      try {
        JsonNode r = NexlaJson.mapper().readTree(Files.readString(file));
        Panel panel = panel(scenario, r);
        if (panel != null) {
          panels.add(panel);
          drawn.add(scenario);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    String svg = svg(panels);
    try {
      Files.createDirectories(out.toAbsolutePath().getParent());
      Files.writeString(out, svg, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Report("chart").put("file", out.toString()).put("scenarios", drawn);
  }

  static Panel panel(String scenario, JsonNode r) {
    return switch (scenario) {
      case "get" -> new Panel("get: requests/s at concurrency " + r.path("concurrency").asInt()
          + " (sdk/webclient " + r.path("sdk_vs_webclient").asDouble() + ", target ≥ 0.95)", List.of(
          bar("nexla-reactive sources().get", r, "sdk_rps", " req/s"),
          bar("raw WebClient", r, "webclient_rps", " req/s"),
          bar("raw Reactor Netty HttpClient", r, "netty_rps", " req/s")),
          r.path("webclient_rps").asDouble() * 0.95, "0.95 × WebClient");
      case "list-all" -> {
        List<Bar> bars = new ArrayList<>();
        bars.add(bar("sequential page loop", r, "sequential_ms", " ms"));
        bars.add(bar("default client, bare arrays", r, "sdk_ms", " ms"));
        if (r.has("sdk_prefetch4_ms")) {
          bars.add(bar("list().prefetch(4), bare arrays", r, "sdk_prefetch4_ms", " ms"));
          bars.add(bar("default client, envelope pages", r, "sdk_envelope_ms", " ms"));
        }
        yield new Panel("list-all: " + r.path("items").asInt() + " sources, " + r.path("page_latency_ms").asInt()
            + " ms/page (lower is better; target speedup ≥ 3)", bars,
            r.path("sequential_ms").asDouble() / 3, "sequential / 3");
      }
      case "token-storm" -> new Panel("token-storm: " + r.path("calls").asInt() + " concurrent calls (target 1 and 1, 0 failures)",
          List.of(bar("token requests, cold client", r, "token_requests_cold", ""),
              bar("token requests, after expiry", r, "token_requests_expired", ""),
              bar("failed calls", r, "failures", "")), 1, "1");
      case "stream-memory" -> new Panel("stream-memory: " + r.path("items").asLong() + " items, ok="
          + r.path("ok").asBoolean() + ", " + r.path("items_per_s").asLong() + " items/s",
          List.of(bar("peak heap in use (MB)", r, "peak_heap_mb", " MB"),
              bar("-Xmx (MB)", r, "max_heap_mb", " MB")), r.path("max_heap_mb").asDouble(), "heap limit");
      case "concurrency" -> {
        String small = r.properties().stream().map(e -> e.getKey()).filter(k -> k.startsWith("peak_threads_at_"))
            .findFirst().orElse("");
        List<Bar> bars = new ArrayList<>();
        bars.add(bar("peak threads, " + r.path("inflight").asInt() + " in flight", r, "peak_threads", ""));
        if (!small.isEmpty()) {
          bars.add(bar("peak threads, " + small.substring("peak_threads_at_".length()) + " in flight", r, small, ""));
        }
        yield new Panel("concurrency: " + r.path("completed").asInt() + "/" + r.path("inflight").asInt()
            + " completed in " + r.path("duration_ms").asLong() + " ms at " + r.path("latency_ms").asInt()
            + " ms latency, " + r.path("failures").asInt() + " failures", bars, Double.NaN, "");
      }
      case "poll" -> new Panel("poll: " + r.path("task_s").asDouble() + " s task, lag "
          + r.path("detection_lag_ms").asLong() + " ms (target ≤ 15 polls, lag < 10 %)",
          List.of(bar("polls", r, "polls", "")), 15, "15 polls");
      default -> null;
    };
  }

  private static Bar bar(String label, JsonNode r, String key, String unit) {
    double v = r.path(key).asDouble();
    String text = (v == Math.rint(v) ? String.format(Locale.ROOT, "%,d", (long) v) : String.valueOf(v)) + unit;
    return new Bar(label, v, text);
  }

  static String svg(List<Panel> panels) {
    StringBuilder body = new StringBuilder();
    int y = 40;
    int plot = WIDTH - LABEL_WIDTH - 140;
    for (Panel p : panels) {
      body.append(text(10, y, escape(p.title()), "font-weight:bold"));
      y += 10;
      double max = p.bars().stream().mapToDouble(Bar::value).max().orElse(1);
      if (!Double.isNaN(p.target())) {
        max = Math.max(max, p.target());
      }
      max = max <= 0 ? 1 : max;
      int top = y;
      for (Bar b : p.bars()) {
        int w = (int) Math.round(plot * b.value() / max);
        body.append(text(10, y + 15, escape(b.label()), ""));
        body.append(String.format(Locale.ROOT,
            "<rect x='%d' y='%d' width='%d' height='%d' fill='%s'/>%n", LABEL_WIDTH, y + 3, Math.max(w, 1),
            BAR_HEIGHT - 6, b.label().startsWith("raw") || b.label().startsWith("sequential") || b.label().startsWith("-Xmx")
                ? "#9aa5b1" : "#2b6cb0"));
        body.append(text(LABEL_WIDTH + Math.max(w, 1) + 6, y + 15, escape(b.text()), ""));
        y += BAR_HEIGHT;
      }
      if (!Double.isNaN(p.target())) {
        int x = LABEL_WIDTH + (int) Math.round(plot * p.target() / max);
        body.append(String.format(Locale.ROOT,
            "<line x1='%d' y1='%d' x2='%d' y2='%d' stroke='#c53030' stroke-dasharray='4 3'/>%n", x, top, x, y));
        body.append(text(x + 3, y + 12, escape(p.targetText()), "fill:#c53030;font-size:11px"));
      }
      y += 34;
    }
    return "<svg xmlns='http://www.w3.org/2000/svg' width='" + WIDTH + "' height='" + (y + 10)
        + "' font-family='sans-serif' font-size='13'>\n<rect width='100%' height='100%' fill='white'/>\n"
        + text(10, 20, "nexla-reactive benchmarks (latest run of each scenario)", "font-size:16px;font-weight:bold")
        + body + "</svg>\n";
  }

  private static String text(int x, int y, String content, String style) {
    return String.format(Locale.ROOT, "<text x='%d' y='%d'%s>%s</text>%n", x, y,
        style.isEmpty() ? "" : " style='" + style + "'", content);
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
