package io.nexla.reactive.orgauthconfigs;

import static io.nexla.reactive.testing.SentBodies.last;
import static io.nexla.reactive.testing.SentBodies.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.testkit.NexlaEmulator;
import io.nexla.reactive.testkit.NexlaEmulatorExtension;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

/**
 * Auth configuration create and update bodies as the emulator receives them over loopback HTTP. The API requires
 * no field of either, so there is no required part to leave out.
 */
@ExtendWith(NexlaEmulatorExtension.class)
class AuthConfigRequestsWireTest {

  @Test
  void createSendsWhatWasSetAndNothingElse(NexlaEmulator emulator, NexlaClient client) {
    StepVerifier.create(client.orgAuthConfigs().create(AuthConfigPayload.builder().name("corp sso")
            .protocol(AuthProtocol.OIDC).global(true).oidcIdClaims(Map.of("email", "email"))
            .field("logout_url", "https://idp.example.com/logout").build()))
        .assertNext(c -> assertThat(c.global()).isTrue()).verifyComplete();

    JsonNode body = last(emulator, "POST", "/api_auth_configs");
    assertThat(names(body)).containsExactly("protocol", "name", "global", "oidc_id_claims", "logout_url");
    assertThat(body.get("protocol").asString()).isEqualTo("oidc");
    assertThat(body.get("oidc_id_claims").get("email").asString()).isEqualTo("email");
    assertThat(body.get("logout_url").asString()).isEqualTo("https://idp.example.com/logout");
  }

  @Test
  void updateSendsOnlyTheFieldsSet(NexlaEmulator emulator, NexlaClient client) {
    long id = emulator.store().create("api_auth_configs", Map.of("name", "old sso")).get("id").asLong();

    StepVerifier.create(client.orgAuthConfigs().update(id, AuthConfigPayload.builder().enabledByDefault(false)
            .field("metadata_url", "https://idp.example.com/metadata").build()))
        .expectNextCount(1).verifyComplete();

    JsonNode body = last(emulator, "PUT", "/api_auth_configs/{id}");
    assertThat(names(body)).containsExactly("enabled_by_default", "metadata_url");
  }

  @Test
  void toStringNamesTheFieldsSetButNotTheirValues() {
    AuthConfigPayload update = AuthConfigPayload.builder().idpCert("-----BEGIN CERTIFICATE-----MIIC")
        .securitySettings(Map.of("private_key", "pk-canary")).build();
    assertThat(update).hasToString("AuthConfigPayload[idpCert, securitySettings]");
  }
}
