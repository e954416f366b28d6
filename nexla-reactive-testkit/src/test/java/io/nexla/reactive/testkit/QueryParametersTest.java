package io.nexla.reactive.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Documented query parameters select, page and shape what the emulator answers. */
class QueryParametersTest {

  private static NexlaEmulator emulator;
  private static Api api;

  @BeforeAll
  static void start() {
    emulator = NexlaEmulator.start();
    api = new Api(emulator);
  }

  @AfterAll
  static void stop() {
    emulator.close();
  }

  @Test
  void listExtrasAndAccessRoleSelectRecords() {
    long s3 = emulator.store().create("data_credentials", Map.of("name", "qp-s3", "credentials_type", "s3")).get("id").asLong();
    long pg = emulator.store().create("data_credentials", Map.of("name", "qp-pg", "credentials_type", "postgres")).get("id").asLong();
    long shared = emulator.store().create("data_credentials",
        Map.of("name", "qp-shared", "credentials_type", "postgres", "access_roles", List.of("operator"))).get("id").asLong();

    assertThat(ids(api.get("/data_credentials?credentials_type=postgres&per_page=100").json())).containsExactly(pg, shared);
    assertThat(ids(api.get("/data_credentials?credentials_type=S3&per_page=100").json())).containsExactly(s3);
    assertThat(ids(api.get("/data_credentials?access_role=admin&per_page=100").json())).contains(s3, pg).doesNotContain(shared);
    assertThat(ids(api.get("/data_credentials?access_role=collaborator&per_page=100").json())).contains(s3, pg, shared);
    assertThat(ids(api.get("/data_credentials?access_role=all&credentials_type=postgres&org_id=1&per_page=100").json()))
        .containsExactly(pg, shared);
    assertThat(api.get("/data_credentials?org_id=2").json()).isEmpty();
  }

  @Test
  void flowListsSelectByTheRootResource() {
    long active = emulator.store().create("data_sources", Map.of("name", "qp-flow-a", "status", "ACTIVE")).get("flow_node_id").asLong();
    long paused = emulator.store().create("data_sources", Map.of("name", "qp-flow-p")).get("flow_node_id").asLong();
    List<Long> activeFlows = new ArrayList<>();
    api.get("/flows?status=ACTIVE&per_page=500&flows_only=1").json().get("flows").forEach(f -> activeFlows.add(f.get("id").asLong()));
    assertThat(activeFlows).contains(active).doesNotContain(paused);
    assertThat(api.get("/flows?source_type=postgres&flows_only=1").json().get("flows")).isEmpty();
  }

  @Test
  void expandAddsRelatedRecordsInFull() {
    long credential = emulator.store().create("data_credentials", Map.of("name", "qp-cred")).get("id").asLong();
    long source = emulator.store().create("data_sources", Map.of("name", "qp-src", "data_credentials_id", credential)).get("id").asLong();
    assertThat(api.get("/data_sources/" + source).json().has("data_credentials")).isFalse();
    assertThat(api.get("/data_sources/" + source + "?expand=1").json().get("data_credentials").get("id").asLong()).isEqualTo(credential);
    assertThat(api.get("/users?expand=1").json().get(0).get("account_summary").has("data_sources")).isTrue();
  }

  @Test
  void auditLogsAndFlowLogsAreFiltered() {
    long map = emulator.store().create("data_maps", Map.of("name", "qp-map")).get("id").asLong();
    api.call("PUT", "/data_maps/" + map, "{\"description\":\"changed\"}");
    assertThat(api.get("/data_maps/" + map + "/audit_log").json()).hasSize(2);
    JsonNode updates = api.get("/data_maps/" + map + "/audit_log?event_filter=update&change_filter=description").json();
    assertThat(updates).singleElement().satisfies(e -> assertThat(e.get("event").asString()).isEqualTo("update"));
    assertThat(api.get("/data_maps/" + map + "/audit_log?change_filter=tags").json()).isEmpty();
    assertThat(api.get("/data_maps/" + map + "/audit_log?to=2000-01-01").json()).isEmpty();

    long source = emulator.store().create("data_sources", Map.of("name", "qp-logs")).get("id").asLong();
    JsonNode warnings = api.get("/data_sources/" + source + "/flow/logs?run_id=77&severity=WARN").json().get("logs").get("data");
    assertThat(warnings).isNotEmpty().allSatisfy(l -> {
      assertThat(l.get("severity").asString()).isEqualTo("WARN");
      assertThat(l.get("run_id").asLong()).isEqualTo(77);
    });
    // Per-resource flow logs take epoch milliseconds.
    long to = 1_700_000_060_000L;
    JsonNode ranged = api.get("/data_sources/" + source + "/flow/logs?run_id=77&from=" + (to - 60_000) + "&to=" + to + "&per_page=100").json();
    assertThat(ranged.get("logs").get("data")).hasSize(30)
        .allSatisfy(l -> assertThat(l.get("timestamp").asLong()).isBetween(to - 60_000, to));
    assertThat(api.get("/data_sources/" + source + "/flow/logs?per_page=100&from=" + (to - 10_000) + "&to=" + to).json().get("logs").get("data"))
        .hasSizeBetween(1, 29).allSatisfy(l -> assertThat(l.get("timestamp").asLong()).isBetween(to - 10_000, to));
  }

  private static List<Long> ids(JsonNode array) {
    List<Long> ids = new ArrayList<>();
    array.forEach(item -> ids.add(item.get("id").asLong()));
    return ids;
  }
}
