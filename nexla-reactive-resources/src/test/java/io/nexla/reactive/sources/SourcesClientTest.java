package io.nexla.reactive.sources;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.common.AccessRole;
import io.nexla.reactive.common.ResourceStatus;
import io.nexla.reactive.core.json.NexlaJson;
import io.nexla.reactive.flows.FlowType;
import io.nexla.reactive.core.testing.RecordingTransport;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

class SourcesClientTest {

  static String compact(String json) {
    return NexlaJson.mapper().readTree(json).toString();
  }

  static final String SOURCE = """
      {"id": 5023, "name": "orders", "status": "HIBERNATING", "source_type": "s3_glacier", "connector_type": "s3",
       "owner": {"id": 42, "full_name": "Jane Doe", "email": "jane@example.com"},
       "access_roles": ["owner"], "ingest_method": "PULL_LATER", "flow_type": "micro_batch",
       "source_config": {"path": "raw/orders/", "start.cron": "0 * * * *"},
       "data_sets": [{"id": 1, "owner_id": 2, "org_id": 3}], "run_ids": [{"id": 9, "created_at": 1700000000}],
       "tags": null, "created_at": "2024-01-01T10:00:00Z",
       "retention": {"days": 30, "tiers": ["hot", null]}, "labels": null}
      """;

  final RecordingTransport transport = new RecordingTransport();
  final SourcesClient sources = NexlaClient.of(transport).sources();

  static JsonNode json(String text) {
    return NexlaJson.mapper().readTree(text);
  }

  @Test
  void unknownConnectorStatusAndFlowValuesDecodeAndKnownOnesCompareEqual() {
    Source source = NexlaJson.mapper().readValue(SOURCE, Source.class);
    assertThat(source.sourceType()).isEqualTo(SourceType.of("s3_glacier")).isNotEqualTo(SourceType.S3);
    assertThat(source.status()).isEqualTo(ResourceStatus.of("HIBERNATING"));
    assertThat(source.ingestMethod()).hasToString("PULL_LATER");
    assertThat(source.flowType()).isEqualTo(FlowType.of("micro_batch"));
    assertThat(source.accessRoles()).containsExactly(AccessRole.OWNER);
    assertThat(source.tags()).isEmpty();
    assertThat(source.runIds().get(0).createdAt()).hasToString("2023-11-14T22:13:20Z");
    assertThat(NexlaJson.mapper().readValue("{\"id\":1,\"source_type\":\"s3\"}", Source.class).sourceType())
        .isEqualTo(SourceType.S3);
  }

  @Test
  void getModifyUpdateSendsBackEveryFieldIncludingUnknownOnes() {
    transport.answerEveryRequest(r -> SOURCE);
    StepVerifier.create(sources.get(5023)
            .flatMap(s -> sources.update(s.id(), SourceUpdate.builder(s).name("renamed").build())))
        .expectNextCount(1).verifyComplete();

    assertThat(RecordingTransport.line(transport.last())).isEqualTo("PUT /data_sources/5023");
    JsonNode sent = RecordingTransport.body(transport.last());
    assertThat(sent.get("name").asString()).isEqualTo("renamed");
    assertThat(sent.get("retention")).isEqualTo(json("{\"days\": 30, \"tiers\": [\"hot\", null]}"));
    assertThat(sent.has("labels")).isTrue();
    assertThat(sent.get("labels").isNull()).isTrue();
    assertThat(sent.get("source_config")).isEqualTo(json("{\"path\": \"raw/orders/\", \"start.cron\": \"0 * * * *\"}"));
    assertThat(sent.get("source_type").asString()).isEqualTo("s3_glacier");
    assertThat(sent.get("status").asString()).isEqualTo("HIBERNATING");
    assertThat(sent.has("additional_properties")).isFalse();
  }

  @Test
  void partialUpdateSendsOnlyWhatWasSet() {
    JsonNode sent = NexlaJson.mapper().valueToTree(SourceUpdate.builder().description("nightly")
        .field("poll_schedule", "daily").build());
    assertThat(sent).isEqualTo(json("{\"description\": \"nightly\", \"poll_schedule\": \"daily\"}"));
  }

  @Test
  void s3SourceOnACronSerialisesAsDocumented() {
    SourceCreate s3 = SourceCreate.builder("Orders", SourceType.S3).dataCredentialsId(7)
        .config("path", "raw/orders/").config("file_format", "json").cron("0 * * * *").build();
    assertThat(NexlaJson.mapper().writeValueAsString(s3)).isEqualTo(compact("""
        {"name": "Orders", "source_type": "s3", "data_credentials_id": 7,
         "source_config": {"path": "raw/orders/", "file_format": "json", "start.cron": "0 * * * *"}}
        """));
  }

  @Test
  void templatedRestSourceSerialisesAsDocumented() {
    SourceCreate rest = SourceCreate.builder("Contacts", SourceType.REST).ingestMethod(IngestMethod.POLL)
        .templateConfig(RestApiTemplate.get("https://api.example.com/v1/contacts")
            .header("Authorization", "Bearer ${CREDENTIAL.token}")
            .queryParam("updated_after", "${LAST_SUCCESS_AT}")
            .cursorPagination("next_page"))
        .build();
    assertThat(NexlaJson.mapper().writeValueAsString(rest)).isEqualTo(compact("""
        {"name": "Contacts", "source_type": "rest", "ingest_method": "POLL",
         "template_config": {"request": {"method": "GET", "url": "https://api.example.com/v1/contacts",
                                         "headers": {"Authorization": "Bearer ${CREDENTIAL.token}"},
                                         "query_params": {"updated_after": "${LAST_SUCCESS_AT}"}},
                             "pagination": {"type": "cursor", "cursor_field": "next_page"}}}
        """));
  }

  @Test
  void createAndCopySendTheirBodies() {
    transport.answerEveryRequest(r -> "{\"id\": 1, \"copied_from_id\": 5023}");
    StepVerifier.create(sources.create(SourceCreate.builder("x", SourceType.S3).build())).expectNextCount(1)
        .verifyComplete();
    StepVerifier.create(sources.copy(5023, SourceCopyOptions.reusingCredentials()))
        .assertNext(copy -> assertThat(copy.copiedFromId()).isEqualTo(5023L)).verifyComplete();
    assertThat(transport.requests()).extracting(RecordingTransport::line)
        .containsExactly("POST /data_sources", "POST /data_sources/5023/copy");
    assertThat(RecordingTransport.body(transport.last()))
        .isEqualTo(json("{\"reuse_data_credentials\": true, \"copy_access_controls\": false}"));
  }
}
