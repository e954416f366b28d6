package io.nexla.reactive.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class FlowTest {
  private final NexlaEmulator emulator = NexlaEmulator.start();
  private final Api api = new Api(emulator);
  private long source;
  private long nexset;
  private long sink;

  @AfterEach
  void stop() {
    emulator.close();
  }

  @BeforeEach
  void buildFlow() {
    source = api.call("POST", "/data_sources", "{\"name\":\"orders\",\"source_type\":\"s3\"}").json().get("id").asLong();
    nexset = api.call("POST", "/data_sets", "{\"name\":\"orders-set\",\"data_source_id\":" + source + "}").json().get("id").asLong();
    sink = api.call("POST", "/data_sinks", "{\"name\":\"orders-sink\",\"data_set_id\":" + nexset + "}").json().get("id").asLong();
  }

  private long rootNode() {
    return api.get("/data_sources/" + source).json().get("flow_node_id").asLong();
  }

  private String status(String rt, long id) {
    return api.get("/" + rt + "/" + id).json().get("status").asString();
  }

  @Test
  void createdResourcesFormOneFlowTree() {
    JsonNode flows = api.get("/flows").json();
    assertThat(flows.isObject()).isTrue();
    assertThat(flows.get("flows").size()).isEqualTo(1);
    JsonNode root = flows.get("flows").get(0);
    assertThat(root.get("data_source_id").asLong()).isEqualTo(source);
    JsonNode setNode = root.get("children").get(0);
    assertThat(setNode.get("data_set_id").asLong()).isEqualTo(nexset);
    assertThat(setNode.get("parent_node_id").asLong()).isEqualTo(root.get("id").asLong());
    assertThat(setNode.get("origin_node_id").asLong()).isEqualTo(root.get("id").asLong());
    assertThat(setNode.get("children").get(0).get("data_sink_id").asLong()).isEqualTo(sink);
    assertThat(flows.get("data_sources").get(0).get("id").asLong()).isEqualTo(source);
    assertThat(flows.get("data_sets").get(0).get("id").asLong()).isEqualTo(nexset);
    assertThat(flows.get("data_sinks").get(0).get("id").asLong()).isEqualTo(sink);

    assertThat(api.get("/flows?flows_only=1").json().has("data_sources")).isFalse();
    assertThat(api.get("/data_sinks/" + sink + "/flow").json().get("flows").get(0).get("id").asLong()).isEqualTo(rootNode());
  }

  @Test
  void activateFromANodeAppliesDownstreamAndFullTreeToEverything() {
    long setNode = api.get("/data_sets/" + nexset).json().get("flow_node_id").asLong();
    api.call("PUT", "/flows/" + setNode + "/activate", null);
    assertThat(status("data_sources", source)).isEqualTo("PAUSED");
    assertThat(status("data_sets", nexset)).isEqualTo("ACTIVE");
    assertThat(status("data_sinks", sink)).isEqualTo("ACTIVE");

    JsonNode response = api.call("PUT", "/flows/" + setNode + "/activate?full_tree=1", null).json();
    assertThat(response.get("flows").get(0).get("status").asString()).isEqualTo("ACTIVE");
    assertThat(status("data_sources", source)).isEqualTo("ACTIVE");

    api.call("PUT", "/flows/" + rootNode() + "/pause?all=true", null);
    assertThat(status("data_sinks", sink)).isEqualTo("PAUSED");
  }

  @Test
  void resourceFormsCascadeWithAllFlag() {
    api.call("PUT", "/data_sinks/" + sink + "/flow/activate?all=1", null);
    assertThat(status("data_sources", source)).isEqualTo("ACTIVE");
    api.call("PUT", "/data_sinks/" + sink + "/pause?all=True", null);
    assertThat(status("data_sources", source)).isEqualTo("PAUSED");
    api.call("PUT", "/data_sources/" + source + "/activate", null);
    assertThat(status("data_sources", source)).isEqualTo("ACTIVE");
    assertThat(status("data_sets", nexset)).isEqualTo("PAUSED");
    api.call("PUT", "/data_sets/" + nexset + "/flow/activate", null);
    assertThat(status("data_sinks", sink)).isEqualTo("ACTIVE");
  }

  @Test
  void deletingAFlowWithActiveResourcesIs405WithTheDocumentedBody() {
    api.call("PUT", "/flows/" + rootNode() + "/activate?full_tree=1", null);
    Api.Response refused = api.call("DELETE", "/flows/" + rootNode() + "?full_tree=1", null);
    assertThat(refused.status()).isEqualTo(405);
    assertThat(refused.json().get("message").asString()).isEqualTo("Active flow resources must be paused before flow deletion!");
    assertThat(refused.json().get("data_sources").get(0).asLong()).isEqualTo(source);
    assertThat(refused.json().get("data_sets").get(0).asLong()).isEqualTo(nexset);
    assertThat(emulator.journal()).last().satisfies(r -> assertThat(r.processed()).isFalse());

    api.call("PUT", "/flows/" + rootNode() + "/pause?full_tree=1", null);
    assertThat(api.call("DELETE", "/data_sets/" + nexset + "/flow?all=1", null).status()).isEqualTo(200);
    assertThat(api.get("/data_sources/" + source).status()).isEqualTo(404);
    assertThat(api.get("/data_sinks/" + sink).status()).isEqualTo(404);
    assertThat(api.get("/flows").json().get("flows").size()).isZero();
  }

  @Test
  void deleteWithoutFlagRemovesOnlyDownstream() {
    long setNode = api.get("/data_sets/" + nexset).json().get("flow_node_id").asLong();
    assertThat(api.call("DELETE", "/flows/" + setNode, null).status()).isEqualTo(200);
    assertThat(api.get("/data_sources/" + source).status()).isEqualTo(200);
    assertThat(api.get("/data_sets/" + nexset).status()).isEqualTo(404);
    assertThat(api.get("/data_sinks/" + sink).status()).isEqualTo(404);
  }

  @Test
  void copyCreatesANewFlowWithCopiedFromIds() {
    JsonNode copy = api.call("POST", "/flows/" + rootNode() + "/copy", "{}").json();
    assertThat(copy.get("flows").get(0).get("id").asLong()).isNotEqualTo(rootNode());
    assertThat(copy.get("data_sources").get(0).get("copied_from_id").asLong()).isEqualTo(source);
    assertThat(copy.get("data_sinks").get(0).get("copied_from_id").asLong()).isEqualTo(sink);
    assertThat(api.get("/flows").json().get("flows").size()).isEqualTo(2);
  }

  @Test
  void genericOperationsOnResources() {
    JsonNode updated = api.call("PUT", "/data_sources/" + source, "{\"description\":\"new\"}").json();
    assertThat(updated.get("description").asString()).isEqualTo("new");
    assertThat(updated.get("name").asString()).isEqualTo("orders");
    assertThat(api.call("POST", "/data_sources", "{\"name\":\"orders\"}").status()).isEqualTo(409);
    JsonNode copy = api.call("POST", "/data_sources/" + source + "/copy", "{}").json();
    assertThat(copy.get("copied_from_id").asLong()).isEqualTo(source);
    assertThat(copy.get("id").asLong()).isNotEqualTo(source);

    JsonNode added = api.call("PUT", "/data_sources/" + source + "/accessors",
        "{\"accessors\":[{\"type\":\"USER\",\"email\":\"a@x.io\",\"access_roles\":[\"collaborator\"]}]}").json();
    assertThat(added.size()).isEqualTo(1);
    api.call("PUT", "/data_sources/" + source + "/accessors", "{\"accessors\":[{\"type\":\"TEAM\",\"id\":5}]}");
    assertThat(api.get("/data_sources/" + source + "/accessors").json().size()).isEqualTo(2);
    api.call("DELETE", "/data_sources/" + source + "/accessors", "{\"accessors\":[{\"type\":\"TEAM\",\"id\":5}]}");
    assertThat(api.get("/data_sources/" + source + "/accessors").json().size()).isEqualTo(1);
    api.call("POST", "/data_sources/" + source + "/accessors", "{\"accessors\":[]}");
    assertThat(api.get("/data_sources/" + source + "/accessors").json().size()).isZero();

    JsonNode audit = api.get("/data_sources/" + source + "/audit_log").json();
    assertThat(audit.get(0).get("event").asString()).isEqualTo("create");
    assertThat(audit.size()).isGreaterThan(2);
  }
}
