package io.nexla.reactive.metrics;

import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.core.testing.RecordingTransport;
import io.nexla.reactive.flows.FlowResourceType;
import static org.assertj.core.api.Assertions.assertThat;

import io.nexla.reactive.core.http.NexlaRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

/** The requests the metrics client builds: typed parameters converted to the unit each endpoint expects. */
class MetricsClientRequestTest {

  private final RecordingTransport transport = RecordingTransport.on(Schedulers.immediate()).respond(
      r -> RecordingTransport.ok(Map.of("status", 200, "metrics", List.of(), "raw", "kept")));
  private final MetricsClient metrics = NexlaClient.of(transport).metrics();

  private NexlaRequest only() {
    assertThat(transport.requests()).hasSize(1);
    return transport.requests().get(0);
  }

  @Test
  void dailyMetricsSendIsoDaysAndAlwaysAggregate() {
    StepVerifier.create(metrics.dailyMetrics(FlowResourceType.NEXSETS, 7, LocalDate.of(2024, 1, 2), null))
        .assertNext(r -> assertThat(r.status()).isEqualTo(200)).verifyComplete();
    NexlaRequest r = only();
    assertThat(r.method()).isEqualTo(HttpMethod.GET);
    assertThat(r.pathTemplate()).isEqualTo("/{rt}/{id}/metrics");
    assertThat(r.pathVariables()).containsEntry("rt", "data_sets").containsEntry("id", 7L);
    assertThat(r.query()).containsOnlyKeys("from", "aggregate")
        .containsEntry("from", List.of("2024-01-02")).containsEntry("aggregate", List.of("1"));
    assertThat(r.operation()).isEqualTo("metrics.getResourceDailyMetrics");
  }

  @Test
  void flowLogsSendEpochMilliseconds() {
    Instant from = Instant.parse("2024-01-01T00:00:00Z");
    StepVerifier.create(metrics.flowLogs(FlowResourceType.SOURCES, 5,
            FlowLogsQuery.of(9001, from).withTo(from.plusSeconds(60)).withPage(2, 50)))
        .assertNext(r -> assertThat(r.additionalProperties()).containsKeys("metrics", "raw")).verifyComplete();
    NexlaRequest r = only();
    assertThat(r.pathTemplate()).isEqualTo("/{rt}/{id}/flow/logs");
    assertThat(r.pathVariables()).containsEntry("rt", "data_sources");
    assertThat(r.query()).containsEntry("run_id", List.of("9001"))
        .containsEntry("from", List.of("1704067200000")).containsEntry("to", List.of("1704067260000"))
        .containsEntry("page", List.of("2")).containsEntry("per_page", List.of("50"));
  }

  @Test
  void flowMetricsSendDaysAndOnlyTheGivenParts() {
    StepVerifier.create(metrics.flowMetrics(FlowResourceType.DESTINATIONS, 3,
            FlowMetricsQuery.since(LocalDate.of(2024, 2, 1)).withGroupBy("runId")))
        .expectNextCount(1).verifyComplete();
    NexlaRequest r = only();
    assertThat(r.pathTemplate()).isEqualTo("/{rt}/{id}/flow/metrics");
    assertThat(r.query()).containsOnlyKeys("from", "groupby").containsEntry("from", List.of("2024-02-01"));
  }

  @Test
  void runSummaryPagesWithSize() {
    StepVerifier.create(metrics.metricsByRun(FlowResourceType.SOURCES, 3,
            RunMetricsQuery.DEFAULTS.withGroupBy(RunMetricsQuery.RUN_ID)
                .withOrderBy(RunMetricsQuery.LAST_WRITTEN).withPage(1, 10)))
        .expectNextCount(1).verifyComplete();
    assertThat(only().query()).containsOnlyKeys("groupby", "orderby", "page", "size")
        .containsEntry("orderby", List.of("lastWritten"));
  }

  @Test
  void looseEndpointsEmitTheJsonUntouched() {
    StepVerifier.create(metrics.resourceFlowMetrics(FlowResourceType.SOURCES, 1, "records"))
        .assertNext(json -> assertThat(json.get("raw").asString()).isEqualTo("kept")).verifyComplete();
    StepVerifier.create(metrics.flowMetricsSummary("daily")).expectNextCount(1).verifyComplete();
    StepVerifier.create(NexlaClient.of(transport).flows().byResource(FlowResourceType.NEXSETS, 2)).expectNextCount(1)
        .verifyComplete();
    StepVerifier.create(metrics.rateLimits()).expectNextCount(1).verifyComplete();
    List<NexlaRequest> sent = transport.requests();
    assertThat(sent).extracting(NexlaRequest::pathTemplate).containsExactly("/{rt}/{id}/flow/{metric_type}",
        "/data_flows/metrics/{period}", "/{rt}/{id}/flow", "/limits");
    assertThat(sent.get(0).pathVariables()).containsEntry("metric_type", "records");
    assertThat(sent.get(1).pathVariables()).containsEntry("period", "daily");
    assertThat(sent).allSatisfy(r -> assertThat(r.query()).isEmpty());
  }

  @Test
  void callsAreCold() {
    metrics.rateLimits();
    metrics.flowMetricsSummary("total");
    assertThat(transport.requests()).isEmpty();
  }
}
