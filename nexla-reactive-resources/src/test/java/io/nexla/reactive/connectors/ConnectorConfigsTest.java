package io.nexla.reactive.connectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.credentials.CredentialCreate;
import io.nexla.reactive.destinations.DestinationCreate;
import io.nexla.reactive.destinations.DestinationType;
import io.nexla.reactive.sources.SourceCreate;
import io.nexla.reactive.sources.SourceType;
import io.nexla.reactive.testkit.NexlaEmulator;
import io.nexla.reactive.testkit.NexlaEmulatorExtension;
import io.nexla.reactive.testkit.RecordedRequest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The seed connectors' typed settings go over the wire as the keys Nexla's connector documentation names. */
@ExtendWith(NexlaEmulatorExtension.class)
class ConnectorConfigsTest {

  private static final Duration WAIT = Duration.ofSeconds(30);

  private static JsonNode sentBody(NexlaEmulator emulator, String route) {
    RecordedRequest request = emulator.journal().stream().filter(r -> r.method().equals("POST")
        && route.equals(r.route())).reduce((a, b) -> b).orElseThrow();
    return JsonMapper.builder().build().readTree(request.body());
  }

  @Test
  void anS3PipelineIsWrittenWithTheDocumentedKeys(NexlaEmulator emulator, NexlaClient client) {
    long credential = client.credentials().create(CredentialCreate.builder("orders bucket",
            S3Credentials.builder("AKIAEXAMPLE", "s3-secret-canary-value").region("us-east-1").build())
        .build()).block(WAIT).id();
    JsonNode credentialBody = sentBody(emulator, "/data_credentials");
    assertThat(credentialBody.get("credentials_type").asString()).isEqualTo("s3");
    assertThat(credentialBody.get("credentials").properties()).extracting(Map.Entry::getKey)
        .containsExactly("access_key_id", "secret_access_key", "region");

    client.sources().create(SourceCreate.builder("orders", SourceType.S3).dataCredentialsId(credential)
        .config(S3SourceConfig.builder("raw/orders/").fileFormat("json").cron("0 * * * *")
            .field("max_files_per_run", 10).build())
        .build()).block(WAIT);
    JsonNode source = sentBody(emulator, "/data_sources").get("source_config");
    assertThat(source.get("path").asString()).isEqualTo("raw/orders/");
    assertThat(source.get("file_format").asString()).isEqualTo("json");
    assertThat(source.get("start.cron").asString()).isEqualTo("0 * * * *");
    assertThat(source.get("max_files_per_run").asInt()).isEqualTo(10);

    long nexset = emulator.store().create("data_sets", Map.of("name", "orders")).get("id").asLong();
    client.destinations().create(DestinationCreate.builder("orders lake", DestinationType.S3, credential, nexset)
        .config(S3DestinationConfig.builder("analytics/orders/").dataFormat("parquet").fileCompression("snappy")
            .build())
        .build()).block(WAIT);
    JsonNode sink = sentBody(emulator, "/data_sinks").get("sink_config");
    assertThat(sink.properties()).extracting(Map.Entry::getKey)
        .containsExactly("path", "data_format", "file_compression");
  }

  @Test
  void aSnowflakeSinkMergesByKeyColumnsWithItsCredentials(NexlaEmulator emulator, NexlaClient client) {
    SnowflakeCredentials credentials = SnowflakeCredentials.builder("xy12345.us-east-1", "LOADER")
        .password("snowflake-password-canary").warehouse("LOAD_WH").database("RAW").schema("STAGING")
        .role("SYSADMIN").build();
    long credential = client.credentials().create(CredentialCreate.builder("warehouse", credentials).build())
        .block(WAIT).id();
    assertThat(sentBody(emulator, "/data_credentials").get("credentials").properties())
        .extracting(Map.Entry::getKey)
        .containsExactly("account", "user", "password", "warehouse", "database", "schema", "role");
    assertThat(credentials.toString()).doesNotContain("snowflake-password-canary", "LOADER");

    long nexset = emulator.store().create("data_sets", Map.of("name", "orders")).get("id").asLong();
    client.destinations().create(DestinationCreate.builder("orders warehouse", DestinationType.SNOWFLAKE,
            credential, nexset)
        .config(SnowflakeDestinationConfig.merge("RAW.STAGING.ORDERS", "order_id", "line").role("SYSADMIN").build())
        .build()).block(WAIT);
    JsonNode sink = sentBody(emulator, "/data_sinks").get("sink_config");
    assertThat(sink.get("table").asString()).isEqualTo("RAW.STAGING.ORDERS");
    assertThat(sink.get("load_type").asString()).isEqualTo("merge");
    assertThat(sink.get("key_columns").values()).extracting(JsonNode::asString).containsExactly("order_id", "line");
    assertThat(sink.get("role").asString()).isEqualTo("SYSADMIN");
  }

  @Test
  void badSettingsAreRefusedWhereTheyAreWritten() {
    assertThatThrownBy(() -> S3Credentials.builder("AKIA", " ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("secret_access_key");
    assertThatThrownBy(() -> SnowflakeDestinationConfig.merge("ORDERS", "id"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DATABASE.SCHEMA.TABLE");
    assertThatThrownBy(() -> SnowflakeDestinationConfig.merge("RAW.STAGING.ORDERS"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(SnowflakeDestinationConfig.append("RAW.STAGING.ORDERS").build().toMap())
        .containsExactly(Map.entry("table", "RAW.STAGING.ORDERS"), Map.entry("load_type", "append"));
    assertThat(S3SourceConfig.builder("p/").field("file_format", "csv").field("file_format", null).build().toMap())
        .containsOnlyKeys("path");
    assertThatThrownBy(() -> S3SourceConfig.builder("p/").build().toMap().put("x", 1))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
