package io.nexla.reactive.benchmarks;

import io.nexla.reactive.core.json.NexlaJson;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** The figures of one scenario run, printed as one JSON object on the last line of the output. */
public final class Report {

  private final Map<String, Object> figures = new LinkedHashMap<>();

  public Report(String scenario) {
    figures.put("scenario", scenario);
  }

  public Report put(String key, Object value) {
    figures.put(key, value);
    return this;
  }

  public Map<String, Object> figures() {
    return figures;
  }

  /** Adds where and when it ran, then returns the JSON text. */
  public String toJson() {
    figures.put("timestamp", Instant.now().toString());
    figures.put("cpus", Runtime.getRuntime().availableProcessors());
    figures.put("load_average", Stats.round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), 2));
    figures.put("java", System.getProperty("java.version"));
    return NexlaJson.mapper().writeValueAsString(figures);
  }

  /** Progress lines go to standard error, so that standard output ends with the JSON line. */
  public static void progress(String format, Object... args) {
    System.err.printf(format + "%n", args);
  }
}
