package io.nexla.reactive.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.core.json.NexlaJson;
import io.nexla.reactive.core.testing.RecordingTransport;
import java.util.Map;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

class CredentialsClientTest {

  static String compact(String json) {
    return NexlaJson.mapper().readTree(json).toString();
  }

  final RecordingTransport transport = new RecordingTransport();
  final CredentialsClient credentials = NexlaClient.of(transport).credentials();

  @Test
  void toStringNeverShowsSecrets() {
    CredentialCreate create = CredentialCreate.builder("warehouse", CredentialType.SNOWFLAKE)
        .secret("account", "acme").secret("user", "loader").secret("password", "hunter2-very-secret").build();
    CredentialUpdate update = CredentialUpdate.builder().credentials(Map.of("password", "rotated-secret-99"))
        .field("token", "side-secret-77").build();
    Credential stored = NexlaJson.mapper().readValue("{\"id\": 3, \"name\": \"warehouse\","
        + " \"credentials_type\": \"snowflake\", \"credentials\": {\"password\": \"leaked-secret-55\"},"
        + " \"credentials_non_secure_data\": {\"api_token\": \"nonsecure-but-private-11\"}}", Credential.class);

    assertThat(create.toString()).contains("warehouse").doesNotContain("hunter2-very-secret", "loader");
    assertThat(update.toString()).doesNotContain("rotated-secret-99", "side-secret-77");
    assertThat(stored.toString()).contains("warehouse").doesNotContain("leaked-secret-55", "nonsecure-but-private-11");
    // the secrets still go on the wire
    assertThat(NexlaJson.mapper().<JsonNode>valueToTree(create).get("credentials").get("password").asString())
        .isEqualTo("hunter2-very-secret");
  }

  @Test
  void s3CredentialSerialisesAsDocumented() {
    CredentialCreate s3 = CredentialCreate.builder("orders-bucket", CredentialType.S3)
        .secret("access_key_id", "AKIA1").secret("secret_access_key", "s3cr3t").secret("region", "us-east-1").build();
    assertThat(NexlaJson.mapper().writeValueAsString(s3)).isEqualTo(compact("""
        {"name": "orders-bucket", "credentials_type": "s3",
         "credentials": {"access_key_id": "AKIA1", "secret_access_key": "s3cr3t", "region": "us-east-1"}}
        """));
  }

  @Test
  void unknownTypeAndVerifiedStatusDecode() {
    Credential c = NexlaJson.mapper().readValue("{\"id\": 3, \"credentials_type\": \"mainframe_tape\","
        + " \"verified_status\": \"PENDING_REVIEW\", \"access_roles\": [\"owner\", null],"
        + " \"referenced_resource_ids\": {\"data_sources\": [1, 2]}}", Credential.class);
    assertThat(c.credentialsType()).isEqualTo(CredentialType.of("mainframe_tape"));
    assertThat(c.verifiedStatus()).isEqualTo(VerifiedStatus.of("PENDING_REVIEW"));
    assertThat(c.accessRoles()).hasSize(1);
    assertThat(c.referencedResourceIds().get("data_sources")).containsExactly(1L, 2L);
  }

  @Test
  void probesSendTheirModesAndAnEmptyAnswerMeansSuccess() {
    transport.answerEveryRequest(r -> r.pathTemplate().endsWith("/probe") ? "" : r.pathTemplate().endsWith("credentials") ? "[]"
        : "{\"status\": \"ok\", \"message\": \"m\", \"connection_type\": \"s3\", \"object\": {\"tree\": []}}");
    StepVerifier.create(credentials.probe(3)).assertNext(p -> assertThat(p.isSuccessful()).isTrue()).verifyComplete();
    StepVerifier.create(credentials.probeTree(3, ProbeTreeRequest.path("/raw", 2), ProbeMode.startAsync()))
        .assertNext(p -> assertThat(p.object()).containsKey("tree")).verifyComplete();
    StepVerifier.create(credentials.probeSample(3, ProbeSampleRequest.path("/raw/a.csv").with("max_rows", 5),
        ProbeMode.collect("r-1"))).expectNextCount(1).verifyComplete();
    StepVerifier.create(credentials.list(CredentialType.S3)).verifyComplete();

    assertThat(transport.requests()).extracting(RecordingTransport::line).containsExactly(
        "GET /data_credentials/3/probe", "POST /data_credentials/3/probe/tree?async=True",
        "POST /data_credentials/3/probe/sample?async=True&request_id=r-1",
        "GET /data_credentials?credentials_type=s3&page=1&per_page=100");
    assertThat(RecordingTransport.body(transport.requests().get(1)).toString())
        .isEqualTo("{\"depth\":2,\"path\":\"/raw\"}");
    assertThat(RecordingTransport.body(transport.requests().get(2)).toString())
        .isEqualTo("{\"path\":\"/raw/a.csv\",\"max_rows\":5}");
  }
}
