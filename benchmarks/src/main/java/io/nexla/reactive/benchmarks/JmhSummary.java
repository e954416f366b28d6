package io.nexla.reactive.benchmarks;

import io.nexla.reactive.core.json.NexlaJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;

/** Condenses a JMH JSON result file into one JSON object: short benchmark name → score and unit. */
public final class JmhSummary {

  private JmhSummary() {}

  public static void main(String[] args) throws IOException {
    JsonNode results = NexlaJson.mapper().readTree(Files.readString(Path.of(args[0])));
    Report report = new Report("jmh");
    for (JsonNode r : results) {
      String name = r.path("benchmark").asString();
      name = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
      JsonNode metric = r.path("primaryMetric");
      report.put(name + "_" + metric.path("scoreUnit").asString().replace("/op", "_per_op"),
          Stats.round(metric.path("score").asDouble(), 3));
    }
    System.out.println(report.toJson());
  }
}
