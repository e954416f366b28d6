package io.nexla.reactive.flows;

import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.core.testing.RecordingTransport;
import static io.nexla.reactive.core.testing.RecordingTransport.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.nexla.reactive.common.ResourceStatus;
import io.nexla.reactive.core.json.NexlaJson;
import io.nexla.reactive.metrics.FlowLogEntry;
import io.nexla.reactive.metrics.FlowLogsQuery;
import io.nexla.reactive.metrics.FlowLogsResponse;
import io.nexla.reactive.metrics.FlowMetricsQuery;
import io.nexla.reactive.metrics.MetricsClient;
import io.nexla.reactive.sources.Source;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

class FlowsClientTest {

  static final String TREE = """
      {"id": 5001, "origin_node_id": 5001, "parent_node_id": null, "data_source_id": 5023,
       "status": "ACTIVE", "flow_type": "batch", "ingestion_mode": "POLL", "name": "Orders", "shiny": 1,
       "children": [
         {"id": 5002, "origin_node_id": 5001, "parent_node_id": 5001, "data_set_id": 5059, "status": "ACTIVE",
          "children": [
            {"id": 5003, "origin_node_id": 5001, "parent_node_id": 5002, "data_sink_id": 5029,
             "status": "STOPPING", "children": []}]},
         {"id": 5004, "origin_node_id": 5001, "parent_node_id": 5001, "data_set_id": 5060, "children": []}]}
      """;

  static String root(long id) {
    return "{\"id\": " + id + ", \"origin_node_id\": " + id + ", \"data_source_id\": " + (id + 1)
        + ", \"children\": [{\"id\": " + (id + 2) + ", \"origin_node_id\": " + id + ", \"parent_node_id\": " + id
        + ", \"data_set_id\": 9, \"children\": []}]}";
  }

  final RecordingTransport transport = new RecordingTransport();
  final FlowsClient flows = NexlaClient.of(transport).flows();
  final MetricsClient metrics = NexlaClient.of(transport).metrics();

  @Test
  void flowResponseDecodesTreesSideLoadedResourcesAndUnknownFields() {
    String json = "{\"flows\": [" + TREE + "], \"data_sources\": [{\"id\": 5023, \"name\": \"orders\","
        + " \"status\": \"ACTIVE\", \"source_type\": \"s3\"}], \"data_sets\": [{\"id\": 5059, \"flowType\":"
        + " \"streaming\"}], \"data_sinks\": [{\"id\": 5029, \"sink_type\": \"snowflake\"}],"
        + " \"metrics\": [{\"origin_node_id\": 5001, \"records\": 10, \"size\": 5, \"errors\": 0,"
        + " \"reporting_date\": \"2024-01-01\", \"run_id\": 3}], \"nexsets\": []}";
    FlowResponse response = NexlaJson.mapper().readValue(json, FlowResponse.class);

    assertThat(response.nodes()).extracting(FlowNode::id).containsExactly(5001L, 5002L, 5003L, 5004L);
    FlowNode root = response.flows().get(0);
    assertThat(root.isRoot()).isTrue();
    assertThat(root.flowType()).isEqualTo(FlowType.BATCH);
    assertThat(root.additionalProperties()).containsEntry("shiny", 1);
    assertThat(root.resource()).contains(new FlowNode.FlowResourceRef(FlowResourceType.SOURCES, 5023));
    FlowNode sink = root.children().get(0).children().get(0);
    assertThat(sink.parentNodeId()).isEqualTo(5002L);
    assertThat(sink.status()).isEqualTo(ResourceStatus.of("STOPPING"));
    assertThat(sink.resource()).contains(new FlowNode.FlowResourceRef(FlowResourceType.DESTINATIONS, 5029));
    assertThat(response.flowId()).contains(5001L);
    assertThat(response.source(5023)).map(Source::name).contains("orders");
    assertThat(response.nexset(5059)).get().extracting(n -> n.flowType()).isEqualTo(FlowType.STREAMING);
    assertThat(response.destination(5029)).get().extracting(d -> d.sinkType().value()).isEqualTo("snowflake");
    assertThat(response.metrics()).singleElement().extracting(FlowMetrics::runId).isEqualTo(3L);
    assertThat(response.additionalProperties()).containsKey("nexsets");
  }

