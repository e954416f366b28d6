package io.nexla.reactive.core.observation;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexla.reactive.core.internal.Redaction;
import io.nexla.reactive.core.json.NexlaJson;
import org.junit.jupiter.api.Test;

/** Redaction knows the API's secret-bearing shapes: credentials objects, tokens, keys, webhook API keys in URLs. */
class SchemaRedactionTest {

  @Test
  void everyValueOfACredentialsObjectIsMaskedWhateverItsName() {
    String body = "{\"name\":\"db\",\"credentials\":{\"host_alias\":\"s3cr3t-a\",\"nested\":{\"x\":\"s3cr3t-b\"},"
        + "\"note\":\"has } brace\"},\"credentials_type\":\"postgres\",\"id\":7}";

    assertThat(Redaction.redactText(body)).isEqualTo(
        "{\"name\":\"db\",\"credentials\":\"****\",\"credentials_type\":\"****\",\"id\":7}");
    assertThat(Redaction.redact(NexlaJson.mapper().readTree(body)).toString())
        .doesNotContain("s3cr3t-a", "s3cr3t-b", "brace").contains("\"id\":7");
  }

  @Test
  void aTruncatedCredentialsObjectIsMaskedToTheEndOfTheExcerpt() {
    assertThat(Redaction.redactText("{\"id\":1,\"credentials\": {\"username\":\"u\",\"pass"))
        .isEqualTo("{\"id\":1,\"credentials\": \"****\"");
  }

  @Test
  void accessTokensServiceKeysAndApiKeysAreMaskedInTextAndUrls() {
    assertThat(Redaction.redactText("{\"access_token\":\"tok-1\",\"expires_in\":3600}"))
        .doesNotContain("tok-1").contains("3600");
    assertThat(Redaction.redactText("Authorization: Basic c2VydmljZS1rZXk= and Bearer tok-2"))
        .doesNotContain("c2VydmljZS1rZXk=", "tok-2");
    assertThat(Redaction.redactUri("https://api.nexla.com/webhook/12?api_key=wh-key-3&include_headers=true"))
        .isEqualTo("https://api.nexla.com/webhook/12?api_key=****&include_headers=true");
    assertThat(Redaction.redactUri("https://user:pw-4@host/p?token=t5")).isEqualTo("https://****@host/p?token=****");
    assertThat(Redaction.redactUri("https://host/p?page=2")).isEqualTo("https://host/p?page=2");
  }
}
