package io.nexla.reactive.transforms;

import static io.nexla.reactive.testing.SentBodies.last;
import static io.nexla.reactive.testing.SentBodies.names;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.codecontainers.CodeEncoding;
import io.nexla.reactive.codecontainers.CodeOperation;
import io.nexla.reactive.codecontainers.CodeType;
import io.nexla.reactive.codecontainers.OutputType;
import io.nexla.reactive.testkit.NexlaEmulator;
import io.nexla.reactive.testkit.NexlaEmulatorExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

/** Transform create and update bodies as the emulator receives them over loopback HTTP. */
@ExtendWith(NexlaEmulatorExtension.class)
class TransformRequestsWireTest {

  private static final List<CodeOperation> CODE = List.of(CodeOperation.customScript("python", "none",
      "def transform(r):\n    return r\n"));

  @Test
  void createSendsTheRequiredFieldsAndWhatWasSet(NexlaEmulator emulator, NexlaClient client) {
    StepVerifier.create(client.transforms().create(TransformCreate.builder("keep", OutputType.RECORD,
            CodeType.JOLT_CUSTOM, CodeEncoding.NONE, CODE).reusable(false).field("tags", List.of("x")).build()))
        .expectNextCount(1).verifyComplete();

    JsonNode body = last(emulator, "POST", "/transforms");
    assertThat(names(body)).containsExactly("name", "output_type", "code_type", "code_encoding", "code", "reusable",
        "tags");
    assertThat(body.get("reusable").asBoolean(true)).isFalse();
    assertThat(body.get("code").get(0).get("spec").get("script").asString())
        .isEqualTo("def transform(r):\n    return r\n");
  }

  @Test
  void updateSendsOnlyTheFieldsSet(NexlaEmulator emulator, NexlaClient client) {
    long id = emulator.store().create("transforms", Map.of("name", "old")).get("id").asLong();

    StepVerifier.create(client.transforms().update(id, TransformUpdate.builder().code(CODE)
            .field("copied_from_id", 3).build()))
        .expectNextCount(1).verifyComplete();

    JsonNode body = last(emulator, "PUT", "/transforms/{id}");
    assertThat(names(body)).containsExactly("code", "copied_from_id");
  }

  @Test
  void aMissingNameIsNamedWhenBuilt() {
    assertThatNullPointerException().isThrownBy(() -> TransformCreate.builder(null, OutputType.RECORD,
        CodeType.JOLT_CUSTOM, CodeEncoding.NONE, CODE).build()).withMessage("name");
  }
}
