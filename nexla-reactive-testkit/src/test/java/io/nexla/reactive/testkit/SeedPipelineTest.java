package io.nexla.reactive.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The seed pipeline over HTTP, every id taken from an answer: credential → source → activate → detected nexset (from
 * the source's {@code data_sets}) → samples → transformed nexset → destination → flow activate/pause with
 * {@code all=1} and {@code full_tree=1} → export → delete with cascade. The emulator is started the way the
 * standalone jar's main starts it (its command line parsed by {@link EmulatorMain}).
 */
class SeedPipelineTest {

  private NexlaEmulator emulator;
  private Api api;

  @BeforeEach
  void start() {
    NexlaEmulator.Builder builder = EmulatorMain.parse(new String[] {"--port", "0", "--service-key", "seed-key", "--task-duration", "0s"});
    assertThat(builder).isNotNull();
    emulator = builder.start();
    api = new Api(emulator);
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  @Test
  void theSeedPipelineRunsWithoutHandMadeIds() {
    long credential = created(api.call("POST", "/data_credentials",
        "{\"name\":\"orders-bucket\",\"credentials_type\":\"s3\",\"credentials\":{\"access_key_id\":\"AK\",\"secret_access_key\":\"SK\"}}"));
    long source = created(api.call("POST", "/data_sources", "{\"name\":\"orders\",\"source_type\":\"s3\",\"data_credentials_id\":"
        + credential + ",\"source_config\":{\"path\":\"bucket/orders/\",\"file_format\":\"csv\"}}"));
    assertThat(api.get("/data_sources/" + source).json().get("data_sets")).as("nothing detected before activation").isEmpty();

    JsonNode activated = ok(api.call("PUT", "/data_sources/" + source + "/activate", null));
    assertThat(activated.get("status").asString()).isEqualTo("ACTIVE");
    JsonNode detectedBriefs = ok(api.get("/data_sources/" + source)).get("data_sets");
    assertThat(detectedBriefs).hasSize(1);
    long detected = detectedBriefs.get(0).get("id").asLong();

    JsonNode nexset = ok(api.get("/data_sets/" + detected));
    assertThat(nexset.get("data_source_id").asLong()).isEqualTo(source);
    JsonNode schema = nexset.get("output_schema").get("properties");
    JsonNode samples = ok(api.get("/data_sets/" + detected + "/samples?count=4&include_metadata=False&live=False"));
    assertThat(samples).hasSize(4);
    for (JsonNode record : samples) {
      assertThat(names(record)).as("each sample has the inferred schema's attributes").isEqualTo(names(schema));
      record.forEach(value -> assertThat(value.isString()).as("CSV values are text: %s", record).isTrue());
    }
    assertThat(ids(ok(api.get("/data_sets?per_page=100")))).contains(detected);

    long transformed = created(api.call("POST", "/data_sets", "{\"name\":\"orders-clean\",\"parent_data_set_id\":" + detected
        + ",\"has_custom_transform\":false,\"transform\":{\"version\":1,\"operations\":[]},\"data_sinks\":[],\"tags\":[]}"));
    long destination = created(api.call("POST", "/data_sinks", "{\"name\":\"orders-out\",\"sink_type\":\"s3\",\"data_credentials_id\":"
        + credential + ",\"data_set_id\":" + transformed + ",\"sink_config\":{\"path\":\"out/\",\"data_format\":\"parquet\"}}"));
    assertThat(ok(api.get("/data_sets/" + transformed)).get("parent_data_sets").get(0).get("id").asLong()).isEqualTo(detected);
    assertThat(ok(api.get("/data_sets/" + transformed)).get("data_sinks").get(0).get("id").asLong()).isEqualTo(destination);

    JsonNode flows = ok(api.get("/flows"));
    assertThat(flows.get("flows")).hasSize(1);
    JsonNode root = flows.get("flows").get(0);
    assertThat(root.get("data_source_id").asLong()).isEqualTo(source);
    JsonNode detectedNode = root.get("children").get(0);
    assertThat(detectedNode.get("data_set_id").asLong()).isEqualTo(detected);
    JsonNode transformedNode = detectedNode.get("children").get(0);
    assertThat(transformedNode.get("data_set_id").asLong()).isEqualTo(transformed);
    assertThat(transformedNode.get("children").get(0).get("data_sink_id").asLong()).isEqualTo(destination);
    assertThat(ids(flows.get("data_sets"))).containsExactlyInAnyOrder(detected, transformed);
    long origin = root.get("id").asLong();
    long sinkNode = transformedNode.get("children").get(0).get("id").asLong();

    // The whole flow, upstream included, from the destination's node and from the destination itself.
    ok(api.call("PUT", "/flows/" + sinkNode + "/activate?full_tree=1", null));
    assertThat(statuses(source, detected, transformed, destination)).containsOnly("ACTIVE");
    ok(api.call("PUT", "/data_sinks/" + destination + "/pause?all=1", null));
    assertThat(statuses(source, detected, transformed, destination)).containsOnly("PAUSED");
    ok(api.call("PUT", "/flows/" + origin + "/activate?all=1", null));
    assertThat(statuses(source, detected, transformed, destination)).containsOnly("ACTIVE");
    // Without a flag, only downstream of the node.
    ok(api.call("PUT", "/flows/" + transformedNode.get("id").asLong() + "/pause", null));
    assertThat(statuses(source, detected, transformed, destination)).containsExactly("ACTIVE", "ACTIVE", "PAUSED", "PAUSED");

    long task = created(api.call("POST", "/async_tasks", "{\"type\":\"EXPORT_DATA\",\"arguments\":{\"data_set_id\":" + transformed
        + ",\"size_bytes\":1000}}"));
    JsonNode link = ok(api.get("/async_tasks/" + task + "/download_link"));
    Api.Response artifact = Api.sendUrl("GET", link.get("url").asString(), null, Map.of());
    assertThat(artifact.status()).isEqualTo(200);
    assertThat(artifact.body()).hasSize(1000);

    Api.Response refused = api.call("DELETE", "/flows/" + origin + "?full_tree=1", null);
    assertThat(refused.status()).isEqualTo(405);
    assertThat(ids(refused.json().get("data_sources"))).containsExactly(source);
    assertThat(api.get("/data_sources/" + source).status()).as("a refused delete deletes nothing").isEqualTo(200);

    ok(api.call("PUT", "/flows/" + origin + "/pause?full_tree=1", null));
    ok(api.call("DELETE", "/flows/" + origin + "?full_tree=1", null));
    for (String path : List.of("/data_sources/" + source, "/data_sets/" + detected, "/data_sets/" + transformed,
        "/data_sinks/" + destination, "/flows/" + origin)) {
      assertThat(api.get(path).status()).as(path).isEqualTo(404);
    }
    assertThat(ok(api.get("/flows")).get("flows")).isEmpty();
    assertThat(api.get("/data_credentials/" + credential).status()).as("credentials are not part of the flow").isEqualTo(200);
  }

  @Test
  void aSourceWithoutCredentialsDetectsNothingUntilItsWebhookReceivesRecords() {
    long source = created(api.call("POST", "/data_sources", "{\"name\":\"events\",\"source_type\":\"api_push\"}"));
    ok(api.call("PUT", "/data_sources/" + source + "/activate", null));
    assertThat(ok(api.get("/data_sources/" + source)).get("data_sets")).isEmpty();

    JsonNode pushed = Api.sendUrl("POST", emulator.webhookUrl(source) + "?api_key=seed-key",
        "[{\"event\":\"click\",\"user_id\":7,\"at\":{\"page\":\"home\"}}]", Map.of()).json();
    long detected = pushed.get("dataset_id").asLong();
    assertThat(ok(api.get("/data_sources/" + source)).get("data_sets").get(0).get("id").asLong()).isEqualTo(detected);
    JsonNode schema = ok(api.get("/data_sets/" + detected)).get("output_schema").get("properties");
    assertThat(schema.get("user_id").get("type").asString()).isEqualTo("integer");
    assertThat(schema.get("at").get("properties").get("page").get("type").asString()).isEqualTo("string");
    assertThat(ok(api.get("/data_sets/" + detected + "/samples?count=1")).get(0).get("event").asString()).isEqualTo("click");
  }

  @Test
  void deletingAnActiveResourceIsRefusedAndAPausedOneTakesItsDownstreamAlong() {
    long credential = created(api.call("POST", "/data_credentials", "{\"name\":\"c\",\"credentials_type\":\"s3\"}"));
    long source = created(api.call("POST", "/data_sources", "{\"name\":\"s\",\"source_type\":\"s3\",\"data_credentials_id\":" + credential
        + ",\"source_config\":{\"file_format\":\"json\"}}"));
    ok(api.call("PUT", "/data_sources/" + source + "/activate", null));
    long detected = ok(api.get("/data_sources/" + source)).get("data_sets").get(0).get("id").asLong();
    JsonNode sample = ok(api.get("/data_sets/" + detected + "/samples?count=1")).get(0);
    assertThat(sample.get("id").isIntegralNumber() && sample.get("address").isObject()).as("JSON records keep their types").isTrue();

    assertThat(api.call("DELETE", "/data_sources/" + source, null).status()).isEqualTo(405);
    ok(api.call("PUT", "/data_sources/" + source + "/pause?all=1", null));
    ok(api.call("DELETE", "/data_sources/" + source, null));
    assertThat(api.get("/data_sets/" + detected).status()).isEqualTo(404);
  }

  private static long created(Api.Response response) {
    assertThat(response.status()).as(response.body()).isIn(200, 201);
    return response.json().get("id").asLong();
  }

  private static JsonNode ok(Api.Response response) {
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  private List<String> statuses(long source, long detected, long transformed, long destination) {
    return List.of(ok(api.get("/data_sources/" + source)).get("status").asString(),
        ok(api.get("/data_sets/" + detected)).get("status").asString(),
        ok(api.get("/data_sets/" + transformed)).get("status").asString(),
        ok(api.get("/data_sinks/" + destination)).get("status").asString());
  }

  private static List<Long> ids(JsonNode array) {
    List<Long> ids = new ArrayList<>();
    array.forEach(item -> ids.add(item.isObject() ? item.get("id").asLong() : item.asLong()));
    return ids;
  }

  private static List<String> names(JsonNode object) {
    return new ArrayList<>(object.propertyNames());
  }
}
