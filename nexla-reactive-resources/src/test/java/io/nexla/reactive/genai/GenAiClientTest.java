package io.nexla.reactive.genai;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.core.testing.RecordingTransport;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

class GenAiClientTest {

  private final RecordingTransport transport = new RecordingTransport();
  private final GenAiClient genAi = NexlaClient.of(transport).genAi();

  @Test
  void createConfigSendsTypeConfigAndCredential() {
    StepVerifier.create(genAi.createConfig(GenAiConfigCreate.builder("gpt", GenAiConfigType.GENAI_OPENAI,
        Map.of("model", "gpt-4o"), 12).build())).expectNextCount(1).verifyComplete();
    assertThat(RecordingTransport.json(transport.single())).isEqualTo("{\"name\":\"gpt\",\"type\":\"genai_openai\","
        + "\"config\":{\"model\":\"gpt-4o\"},\"data_credentials_id\":12}");
  }

  @Test
  void nullListsEmitNothingAndActiveConfigAsksForTheUsage() {
    transport.answer("null");
    StepVerifier.create(genAi.listConfigs()).verifyComplete();
    StepVerifier.create(genAi.listOrgSettings(3L, true)).verifyComplete();
    assertThat(transport.requests().get(1).query()).containsEntry("org_id", List.of("3"))
        .containsEntry("all", List.of("true"));

    transport.requests().clear();
    transport.answer("{\"gen_ai_usage\": \"summarise\", \"active_config\": null}");
    StepVerifier.create(genAi.showActiveConfig(GenAiUsage.GEN_DOCS))
        .assertNext(v -> assertThat(v.genAiUsage()).isEqualTo(GenAiUsage.of("summarise"))).verifyComplete();
    assertThat(transport.single().query()).containsEntry("gen_ai_usage", List.of("gen_docs"));
  }

  @Test
  void configSettingsStayOutOfToStringButAreKept() {
    GenAiConfig config = io.nexla.reactive.core.json.NexlaJson.mapper().readValue(
        "{\"id\": 1, \"type\": \"genai_mistral\", \"config\": {\"api_key\": \"sk-very-secret\"}}",
        GenAiConfig.class);
    assertThat(config.type()).isEqualTo(GenAiConfigType.of("genai_mistral"));
    assertThat(config.config()).containsEntry("api_key", "sk-very-secret");
    assertThat(config.toString()).doesNotContain("sk-very-secret");
  }
}
