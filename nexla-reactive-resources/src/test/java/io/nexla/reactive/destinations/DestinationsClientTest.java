package io.nexla.reactive.destinations;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.core.json.NexlaJson;
import io.nexla.reactive.core.testing.RecordingTransport;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

class DestinationsClientTest {

  static String compact(String json) {
    return NexlaJson.mapper().readTree(json).toString();
  }

  static JsonNode json(String text) {
    return NexlaJson.mapper().readTree(text);
  }

  final RecordingTransport transport = new RecordingTransport();
  final DestinationsClient destinations = NexlaClient.of(transport).destinations();

  @Test
  void snowflakeMergeSinkSerialisesAsDocumented() {
    DestinationCreate sink = DestinationCreate.builder("Orders to Snowflake", DestinationType.SNOWFLAKE, 11, 5059)
        .snowflakeMerge("RAW.STAGING.ORDERS", "order_id").config("role", "SYSADMIN").build();
    assertThat(NexlaJson.mapper().writeValueAsString(sink)).isEqualTo(compact("""
        {"name": "Orders to Snowflake", "sink_type": "snowflake", "data_credentials_id": 11, "data_set_id": 5059,
         "sink_config": {"table": "RAW.STAGING.ORDERS", "load_type": "merge", "key_columns": ["order_id"],
                         "role": "SYSADMIN"}}
        """));
  }

  @Test
  void s3ParquetSinkSerialisesAsDocumented() {
    DestinationCreate sink = DestinationCreate.builder("Orders archive", DestinationType.S3, 7, 5059)
        .config("path", "analytics/orders/").config("data_format", "parquet").config("file_compression", "snappy")
        .build();
    assertThat(NexlaJson.mapper().writeValueAsString(sink)).isEqualTo(compact("""
        {"name": "Orders archive", "sink_type": "s3", "data_credentials_id": 7, "data_set_id": 5059,
         "sink_config": {"path": "analytics/orders/", "data_format": "parquet", "file_compression": "snappy"}}
        """));
  }

  @Test
  void unknownSinkTypeAndFormatDecodeAndSurviveAnUpdate() {
    String stored = "{\"id\": 5029, \"sink_type\": \"quantum_lake\", \"sink_format\": \"JSON\", \"tags\": [],"
        + " \"sink_config\": {\"table\": \"T\"}, \"write_mode\": {\"upsert\": true}}";
    transport.answerEveryRequest(r -> stored);
    Destination d = NexlaJson.mapper().readValue(stored, Destination.class);
    assertThat(d.sinkType()).isEqualTo(DestinationType.of("quantum_lake"));
    assertThat(d.sinkFormat()).isEqualTo(DestinationFormat.of("JSON")).isNotEqualTo(DestinationFormat.JSON);

    StepVerifier.create(destinations.get(5029)
            .flatMap(got -> destinations.update(got.id(), DestinationUpdate.builder(got).dataSetId(77).build())))
        .expectNextCount(1).verifyComplete();
    JsonNode sent = RecordingTransport.body(transport.last());
    assertThat(sent.get("write_mode")).isEqualTo(json("{\"upsert\": true}"));
    assertThat(sent.get("data_set_id").asLong()).isEqualTo(77);
    assertThat(sent.get("sink_type").asString()).isEqualTo("quantum_lake");
  }
}
