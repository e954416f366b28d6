package io.nexla.reactive.flows;

import static io.nexla.reactive.testing.EmulatorWire.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.nexla.reactive.testing.EmulatorWire;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/** Flow create bodies as the emulator receives them over loopback HTTP. */
class FlowCreateWireTest {

  private final EmulatorWire wire = new EmulatorWire();
  private final FlowsClient flows = wire.client().flows();

  @AfterEach
  void stop() {
    wire.close();
  }

  @Test
  void aCreateSendsTheFieldsSetAndFieldsTheModelDoesNotKnow() {
    FlowCreate create = FlowCreate.builder().name("orders").field("flow_type", "batch").build();
    StepVerifier.create(flows.create(create)).expectNextCount(1).verifyComplete();

    assertThat(wire.lastBody("POST", "/flows")).isEqualTo(json("{\"name\": \"orders\", \"flow_type\": \"batch\"}"));
  }

  @Test
  void nullsAreNotSentUnlessGivenAsAField() {
    StepVerifier.create(flows.create(FlowCreate.builder().field("description", null).build()))
        .expectNextCount(1).verifyComplete();

    assertThat(wire.lastBody("POST", "/flows")).isEqualTo(json("{\"description\": null}"));
  }
}
