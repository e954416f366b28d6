package io.nexla.reactive.codecontainers;

import static io.nexla.reactive.testing.SentBodies.last;
import static io.nexla.reactive.testing.SentBodies.names;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.testkit.NexlaEmulator;
import io.nexla.reactive.testkit.NexlaEmulatorExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

/** Code container create and update bodies as the emulator receives them over loopback HTTP. */
@ExtendWith(NexlaEmulatorExtension.class)
class CodeContainerRequestsWireTest {

  private static final List<CodeOperation> CODE = List.of(CodeOperation.customScript("python", "base64",
      "ZGVmIHRyYW5zZm9ybShyKToKICAgIHJldHVybiBy"));

  @Test
  void createSendsTheRequiredFieldsReusableAndNothingUnset(NexlaEmulator emulator, NexlaClient client) {
    StepVerifier.create(client.codeContainers().create(CodeContainerCreate.builder("flatten", OutputType.RECORD,
            CodeType.PYTHON, CodeEncoding.BASE64, CODE).isPublic(false).field("tags", List.of("etl")).build()))
        .assertNext(c -> assertThat(c.name()).isEqualTo("flatten")).verifyComplete();

    JsonNode body = last(emulator, "POST", "/code_containers");
    assertThat(names(body)).containsExactly("name", "output_type", "code_type", "code_encoding", "code", "reusable",
        "public", "tags");
    assertThat(body.get("reusable").asBoolean(false)).isTrue();
    assertThat(body.get("code").get(0).get("spec").get("script").asString())
        .isEqualTo("ZGVmIHRyYW5zZm9ybShyKToKICAgIHJldHVybiBy");
  }

  @Test
  void updateSendsOnlyTheFieldsSet(NexlaEmulator emulator, NexlaClient client) {
    long id = emulator.store().create("code_containers", Map.of("name", "old")).get("id").asLong();

    StepVerifier.create(client.codeContainers().update(id, CodeContainerUpdate.builder().aiFunctionType("none")
            .field("managed", true).build()))
        .expectNextCount(1).verifyComplete();

    JsonNode body = last(emulator, "PUT", "/code_containers/{id}");
    assertThat(names(body)).containsExactly("ai_function_type", "managed");
  }

  @Test
  void aMissingRequiredPartIsNamedWhenBuilt() {
    assertThatNullPointerException().isThrownBy(() -> CodeContainerCreate.builder("flatten", OutputType.RECORD,
        null, CodeEncoding.BASE64, CODE).build()).withMessage("codeType");
    assertThatNullPointerException().isThrownBy(() -> CodeContainerCreate.builder("flatten", OutputType.RECORD,
        CodeType.PYTHON, CodeEncoding.BASE64, null).build()).withMessage("code");
  }
}
