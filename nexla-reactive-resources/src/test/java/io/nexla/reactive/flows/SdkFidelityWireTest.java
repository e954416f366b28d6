package io.nexla.reactive.flows;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.common.ResourceStatus;
import io.nexla.reactive.testkit.NexlaEmulator;
import io.nexla.reactive.testkit.RecordedRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import reactor.test.StepVerifier;

/**
 * Where the official SDK speaks an endpoint differently and the spec does not say ours is right, the client can
 * speak it the SDK's way; checked on the wire against the emulator.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SdkFidelityWireTest {

  NexlaEmulator emulator;
  NexlaClient client;

  @BeforeAll
  void start() {
    emulator = NexlaEmulator.start();
    client = NexlaClient.builder().baseUrl(emulator.baseUrl()).serviceKey(emulator.serviceKey()).build();
  }

  @AfterAll
  void stop() {
    client.close();
    emulator.close();
  }

  @Test
  void wholeFlowScopesSendTheFlagsTheSdkSends() {
    long source = emulator.store().create("data_sources", Map.of("name", "fidelity-src")).get("id").asLong();
    long nexset = emulator.store().create("data_sets", Map.of("name", "fidelity-set", "data_source_id", source)).get("id").asLong();
    long node = emulator.store().get("data_sets", nexset).get("flow_node_id").asLong();
    emulator.clearJournal();

    StepVerifier.create(client.flows().activate(node, FlowScope.WHOLE_FLOW_ALL))
        .assertNext(flow -> assertThat(flow.nodes()).hasSize(2).allSatisfy(n -> assertThat(n.status()).isEqualTo(ResourceStatus.ACTIVE)))
        .verifyComplete();
    StepVerifier.create(client.flows().pause(node, FlowScope.WHOLE_FLOW_BOTH_FLAGS)).expectNextCount(1).verifyComplete();
    StepVerifier.create(client.flows().activateResource(FlowResourceType.NEXSETS, nexset, FlowScope.WHOLE_FLOW_FULL_TREE))
        .expectNextCount(1).verifyComplete();
    assertThat(emulator.store().get("data_sources", source).get("status").asString()).as("upstream too").isEqualTo("ACTIVE");
    StepVerifier.create(client.flows().pauseResource(FlowResourceType.NEXSETS, nexset, FlowScope.WHOLE_FLOW)).expectNextCount(1).verifyComplete();

    assertThat(apiCalls()).extracting(r -> r.method() + " " + r.path() + " " + r.query()).containsExactly(
        "PUT /flows/" + node + "/activate {all=[1]}",
        "PUT /flows/" + node + "/pause {full_tree=[1], all=[1]}",
        "PUT /data_sets/" + nexset + "/activate {full_tree=[1]}",
        "PUT /data_sets/" + nexset + "/pause {all=[1]}");
  }

  @Test
  void lookupKeysAreJoinedWithALiteralCommaAndEncodedOneByOne() {
    long map = emulator.store().create("data_maps", Map.of("name", "fidelity-map", "map_primary_key", "code")).get("id").asLong();
    StepVerifier.create(client.lookups().upsertEntries(map, List.of(Map.of("code", "a b"), Map.of("code", "c"))))
        .expectNextCount(2).verifyComplete();
    emulator.clearJournal();

    StepVerifier.create(client.lookups().entries(map, "a b", "c").map(row -> row.get("code")).collectList())
        .assertNext(codes -> assertThat(codes).containsExactlyInAnyOrder("a b", "c")).verifyComplete();
    assertThat(apiCalls()).extracting(RecordedRequest::path).containsExactly("/data_maps/" + map + "/entries/a%20b,c");
  }

  @Test
  void flowLogsNeedNoTimeRange() {
    long source = emulator.store().create("data_sources", Map.of("name", "fidelity-logs")).get("id").asLong();
    long node = emulator.store().get("data_sources", source).get("flow_node_id").asLong();
    emulator.clearJournal();
    StepVerifier.create(client.flows().logs(node, FlowLogQuery.latest())).expectNextCount(1).verifyComplete();
    assertThat(apiCalls()).singleElement().satisfies(r -> assertThat(r.query()).doesNotContainKeys("from", "to"));
  }

  @Test
  void notificationSettingsCanBeAskedForUnexpanded() {
    emulator.clearJournal();
    StepVerifier.create(client.notifications().getSettingsByType(1, false)).verifyComplete();
    StepVerifier.create(client.notifications().getResourceSettings("SOURCE", 5, false, null, false)).verifyComplete();
    StepVerifier.create(client.notifications().getSettingsByType(1)).verifyComplete();
    assertThat(apiCalls()).extracting(r -> r.query().containsKey("expand")).containsExactly(false, false, true);
  }

  @Test
  void projectFlowsAreTypedFlowResponses() {
    long source = emulator.store().create("data_sources", Map.of("name", "fidelity-project-src")).get("id").asLong();
    long node = emulator.store().get("data_sources", source).get("flow_node_id").asLong();
    long project = emulator.store().create("projects", Map.of("name", "fidelity-project", "flows", List.of(node))).get("id").asLong();

    StepVerifier.create(client.projects().getFlows(project))
        .assertNext(flows -> assertThat(flows.nodes()).extracting(FlowNode::dataSourceId).containsExactly(source))
        .verifyComplete();
    StepVerifier.create(client.projects().searchFlows(project, List.of()))
        .assertNext(flows -> assertThat(flows.nodes()).extracting(FlowNode::id).containsExactly(node))
        .verifyComplete();
  }

  /** The journal without token requests (the client fetches a token before its first call). */
  private List<RecordedRequest> apiCalls() {
    return emulator.journal().stream().filter(r -> !r.path().startsWith("/token")).toList();
  }
}
