package io.nexla.reactive.runtimes;

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

/** Runtime create and update bodies as the emulator receives them over loopback HTTP. */
@ExtendWith(NexlaEmulatorExtension.class)
class RuntimeRequestsWireTest {

  @Test
  void createSendsTheNameAndWhatWasSetAndNothingElse(NexlaEmulator emulator, NexlaClient client) {
    StepVerifier.create(client.runtimes().create(RuntimeCreate.builder("py311").managed(false)
            .field("language", "python").build()))
        .assertNext(r -> assertThat(r.name()).isEqualTo("py311")).verifyComplete();

    JsonNode body = last(emulator, "POST", "/runtimes");
    assertThat(names(body)).containsExactly("name", "managed", "language");
    assertThat(body.get("managed").asBoolean(true)).isFalse();
    assertThat(body.get("language").asString()).isEqualTo("python");
  }

  @Test
  void updateSendsOnlyTheFieldsSet(NexlaEmulator emulator, NexlaClient client) {
    long id = emulator.store().create("runtimes", Map.of("name", "py312")).get("id").asLong();

    StepVerifier.create(client.runtimes().update(id, RuntimeUpdate.builder().description("faster")
            .field("version", "3.12").build()))
        .assertNext(r -> assertThat(r.description()).isEqualTo("faster")).verifyComplete();

    JsonNode body = last(emulator, "PUT", "/runtimes/{id}");
    assertThat(names(body)).containsExactly("description", "version");
    assertThat(body.get("version").asString()).isEqualTo("3.12");
  }

  @Test
  void aMissingNameIsNamedWhenBuilt() {
    assertThatNullPointerException().isThrownBy(() -> RuntimeCreate.builder(null).build()).withMessage("name");
  }
}
