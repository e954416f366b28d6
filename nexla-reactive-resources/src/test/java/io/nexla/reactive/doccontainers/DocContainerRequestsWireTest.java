package io.nexla.reactive.doccontainers;

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

/** Doc container create and update bodies as the emulator receives them over loopback HTTP. */
@ExtendWith(NexlaEmulatorExtension.class)
class DocContainerRequestsWireTest {

  private static final String TEXT = "  # Orders\n\n    kept as written\n";

  @Test
  void createSendsNameTextAndTheDefaultTypeAndNothingUnset(NexlaEmulator emulator, NexlaClient client) {
    StepVerifier.create(client.docContainers().create(DocContainerCreate.builder("orders", TEXT)
            .field("repo_type", "embedded").build()))
        .assertNext(d -> assertThat(d.text()).isEqualTo(TEXT)).verifyComplete();

    JsonNode body = last(emulator, "POST", "/doc_containers");
    assertThat(names(body)).containsExactly("name", "text", "doc_type", "repo_type");
    assertThat(body.get("text").asString()).isEqualTo(TEXT);
    assertThat(body.get("doc_type").asString()).isEqualTo("md");
  }

  @Test
  void updateSendsOnlyTheFieldsSet(NexlaEmulator emulator, NexlaClient client) {
    long id = emulator.store().create("doc_containers", Map.of("name", "notes", "text", "old")).get("id").asLong();

    StepVerifier.create(client.docContainers().update(id, DocContainerUpdate.builder().text(TEXT)
            .field("public", true).build()))
        .assertNext(d -> assertThat(d.name()).isEqualTo("notes")).verifyComplete();

    JsonNode body = last(emulator, "PUT", "/doc_containers/{id}");
    assertThat(names(body)).containsExactly("text", "public");
    assertThat(body.get("text").asString()).isEqualTo(TEXT);
  }

  @Test
  void aMissingNameOrTextIsNamedWhenBuilt() {
    assertThatNullPointerException().isThrownBy(() -> DocContainerCreate.builder(null, TEXT).build())
        .withMessage("name");
    assertThatNullPointerException().isThrownBy(() -> DocContainerCreate.builder("orders", null).build())
        .withMessage("text");
  }
}
