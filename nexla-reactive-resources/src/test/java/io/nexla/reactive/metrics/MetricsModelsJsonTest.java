package io.nexla.reactive.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexla.reactive.core.json.NexlaJson;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MetricsModelsJsonTest {

  @Test
  void flowLogsEnvelopeShapeIsFlattened() {
    String json = """
        {"status": 200, "message": "Ok", "trace": "x",
         "logs": {"data": [{"log": "Read 120 records", "log_type": "LOG", "severity": "INFO", "resource_id": 5023,
                            "resource_type": "SOURCE", "timestamp": 1704067200123, "run_id": 9001,
                            "details": {"records": 120}, "host": "w1"}],
                  "meta": {"org_id": 12, "run_id": 9001, "current_page": 1, "pages_count": 3, "total_count": 5}}}
        """;
    FlowLogsResponse r = NexlaJson.mapper().readValue(json, FlowLogsResponse.class);

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.additionalProperties()).containsOnlyKeys("trace");
    assertThat(r.logs()).singleElement().satisfies(e -> {
      assertThat(e.message()).isEqualTo("Read 120 records");
      assertThat(e.level()).isEqualTo("INFO");
      assertThat(e.timestamp()).isEqualTo(Instant.ofEpochMilli(1704067200123L));
      assertThat(e.runId()).isEqualTo(9001L);
      assertThat(e.details()).containsEntry("records", 120);
      assertThat(e.additionalProperties()).containsOnlyKeys("host");
    });
    assertThat(r.meta()).isNotNull();
    assertThat(r.meta().pageCount()).isEqualTo(3);
    assertThat(r.meta().totalCount()).isEqualTo(5L);
    assertThat(r.meta().orgId()).isEqualTo(12L);
  }

  @Test
  void flowLogsArrayShapeWithTopLevelMeta() {
    String json = "{\"logs\": [{\"message\": \"m\", \"level\": \"NOTICE\", \"timestamp\": 1700000000}],"
        + " \"meta\": {\"currentPage\": 2, \"pageCount\": 2, \"totalCount\": 21}}";
    FlowLogsResponse r = NexlaJson.mapper().readValue(json, FlowLogsResponse.class);
    assertThat(r.logs()).singleElement().satisfies(e -> {
      assertThat(e.level()).isEqualTo("NOTICE");
      assertThat(e.timestamp()).isEqualTo(Instant.ofEpochSecond(1700000000L));
    });
    assertThat(r.meta().currentPage()).isEqualTo(2);
    assertThat(NexlaJson.mapper().readValue("{}", FlowLogsResponse.class).logs()).isEmpty();
    FlowLogsResponse page = NexlaJson.mapper().readValue("{\"meta\": {\"current_page\": 1, \"pages_count\": 4},"
        + " \"data\": [{\"log\": \"l\", \"severity\": \"WARN\"}]}", FlowLogsResponse.class);
    assertThat(page.logs()).singleElement().satisfies(e -> assertThat(e.level()).isEqualTo("WARN"));
    assertThat(page.meta().pageCount()).isEqualTo(4);
    assertThat(page.additionalProperties()).isEmpty();
  }

  @Test
  void flowMetricsByResource() {
    String json = """
        {"status": 200, "message": "Ok",
         "metrics": {"data": {"5023": {"records": 1200, "size": 48211, "errors": 3, "runId": 9001, "x": 1}},
                     "meta": {"currentPage": 1, "pageCount": 1, "totalCount": 1}}}
        """;
    FlowMetricsResponse r = NexlaJson.mapper().readValue(json, FlowMetricsResponse.class);
    assertThat(r.byResource()).containsOnlyKeys("5023");
    FlowMetricsResponse.FlowMetricData d = r.byResource().get("5023");
    assertThat(d.records()).isEqualTo(1200L);
    assertThat(d.runId()).isEqualTo(9001L);
    assertThat(d.additionalProperties()).containsOnlyKeys("x");
    assertThat(r.metrics().meta().totalCount()).isEqualTo(1L);
  }

  @Test
  void dailyAndRunMetrics() {
    DailyMetricsResponse daily = NexlaJson.mapper().readValue(
        "{\"status\": 200, \"metrics\": [{\"time\": \"2024-01-02\", \"records\": 5, \"size\": 10, \"errors\": 0}]}",
        DailyMetricsResponse.class);
    assertThat(daily.metrics()).singleElement().satisfies(m -> {
      assertThat(m.date()).contains(LocalDate.of(2024, 1, 2));
      assertThat(m.records()).isEqualTo(5L);
    });
    RunMetricsResponse runs = NexlaJson.mapper().readValue(
        "{\"status\": 200, \"metrics\": {\"data\": [{\"runId\": 1, \"lastWritten\": 1704067200000,"
            + " \"dataSetId\": 3, \"records\": 4, \"size\": 5, \"errors\": 6}], \"meta\": {\"pageCount\": 1}}}",
        RunMetricsResponse.class);
    assertThat(runs.runs()).singleElement().satisfies(r -> {
      assertThat(r.runId()).isEqualTo(1L);
      assertThat(r.lastWritten()).isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
      assertThat(r.dataSetId()).isEqualTo(3L);
    });
  }

  @Test
  void rateLimits() {
    RateLimits r = NexlaJson.mapper().readValue("{\"rate_limit\": {\"limit\": 1000, \"remaining\": 999,"
        + " \"reset\": 1640995200, \"window\": 3600}, \"message\": \"Rate limit information\", \"tier\": \"gold\"}",
        RateLimits.class);
    assertThat(r.rateLimit().limit()).isEqualTo(1000L);
    assertThat(r.rateLimit().remaining()).isEqualTo(999L);
    assertThat(r.rateLimit().reset()).isEqualTo(Instant.ofEpochSecond(1640995200L));
    assertThat(r.rateLimit().windowDuration()).contains(Duration.ofHours(1));
    assertThat(r.additionalProperties()).containsEntry("tier", "gold");
  }

  @Test
  void partsOfAnUnexpectedShapeAreKeptRawInsteadOfFailingTheAnswer() {
    FlowMetricsResponse flow = NexlaJson.mapper().readValue(
        "{\"status\": \"200\", \"message\": \"Ok\", \"metrics\": [1, 2]}", FlowMetricsResponse.class);
    assertThat(flow.status()).isEqualTo(200);
    assertThat(flow.metrics()).isNull();
    assertThat(flow.byResource()).isEmpty();
    assertThat(flow.additionalProperties()).containsEntry("metrics", java.util.List.of(1, 2));
    assertThat(NexlaJson.mapper().writeValueAsString(flow)).isEqualTo("{\"status\":200,\"message\":\"Ok\",\"metrics\":[1,2]}");

    RunMetricsResponse runs = NexlaJson.mapper().readValue("{\"status\": 200, \"metrics\": \"none\"}",
        RunMetricsResponse.class);
    assertThat(runs.runs()).isEmpty();
    assertThat(runs.additionalProperties()).containsEntry("metrics", "none");

    FlowLogsResponse logs = NexlaJson.mapper().readValue("{\"logs\": {\"data\": \"later\"}, \"meta\": 5}",
        FlowLogsResponse.class);
    assertThat(logs.logs()).isEmpty();
    assertThat(logs.additionalProperties()).containsEntry("logs", "later").containsEntry("meta", 5);

    RateLimits limits = NexlaJson.mapper().readValue("{\"rate_limit\": [], \"message\": \"m\"}", RateLimits.class);
    assertThat(limits.rateLimit()).isNull();
    assertThat(limits.message()).isEqualTo("m");
    assertThat(limits.additionalProperties()).containsKey("rate_limit");

    DailyMetricsResponse daily = NexlaJson.mapper().readValue("{\"status\": 200, \"metrics\": 42}",
        DailyMetricsResponse.class);
    assertThat(daily.metrics()).isEmpty();
    assertThat(daily.additionalProperties()).containsEntry("metrics", 42);
    // a single object where an array is expected is read as a one-element array (mapper-wide rule)
    DailyMetricsResponse single = NexlaJson.mapper().readValue(
        "{\"status\": 200, \"metrics\": {\"time\": \"2024-01-01\", \"odd\": true}}", DailyMetricsResponse.class);
    assertThat(single.metrics()).singleElement()
        .satisfies(m -> assertThat(m.additionalProperties()).containsEntry("odd", true));
  }
}