  @Test
  void listEmitsTheSingleFlowResponseOfGetFlows() {
    transport.answerEveryRequest(r -> "{\"flows\": [" + TREE + "]}");
    StepVerifier.create(flows.firstPage(FlowListOptions.DEFAULTS.withRunMetrics(true)))
        .assertNext(r -> assertThat(r.flows()).hasSize(1)).verifyComplete();
    assertThat(line(transport.last())).isEqualTo("GET /flows?include_run_metrics=1");
  }

  @Test
  void nodesWalkEveryPageAndFlattenTreesDepthFirst() {
    transport.answerEveryRequest(r -> switch (r.query().get("page").get(0)) {
      case "1" -> "{\"flows\": [" + root(100) + "," + root(200) + "]}";
      case "2" -> "{\"flows\": [" + root(300) + "]}";
      default -> throw new AssertionError("page after the last one requested");
    });
    StepVerifier.create(flows.nodes(FlowListOptions.DEFAULTS.withFlowsOnly(true).withPageSize(2)).map(FlowNode::id)
            .collectList())
        .assertNext(ids -> assertThat(ids).containsExactly(100L, 102L, 200L, 202L, 300L, 302L))
        .verifyComplete();
    assertThat(transport.requests()).extracting(RecordingTransport::line).containsExactly(
        "GET /flows?flows_only=1&page=1&per_page=2", "GET /flows?flows_only=1&page=2&per_page=2");
  }

  @Test
  void nodesAreLazyCancellingStopsPageRequests() {
    transport.answerEveryRequest(r -> {
      long page = Long.parseLong(r.query().get("page").get(0));
      return "{\"flows\": [" + root(1000 * page + 100) + "," + root(1000 * page + 200) + "]}";
    });
    // every page is full, so only demand ends the walk: five nodes need the first two pages and no more
    StepVerifier.create(flows.nodes(FlowListOptions.DEFAULTS.withPageSize(2)).take(5)).expectNextCount(5)
        .verifyComplete();
    assertThat(transport.requests()).hasSize(2);
  }

  @Test
  void cascadesOnFlowNodesUseFullTree() {
    StepVerifier.create(flows.activate(5)).expectNextCount(1).verifyComplete();
    StepVerifier.create(flows.activate(5, FlowScope.WHOLE_FLOW)).expectNextCount(1).verifyComplete();
    StepVerifier.create(flows.pause(5, FlowScope.DOWNSTREAM)).expectNextCount(1).verifyComplete();
    StepVerifier.create(flows.pauseInBackground(5, FlowScope.WHOLE_FLOW)).expectNextCount(1).verifyComplete();
    StepVerifier.create(flows.delete(5, FlowScope.WHOLE_FLOW)).verifyComplete();
    StepVerifier.create(flows.transferOwnership(5, FlowOwnershipTransfer.withEverything(6, 2),
        FlowScope.WHOLE_FLOW)).expectNextCount(1).verifyComplete();

    assertThat(transport.requests()).extracting(RecordingTransport::line).containsExactly(
        "PUT /flows/5/activate", "PUT /flows/5/activate?full_tree=1", "PUT /flows/5/pause",
        "PUT /flows/5/pause?full_tree=1&async=1", "DELETE /flows/5?full_tree=1", "PUT /flows/5?full_tree=1");
    assertThat(RecordingTransport.body(transport.last())).hasToString(
        "{\"owner_id\":6,\"org_id\":2,\"include_data_credentials\":true,\"include_code_containers\":true}");
  }

