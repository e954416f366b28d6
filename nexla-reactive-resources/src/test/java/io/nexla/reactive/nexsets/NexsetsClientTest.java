package io.nexla.reactive.nexsets;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.core.json.NexlaJson;
import io.nexla.reactive.destinations.DestinationType;
import io.nexla.reactive.core.testing.RecordingTransport;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

class NexsetsClientTest {

  final RecordingTransport transport = new RecordingTransport();
  final NexsetsClient nexsets = NexlaClient.of(transport).nexsets();

  @Test
  void samplesDecodeBothShapesAndSendEveryFlag() {
    transport.answerEveryRequest(r -> """
        [{"rawMessage": {"id": 1, "name": "A"}, "nexlaMetaData": {"source": "test"}},
         {"id": 2, "name": "B"}]
        """);
    StepVerifier.create(nexsets.samples(5059, new SampleOptions(2, true, false)))
        .assertNext(s -> {
          assertThat(s.rawMessage()).containsEntry("name", "A");
          assertThat(s.nexlaMetadata()).containsEntry("source", "test");
        })
        .assertNext(s -> {
          assertThat(s.rawMessage()).containsEntry("name", "B");
          assertThat(s.nexlaMetadata()).isNull();
        })
        .verifyComplete();
    assertThat(RecordingTransport.line(transport.last()))
        .isEqualTo("GET /data_sets/5059/samples?count=2&include_metadata=True&live=False");
  }

  @Test
  void aNonArraySampleAnswerYieldsNoRecords() {
    transport.answerEveryRequest(r -> "{\"status\": \"no samples yet\"}");
    StepVerifier.create(nexsets.samples(5059)).verifyComplete();
  }

  @Test
  void copyDocsReadsThenReplacesAndSkipsThePostWhenThereIsNothingToCopy() {
    transport.answerEveryRequest(r -> r.method().name().equals("GET")
        ? "[{\"id\": 1, \"name\": \"fields\", \"doc_type\": \"md\", \"text\": \"  # Fields\\n\", \"owner\": {\"id\": 2}}]"
        : "[{\"id\": 9, \"name\": \"fields\", \"doc_type\": \"md\", \"text\": \"  # Fields\\n\"}]");
    StepVerifier.create(nexsets.copyDocs(1, 2)).assertNext(d -> assertThat(d.id()).isEqualTo(9L)).verifyComplete();
    assertThat(transport.requests()).extracting(RecordingTransport::line)
        .containsExactly("GET /data_sets/1/docs?expand=1", "POST /data_sets/2/docs");
    assertThat(RecordingTransport.body(transport.last()).toString())
        .isEqualTo("{\"docs\":[{\"name\":\"fields\",\"text\":\"  # Fields\\n\",\"doc_type\":\"md\"}]}");

    RecordingTransport empty = new RecordingTransport().answerEveryRequest(r -> "[]");
    StepVerifier.create(NexlaClient.of(empty).nexsets().copyDocs(1, 2)).verifyComplete();
    assertThat(empty.requests()).extracting(RecordingTransport::line).containsExactly("GET /data_sets/1/docs?expand=1");
  }

  @Test
  void docsRecommendationAndUpdateDocs() {
    transport.answerEveryRequest(r -> r.pathTemplate().endsWith("recommendation")
        ? "{\"recommendation\": \"text\", \"status\": \"success\"}" : "{}");
    StepVerifier.create(nexsets.docsRecommendation(5)).expectNextCount(1).verifyComplete();
    StepVerifier.create(nexsets.updateDocs(5, List.of(NexsetDocInput.markdown("a", "b")))).verifyComplete();
    assertThat(transport.requests()).extracting(RecordingTransport::line)
        .containsExactly("POST /data_sets/5/docs/recommendation", "POST /data_sets/5/docs");
  }

  @Test
  void derivedNexsetCreateAlwaysSendsItsDefaults() {
    NexsetCreate create = NexsetCreate.builder("clean orders", 5059)
        .transform(Map.of("version", 1, "operations", List.of())).build();
    JsonNode sent = NexlaJson.mapper().valueToTree(create);
    assertThat(sent.get("has_custom_transform").asBoolean()).isTrue();
    assertThat(sent.get("output_schema_validation_enabled").asBoolean()).isFalse();
    assertThat(sent.get("data_sinks").isArray()).isTrue();
    assertThat(sent.get("tags").isArray()).isTrue();
    assertThat(sent.has("transform_id")).isFalse();
  }

  @Test
  void nexsetKeepsUnknownSinkTypesAndCamelCaseKeysAndRoundTrips() {
    String stored = "{\"id\": 5059, \"flowType\": \"batch\", \"data_sinks\": [{\"id\": 1, \"name\": \"s\","
        + " \"sinkType\": \"hologram\"}], \"output_schema\": {\"type\": \"object\"}, \"lineage\": [1, 2]}";
    Nexset nexset = NexlaJson.mapper().readValue(stored, Nexset.class);
    assertThat(nexset.dataSinks().get(0).sinkType()).isEqualTo(DestinationType.of("hologram"));
    JsonNode sent = NexlaJson.mapper().valueToTree(NexsetUpdate.builder(nexset).description("d").build());
    assertThat(sent.get("lineage").toString()).isEqualTo("[1,2]");
    assertThat(sent.get("description").asString()).isEqualTo("d");
    assertThat(sent.get("output_schema").toString()).isEqualTo("{\"type\":\"object\"}");
  }
}
