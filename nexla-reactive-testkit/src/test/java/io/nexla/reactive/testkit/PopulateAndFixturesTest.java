package io.nexla.reactive.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class PopulateAndFixturesTest {

  @Test
  void populateFromTheCommandLineServesFullPagesOfSources() {
    NexlaEmulator.Builder builder =
        EmulatorMain.parse(new String[] {"--port", "0", "--service-key", "K", "--populate", "1000"});
    try (NexlaEmulator emulator = builder.start()) {
      Api api = new Api(emulator);
      JsonNode page = api.get("/data_sources?page=10&per_page=100").json();
      assertThat(page).hasSize(100);
      assertThat(page.get(0).get("name").asString()).isEqualTo("source-0000901");
      assertThat(page.get(99).get("name").asString()).isEqualTo("source-0001000");
      assertThat(api.get("/data_sources?page=11&per_page=100").json()).isEmpty();
    }
  }

  @Test
  void everyPopulatedPipelineIsComplete() {
    try (NexlaEmulator emulator = NexlaEmulator.builder().populate(3).start()) {
      Api api = new Api(emulator);
      JsonNode source = api.get("/data_sources?per_page=3").json().get(2);
      assertThat(source.get("name").asString()).isEqualTo("source-0000003");
      JsonNode credential = api.get("/data_credentials/" + source.get("data_credentials_id").asLong()).json();
      assertThat(credential.get("name").asString()).isEqualTo("credential-0000003");

      long nexsetId = source.get("data_sets").get(0).get("id").asLong();
      JsonNode nexset = api.get("/data_sets/" + nexsetId).json();
      assertThat(nexset.get("data_source_id").asLong()).isEqualTo(source.get("id").asLong());
      assertThat(nexset.get("output_schema").get("properties").size()).isPositive();

      JsonNode sinks = api.get("/data_sinks?per_page=100").json();
      JsonNode sink = null;
      for (JsonNode candidate : sinks) {
        if (candidate.get("data_set_id").asLong() == nexsetId) {
          sink = candidate;
        }
      }
      assertThat(sink).isNotNull();
      assertThat(sink.get("name").asString()).isEqualTo("destination-0000003");
      assertThat(sink.get("origin_node_id").asLong()).isEqualTo(source.get("origin_node_id").asLong());
      assertThat(nexset.get("origin_node_id").asLong()).isEqualTo(source.get("flow_node_id").asLong());
    }
  }

  @Test
  void theShippedExampleFixturesLoadAndRoundTrip(@TempDir Path dir) throws Exception {
    Path example = Path.of(getClass().getResource("/fixtures/example.json").toURI());
    NexlaEmulator.Builder builder = EmulatorMain.parse(
        new String[] {"--port", "0", "--service-key", "K", "--fixtures", example.toString()});
    Map<String, Object> exported;
    try (NexlaEmulator emulator = builder.start()) {
      Api api = new Api(emulator);
      JsonNode source = api.get("/data_sources/5002").json();
      assertThat(source.get("name").asString()).isEqualTo("orders");
      assertThat(source.get("source_config").get("path").asString()).isEqualTo("warehouse/orders/");
      JsonNode sink = api.get("/data_sinks/5004").json();
      assertThat(sink.get("origin_node_id").asLong()).isEqualTo(source.get("flow_node_id").asLong());
      exported = emulator.store().exportFixtures();
    }
    Path written = dir.resolve("exported.json");
    Files.write(written, EmulatorStore.JSON.writeValueAsBytes(exported));
    try (NexlaEmulator reloaded = NexlaEmulator.builder().fixtures(written).start()) {
      assertThat(reloaded.store().exportFixtures()).isEqualTo(exported);
      assertThat(reloaded.store().getMap("data_sets", 5003)).containsEntry("name", "orders-detected");
      long next = reloaded.store().create("data_sources", Map.of("name", "after")).get("id").asLong();
      assertThat(next).isGreaterThan(5004);
    }
  }

  @Test
  void badFixturesAreRejectedWithTheReason(@TempDir Path dir) throws Exception {
    Path notAnArray = dir.resolve("bad.json");
    Files.writeString(notAnArray, "{\"data_sources\": {\"name\": \"x\"}}");
    assertThatThrownBy(() -> NexlaEmulator.builder().fixtures(notAnArray).start())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"data_sources\" must be an array");
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\"data_sources\": [");
    assertThatThrownBy(() -> NexlaEmulator.builder().fixtures(broken).start())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not valid JSON");
    assertThatThrownBy(() -> EmulatorMain.parse(
        new String[] {"--service-key", "K", "--fixtures", dir.resolve("missing.json").toString()}))
        .hasMessageContaining("cannot read");
  }

  @Test
  void storeMapHelpersTakeAndReturnPlainMaps() {
    try (NexlaEmulator emulator = NexlaEmulator.builder().start()) {
      Map<String, Object> created =
          emulator.store().createMap("data_sources", Map.of("name", "plain", "source_config", Map.of("a", 1)));
      long id = ((Number) created.get("id")).longValue();
      assertThat(created.get("source_config")).isEqualTo(Map.of("a", 1));
      assertThat(emulator.store().getMap("data_sources", id)).containsEntry("name", "plain");
      assertThat(emulator.store().listMaps("data_sources")).extracting(m -> m.get("name")).containsExactly("plain");
      assertThat(emulator.store().getMap("data_sources", id + 1000)).isNull();
    }
  }
}