  @Test
  void cascadesThroughResourcesUseTheDocumentedFlowPathsAndAll() {
    transport.answerEveryRequest(r -> r.pathTemplate().endsWith("/activate") && !r.pathTemplate().contains("/flow/")
        ? "{\"id\": 7, \"status\": \"ACTIVE\", \"source_type\": \"s3\"}" : "{\"flows\": []}");
    StepVerifier.create(flows.activateFlowOf(FlowResourceType.SOURCES, 7, FlowScope.WHOLE_FLOW))
        .expectNextCount(1).verifyComplete();
    StepVerifier.create(flows.pauseFlowOf(FlowResourceType.NEXSETS, 8, FlowScope.DOWNSTREAM))
        .expectNextCount(1).verifyComplete();
    StepVerifier.create(flows.deleteFlowOf(FlowResourceType.DESTINATIONS, 9, FlowScope.WHOLE_FLOW))
        .verifyComplete();
    StepVerifier.create(flows.transferOwnershipOf(FlowResourceType.SOURCES, 7,
        new FlowOwnershipTransfer(6L, null, null, null), FlowScope.WHOLE_FLOW)).verifyComplete();
    StepVerifier.create(flows.byResource(FlowResourceType.NEXSETS, 8, true)).expectNextCount(1).verifyComplete();
    StepVerifier.create(flows.activateResource(FlowResourceType.SOURCES, 7, FlowScope.WHOLE_FLOW))
        .assertNext(source -> assertThat(source.status()).isEqualTo(ResourceStatus.ACTIVE)).verifyComplete();

    assertThat(transport.requests()).extracting(RecordingTransport::line).containsExactly(
        "PUT /data_sources/7/flow/activate?all=1", "PUT /data_sets/8/flow/pause", "DELETE /data_sinks/9/flow?all=1",
        "PUT /data_sources/7/flow?all=1", "GET /data_sets/8/flow?flows_only=1", "PUT /data_sources/7/activate?all=1");
    assertThat(RecordingTransport.body(transport.requests().get(3))).hasToString("{\"owner_id\":6}");
  }

  @Test
  void logTimesAreSecondsOnFlowLogsAndMillisecondsOnResourceLogs() {
    Instant from = Instant.parse("2024-01-01T00:00:00Z");
    Instant to = Instant.parse("2024-01-02T00:00:00.250Z");
    transport.answerEveryRequest(r -> """
        {"status": 200, "message": "Ok", "extra": true,
         "logs": {"data": [{"log": "Read 120 records", "log_type": "LOG", "severity": "INFO", "resource_id": 5023,
                            "resource_type": "SOURCE", "timestamp": 1704067200123, "run_id": 9001,
                            "details": {"records": 120}}],
                  "meta": {"org_id": 12, "run_id": 9001, "current_page": 1, "pages_count": 3, "totalCount": 1}}}
        """);
    StepVerifier.create(flows.logs(5, FlowLogQuery.between(from, to).withSeverity("ERROR").withPage(1, 50)))
        .assertNext(logs -> {
          assertThat(logs.status()).isEqualTo(200);
          FlowLogEntry entry = logs.logs().get(0);
          assertThat(entry.message()).isEqualTo("Read 120 records");
          assertThat(entry.level()).isEqualTo("INFO");
          assertThat(entry.timestamp()).isEqualTo(Instant.ofEpochMilli(1704067200123L));
          assertThat(logs.meta().pageCount()).isEqualTo(3);
          assertThat(logs.meta().totalCount()).isEqualTo(1L);
          assertThat(logs.additionalProperties()).containsEntry("extra", true);
        }).verifyComplete();
    StepVerifier.create(metrics.flowLogs(FlowResourceType.SOURCES, 7, FlowLogsQuery.of(9001, from).withTo(to)))
        .expectNextCount(1).verifyComplete();
    StepVerifier.create(flows.searchLogs(5, FlowLogSearch.between(from, to).withRunIds(1L, 2L)
        .withSeverities("ERROR").withFacets(true))).expectNextCount(1).verifyComplete();

    assertThat(transport.requests()).extracting(RecordingTransport::line).containsExactly(
        "GET /flows/5/logs?from=1704067200&to=1704153600&severity=ERROR&page=1&per_page=50",
        "GET /data_sources/7/flow/logs?run_id=9001&from=1704067200000&to=1704153600250",
        "POST /flows/5/logs_v2?from=1704067200&to=1704153600&facets=True");
    assertThat(RecordingTransport.body(transport.last())).hasToString("{\"run_ids\":[1,2],\"severity\":[\"ERROR\"]}");
    assertThat(transport.last().idempotent()).isTrue();
  }

  @Test
  void flowLogsAsAnArrayDecodeToo() {
    FlowLogsResponse logs = NexlaJson.mapper().readValue("{\"status\": 200, \"logs\": []}", FlowLogsResponse.class);
    assertThat(logs.logs()).isEmpty();
    assertThat(logs.meta()).isNull();
  }

