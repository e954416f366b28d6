package io.nexla.reactive.testkit;

import static io.nexla.reactive.testkit.EmulatorStore.NODES;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/** Generated answers that have no stored source: log lines, daily metrics, documentation recommendations. */
final class SampleData {

  private SampleData() {}

  /**
   * {@code count} log lines of a run of a resource, the newest a second ago, filtered by the request's
   * {@code severity}, {@code run_id} (the lines belong to that run) and {@code from}/{@code to}.
   */
  static List<ObjectNode> logEntries(EmulatorStore store, Exchange x, long resourceId, int count) {
    // The lines end at the requested range's end when it lies in the past, so that a range always has lines.
    java.time.Instant to = QueryFilters.instant(x.query("to"), true);
    long end = to != null && to.isBefore(store.instant()) ? to.toEpochMilli() : store.instant().toEpochMilli();
    List<ObjectNode> logs = logEntries(end, resourceId, count, x.intQuery("run_id", 1));
    String severity = x.query("severity");
    java.util.function.Predicate<ObjectNode> time = QueryFilters.timeRange(x, "timestamp");
    return logs.stream()
        .filter(l -> severity == null || l.get("severity").asString().equalsIgnoreCase(severity))
        .filter(l -> time == null || time.test(l))
        .toList();
  }

  private static List<ObjectNode> logEntries(long now, long resourceId, int count, long runId) {
    List<ObjectNode> logs = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ObjectNode log = NODES.objectNode();
      log.put("id", i + 1);
      log.put("resource_id", resourceId);
      log.put("run_id", runId);
      log.put("timestamp", now - (count - i) * 1000L);
      log.put("severity", i % 10 == 9 ? "WARN" : "INFO");
      log.put("log", "Emulated log line " + (i + 1));
      logs.add(log);
    }
    return logs;
  }

  static List<ObjectNode> dailyMetrics(EmulatorStore store, int days) {
    List<ObjectNode> metrics = new ArrayList<>();
    for (int i = days - 1; i >= 0; i--) {
      ObjectNode m = NODES.objectNode();
      m.put("time", store.instant().minus(Duration.ofDays(i)).toString().substring(0, 10));
      m.put("records", 1000 + i);
      m.put("size", 100_000 + i);
      m.put("errors", 0);
      metrics.add(m);
    }
    return metrics;
  }

  static Reply recommendation(String kind, ObjectNode target) {
    ObjectNode body = NODES.objectNode();
    body.put("status", "ok");
    body.put("recommendation", "# " + target.path("name").asString(kind) + "\n\nEmulated documentation for this " + kind + ".");
    return Reply.ok(body);
  }
}
