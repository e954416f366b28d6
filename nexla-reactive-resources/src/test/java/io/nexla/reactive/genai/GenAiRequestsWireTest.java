package io.nexla.reactive.genai;

import static io.nexla.reactive.testing.SentBodies.last;
import static io.nexla.reactive.testing.SentBodies.names;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.testkit.NexlaEmulator;
import io.nexla.reactive.testkit.NexlaEmulatorExtension;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

/** Gen-AI configuration and organisation setting bodies as the emulator receives them over loopback HTTP. */
@ExtendWith(NexlaEmulatorExtension.class)
class GenAiRequestsWireTest {

  @Test
  void configCreateSendsTheRequiredFieldsAndNothingUnset(NexlaEmulator emulator, NexlaClient client) {
    StepVerifier.create(client.genAi().createConfig(GenAiConfigCreate.builder("gpt", GenAiConfigType.GENAI_OPENAI,
            Map.of("model", "gpt-4o"), 12).field("provider", "openai").build()))
        .expectNextCount(1).verifyComplete();

    JsonNode body = last(emulator, "POST", "/gen_ai_integration_configs");
    assertThat(names(body)).containsExactly("name", "type", "config", "data_credentials_id", "provider");
    assertThat(body.get("type").asString()).isEqualTo("genai_openai");
    assertThat(body.get("config").get("model").asString()).isEqualTo("gpt-4o");
    assertThat(body.get("data_credentials_id").asLong()).isEqualTo(12);
  }

  @Test
  void configUpdateSendsOnlyTheFieldsSet(NexlaEmulator emulator, NexlaClient client) {
    long id = emulator.store().create("gen_ai_integration_configs", Map.of("name", "gpt")).get("id").asLong();

    StepVerifier.create(client.genAi().updateConfig(id, GenAiConfigUpdate.builder().status("paused")
            .field("priority", 2).build()))
        .expectNextCount(1).verifyComplete();

    JsonNode body = last(emulator, "PUT", "/gen_ai_integration_configs/{id}");
    assertThat(names(body)).containsExactly("status", "priority");
    assertThat(body.get("status").asString()).isEqualTo("paused");
  }

  @Test
  void orgSettingCreateSendsTheConfigAndUsageAndTheOrganisationOnlyWhenSet(NexlaEmulator emulator,
      NexlaClient client) {
    StepVerifier.create(client.genAi().createOrgSetting(GenAiOrgSettingCreate.builder(4, GenAiUsage.GEN_DOCS)
            .field("note", "docs only").build()))
        .expectNextCount(1).verifyComplete();

    JsonNode body = last(emulator, "POST", "/gen_ai_org_settings");
    assertThat(names(body)).containsExactly("gen_ai_config_id", "gen_ai_usage", "note");
    assertThat(body.get("gen_ai_usage").asString()).isEqualTo("gen_docs");
  }

  @Test
  void aMissingRequiredPartIsNamedWhenBuilt() {
    assertThatNullPointerException().isThrownBy(() -> GenAiConfigCreate.builder("gpt", null, Map.of(), 1).build())
        .withMessage("type");
    assertThatNullPointerException().isThrownBy(() -> GenAiConfigCreate.builder("gpt", GenAiConfigType.GENAI_OPENAI,
        null, 1)).withMessage("config");
    assertThatNullPointerException().isThrownBy(() -> GenAiOrgSettingCreate.builder(4, null).build())
        .withMessage("genAiUsage");
  }
}
