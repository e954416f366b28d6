package io.nexla.reactive.attributetransforms;

import static io.nexla.reactive.testing.SentBodies.last;
import static io.nexla.reactive.testing.SentBodies.names;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.codecontainers.CodeEncoding;
import io.nexla.reactive.codecontainers.CodeType;
import io.nexla.reactive.codecontainers.OutputType;
import io.nexla.reactive.testkit.NexlaEmulator;
import io.nexla.reactive.testkit.NexlaEmulatorExtension;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

/** Attribute transform create and update bodies as the emulator receives them over loopback HTTP. */
@ExtendWith(NexlaEmulatorExtension.class)
class AttributeTransformRequestsWireTest {

  private static final String CODE = "  return value.upper()  ";

  @Test
  void createSendsTheRequiredFieldsWithTheCodeAsAStringAndNothingUnset(NexlaEmulator emulator, NexlaClient client) {
    StepVerifier.create(client.attributeTransforms().create(AttributeTransformCreate.builder("upper",
            OutputType.ATTRIBUTE, CodeType.PYTHON, CodeEncoding.NONE, CODE).field("tags", "text").build()))
        .assertNext(a -> assertThat(a.code()).isEqualTo(CODE)).verifyComplete();

    JsonNode body = last(emulator, "POST", "/attribute_transforms");
    assertThat(names(body)).containsExactly("name", "output_type", "code_type", "code_encoding", "code", "reusable",
        "tags");
    assertThat(body.get("code").asString()).isEqualTo(CODE);
  }

  @Test
  void updateSendsOnlyTheFieldsSet(NexlaEmulator emulator, NexlaClient client) {
    long id = emulator.store().create("attribute_transforms", Map.of("name", "old")).get("id").asLong();

    StepVerifier.create(client.attributeTransforms().update(id, AttributeTransformUpdate.builder().name("lower")
            .field("managed", false).build()))
        .expectNextCount(1).verifyComplete();

    JsonNode body = last(emulator, "PUT", "/attribute_transforms/{id}");
    assertThat(names(body)).containsExactly("name", "managed");
  }

  @Test
  void aMissingCodeIsNamedWhenBuilt() {
    assertThatNullPointerException().isThrownBy(() -> AttributeTransformCreate.builder("upper",
        OutputType.ATTRIBUTE, CodeType.PYTHON, CodeEncoding.NONE, null).build()).withMessage("code");
  }
}
