package io.nexla.reactive.lookups;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.core.json.NexlaJson;
import io.nexla.reactive.core.testing.RecordingTransport;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

class LookupsClientTest {

  final RecordingTransport transport = new RecordingTransport();
  final LookupsClient lookups = NexlaClient.of(transport).lookups();

  @Test
  void entriesAreAddressedByCommaJoinedKeys() {
    transport.answerEveryRequest(r -> r.method().name().equals("DELETE") ? "{\"status\": \"deleted\"}"
        : "[{\"eventId\": \"001\", \"description\": \"Login\"}]");
    StepVerifier.create(lookups.entries(3, "001", "ABC*"))
        .assertNext(row -> assertThat(row).containsEntry("description", "Login")).verifyComplete();
    StepVerifier.create(lookups.upsertEntries(3, List.of(Map.of("eventId", "001", "description", "Login"))))
        .expectNextCount(1).verifyComplete();
    StepVerifier.create(lookups.deleteEntries(3, "001")).verifyComplete();

    assertThat(transport.requests()).extracting(RecordingTransport::line).containsExactly(
        "GET /data_maps/3/entries/001,ABC*", "PUT /data_maps/3/entries", "DELETE /data_maps/3/entries/001");
    assertThat(RecordingTransport.body(transport.requests().get(1)).get("entries").get(0).get("eventId").asString())
        .isEqualTo("001");
  }

  @Test
  void unaddressableKeysFailWithoutSending() {
    StepVerifier.create(lookups.entries(3)).expectError(IllegalArgumentException.class).verify();
    StepVerifier.create(lookups.deleteEntries(3, "a,b")).expectError(IllegalArgumentException.class).verify();
    assertThat(transport.requests()).isEmpty();
  }

  @Test
  void lookupDecodesPublicFlagAndUnknownDataTypeAndRoundTrips() {
    Lookup lookup = NexlaJson.mapper().readValue("{\"id\": 3, \"name\": \"events\", \"description\": \"\","
        + " \"map_primary_key\": \"eventId\", \"public\": true, \"data_type\": \"geo\", \"data_defaults\": {},"
        + " \"retention_days\": 7}", Lookup.class);
    assertThat(lookup.isPublic()).isTrue();
    assertThat(lookup.dataType()).isEqualTo(LookupDataType.of("geo"));
    JsonNode sent = NexlaJson.mapper().valueToTree(LookupUpdate.builder(lookup).emitDataDefault(true).build());
    assertThat(sent.get("public").asBoolean()).isTrue();
    assertThat(sent.get("retention_days").asInt()).isEqualTo(7);
    assertThat(sent.get("emit_data_default").asBoolean()).isTrue();
    assertThat(sent.has("is_public")).isFalse();
  }

  @Test
  void createSendsItsDefaults() {
    LookupCreate create = LookupCreate.builder("events", LookupDataType.STRING, "eventId")
        .entry(Map.of("eventId", "001")).build();
    assertThat(NexlaJson.mapper().writeValueAsString(create)).isEqualTo("{\"name\":\"events\",\"data_type\":"
        + "\"string\",\"map_primary_key\":\"eventId\",\"data_defaults\":{},\"emit_data_default\":false,"
        + "\"data_map\":[{\"eventId\":\"001\"}],\"tags\":[]}");
  }
}
