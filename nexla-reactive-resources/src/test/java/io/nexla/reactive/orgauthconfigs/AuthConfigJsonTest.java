package io.nexla.reactive.orgauthconfigs;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.core.json.NexlaJson;
import io.nexla.reactive.core.testing.RecordingTransport;
import java.util.Map;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

class AuthConfigJsonTest {

  @Test
  void theGlobalFlagIsSentUnderTheKeyTheServerReads() {
    AuthConfigPayload input = AuthConfigPayload.builder().name("corp sso").protocol(AuthProtocol.SAML).global(true)
        .build();
    String json = NexlaJson.mapper().writeValueAsString(input);
    assertThat(json).isEqualTo("{\"protocol\":\"saml\",\"name\":\"corp sso\",\"global\":true}");
    assertThat(json).doesNotContain("global_");
  }

  @Test
  void theGlobalFlagIsReadBackFromTheServerKeyAndTheLegacyKey() {
    AuthConfig config = NexlaJson.mapper().readValue(
        "{\"id\": 4, \"global\": true, \"protocol\": \"oidc\", \"future\": 1}", AuthConfig.class);
    assertThat(config.global()).isTrue();
    assertThat(config.protocol()).isEqualTo(AuthProtocol.OIDC);
    assertThat(config.additionalProperties()).containsOnlyKeys("future");
    assertThat(NexlaJson.mapper().readValue("{\"id\": 4, \"global_\": false}", AuthConfig.class).global())
        .isFalse();
    assertThat(NexlaJson.mapper().writeValueAsString(config)).contains("\"global\":true");
  }

  @Test
  void unknownProtocolsAndObjectOrStringSettingsAreAccepted() {
    AuthConfig config = NexlaJson.mapper().readValue("{\"id\": 4, \"protocol\": \"ldap\", \"security_settings\": "
        + "{\"want_assertions_signed\": true}, \"oidc_id_claims\": \"email\"}", AuthConfig.class);
    assertThat(config.protocol()).isEqualTo(AuthProtocol.of("ldap"));
    assertThat(config.securitySettings()).isEqualTo(Map.of("want_assertions_signed", true));
    assertThat(config.oidcIdClaims()).isEqualTo("email");
  }

  @Test
  void clientConfigIsLeftOutOfToString() {
    AuthConfig config = NexlaJson.mapper().readValue(
        "{\"id\": 4, \"client_config\": {\"client_secret\": \"s3cr3t-value\"}}", AuthConfig.class);
    assertThat(config.clientConfig()).containsKey("client_secret");
    assertThat(config.toString()).doesNotContain("s3cr3t-value");
  }

  @Test
  void createSendsTheInputAndListsAreNotPaged() {
    RecordingTransport transport = new RecordingTransport().answer("{\"id\": 9, \"global\": false}");
    OrgAuthConfigsClient client = NexlaClient.of(transport).orgAuthConfigs();
    StepVerifier.create(client.create(AuthConfigPayload.builder().global(false).build()))
        .assertNext(c -> assertThat(c.global()).isFalse()).verifyComplete();
    assertThat(RecordingTransport.json(transport.single())).isEqualTo("{\"global\":false}");

    transport.requests().clear();
    transport.answer("");
    StepVerifier.create(client.listAll()).verifyComplete();
    assertThat(transport.single().pathTemplate()).isEqualTo("/api_auth_configs/all");
    assertThat(transport.single().query()).isEmpty();
  }
}