  @Test
  void metricsHealthAndRunStatusUseTheirPathsAndDates() {
    transport.answerEveryRequest(r -> r.pathTemplate().endsWith("/flow/metrics")
        ? "{\"status\": 200, \"metrics\": {\"data\": {\"5023\": {\"records\": 1200, \"size\": 48211, \"errors\": 3,"
            + " \"runId\": 9001}}, \"meta\": {\"currentPage\": 1, \"pageCount\": 1, \"totalCount\": 1}}}"
        : "{\"status\": \"ok\"}");
    StepVerifier.create(metrics.flowMetrics(FlowResourceType.DESTINATIONS, 9,
            FlowMetricsQuery.since(LocalDate.of(2024, 1, 1)).withTo(LocalDate.of(2024, 1, 31)).withGroupBy("runId")))
        .assertNext(m -> assertThat(m.metrics().data().get("5023").runId()).isEqualTo(9001L)).verifyComplete();
    StepVerifier.create(flows.runStatus(5, 77)).expectNextCount(1).verifyComplete();
    StepVerifier.create(flows.health(5)).expectNextCount(1).verifyComplete();
    StepVerifier.create(flows.orgHealthSummary(HealthQuery.ALL.withOrg(3))).expectNextCount(1).verifyComplete();
    StepVerifier.create(flows.orgHealthFlows(HealthQuery.ALL.withHealthStatus("RED").withPage(1, 10)))
        .expectNextCount(1).verifyComplete();
    StepVerifier.create(flows.activeFlowsMetrics(LocalDate.of(2024, 1, 1), null, null)).expectNextCount(1)
        .verifyComplete();
    assertThat(transport.requests()).extracting(RecordingTransport::line).containsExactly(
        "GET /data_sinks/9/flow/metrics?from=2024-01-01&to=2024-01-31&groupby=runId",
        "GET /flows/5/run_status/77", "GET /health/flow/5", "GET /health/org/all?org_id=3",
        "GET /health/org/flows?health_status=RED&page=1&size=10",
        "GET /data_flows/metrics/active_flows_metrics?from=2024-01-01");
  }

  @Test
  void copyAndReplaceCredentialsRepointsMappedCopiesAddsToProjectAndRereads() {
    transport.answerEveryRequest(r -> switch (line(r)) {
      case "POST /flows/5/copy" -> "{\"flows\": [{\"id\": 900, \"origin_node_id\": 900}],"
          + " \"data_sources\": [{\"id\": 901, \"copied_from_id\": 7}, {\"id\": 902, \"copied_from_id\": 8}],"
          + " \"data_sinks\": [{\"id\": 903, \"copied_from_id\": 9}]}";
      case "GET /flows/900" -> "{\"flows\": [{\"id\": 900, \"origin_node_id\": 900}]}";
      default -> "{}";
    });
    StepVerifier.create(flows.copyAndReplaceCredentials(5, FlowCopyOptions.DEFAULTS.withCopyAccessControls(true),
            CredentialReplacement.none().source(7, 70).destination(9, 90).inProject(4)))
        .assertNext(r -> assertThat(r.flowId()).contains(900L)).verifyComplete();

    assertThat(transport.requests()).extracting(RecordingTransport::line).containsExactly(
        "POST /flows/5/copy", "PUT /data_sources/901", "PUT /data_sinks/903", "PUT /projects/4/flows",
        "GET /flows/900");
    List<String> bodies = transport.requests().subList(0, 4).stream()
        .map(r -> RecordingTransport.body(r).toString()).toList();
    assertThat(bodies).containsExactly(
        "{\"reuse_data_credentials\":true,\"copy_access_controls\":true,\"copy_dependent_data_flows\":false}",
        "{\"data_credentials_id\":70}", "{\"data_credentials_id\":90}", "{\"flows\":[900]}");
  }

  @Test
  void docsRecommendationPostsWithoutBody() {
    transport.answerEveryRequest(r -> "{\"recommendation\": \"# Orders\", \"status\": \"success\"}");
    StepVerifier.create(flows.docsRecommendation(5))
        .assertNext(d -> assertThat(d.recommendation()).isEqualTo("# Orders")).verifyComplete();
    assertThat(line(transport.last())).isEqualTo("POST /flows/5/docs/recommendation");
    assertThat(transport.last().body()).isNull();
  }

  @Test
  void nothingIsSentBeforeSubscription() {
    flows.activate(5, FlowScope.WHOLE_FLOW);
    flows.nodes();
    flows.copyAndReplaceCredentials(5, FlowCopyOptions.DEFAULTS, CredentialReplacement.none());
    assertThat(transport.requests()).isEmpty();
  }
}
