package io.nexla.reactive.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexla.reactive.core.json.NexlaJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class RedactionTest {

  @Test
  void secretFieldsAreMaskedAtAnyDepthAndOthersKept() {
    JsonNode body = NexlaJson.mapper().readTree("{\"name\":\"db\",\"key_columns\":[\"id\"],"
        + "\"credentials\":{\"user\":\"u\"},\"items\":[{\"access_token\":\"t\",\"api-key\":\"k\"}]}");

    JsonNode redacted = Redaction.redact(body);

    assertThat(redacted.toString()).isEqualTo("{\"name\":\"db\",\"key_columns\":[\"id\"],"
        + "\"credentials\":\"****\",\"items\":[{\"access_token\":\"****\",\"api-key\":\"****\"}]}");
  }

  @Test
  void secretPairsInTextAreMasked() {
    assertThat(Redaction.redactText("{\"password\": \"p1\", \"name\": \"n\", \"service_key\": \"unterminated"))
        .isEqualTo("{\"password\": \"****\", \"name\": \"n\", \"service_key\": \"****\"");
    assertThat(Redaction.redactText("url?api_key=abc&x=1 token: xyz Authorization: Bearer abc.def"))
        .doesNotContain("abc", "xyz", "abc.def").contains("x=1");
  }

  @Test
  void numericIdsOfCredentialsAndTokensAreReferencesAndKept() {
    JsonNode body = NexlaJson.mapper().readTree("{\"data_credentials_id\":5012,\"credential_ids\":[1,2],"
        + "\"token_id\":\"tok-secret\",\"api_key_id\":[3,\"k-secret\"],\"credentials\":{\"id\":9}}");

    assertThat(Redaction.redact(body).toString()).isEqualTo("{\"data_credentials_id\":5012,"
        + "\"credential_ids\":[1,2],\"token_id\":\"****\",\"api_key_id\":\"****\",\"credentials\":\"****\"}");
    assertThat(Redaction.redactText("{\"data_credentials_id\": 5012, \"credential_ids\": [1, 2], "
        + "\"token_id\": \"tok-secret\", \"password_id\": [3, \"p-secret\"]}"))
        .isEqualTo("{\"data_credentials_id\": 5012, \"credential_ids\": [1, 2], \"token_id\": \"****\", "
            + "\"password_id\": \"****\"}");
  }

  @Test
  void everyElementOfASecretArrayInTextIsMasked() {
    assertThat(Redaction.redactText("{\"api_keys\": [\"k-one\", \"k]two\", \"k-three\"], \"name\": \"n\"}"))
        .isEqualTo("{\"api_keys\": \"****\", \"name\": \"n\"}");
    assertThat(Redaction.redactText("{\"tokens\": [\"t-one\", \"t-tw"))
        .isEqualTo("{\"tokens\": \"****\"");
  }
}
