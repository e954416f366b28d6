package io.nexla.reactive.nexsets;

import static io.nexla.reactive.testing.EmulatorWire.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.nexla.reactive.testing.EmulatorWire;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/** Nexset update bodies as the emulator receives them over loopback HTTP. */
class NexsetUpdateWireTest {

  private static final String ROUTE = "/data_sets/{id}";

  private final EmulatorWire wire = new EmulatorWire();
  private final NexsetsClient nexsets = wire.client().nexsets();

  @AfterEach
  void stop() {
    wire.close();
  }

  private long stored() {
    return wire.stored("data_sets", Map.of("name", "orders", "description", "old"));
  }

  @Test
  void anUpdateSendsOnlyTheFieldsSetAndFieldsTheModelDoesNotKnow() {
    long id = stored();

    NexsetUpdate update = NexsetUpdate.builder().tags(List.of("prod")).outputSchemaValidationEnabled(false)
        .field("sample_size", 10).build();
    StepVerifier.create(nexsets.update(id, update)).assertNext(r -> {
      assertThat(r.name()).isEqualTo("orders");
      assertThat(r.tags()).containsExactly("prod");
    }).verifyComplete();

    assertThat(wire.lastBody("PUT", ROUTE)).isEqualTo(json("""
        {"output_schema_validation_enabled": false, "tags": ["prod"], "sample_size": 10}"""));
    assertThat(wire.stored("data_sets", id).get("sample_size")).isEqualTo(json("10"));
  }

  @Test
  void nullsAreNotSentUnlessGivenAsAField() {
    long id = stored();

    StepVerifier.create(nexsets.update(id, NexsetUpdate.builder().build())).expectNextCount(1).verifyComplete();
    assertThat(wire.lastBody("PUT", ROUTE)).isEqualTo(json("{}"));

    StepVerifier.create(nexsets.update(id, NexsetUpdate.builder().field("description", null).build()))
        .expectNextCount(1).verifyComplete();
    assertThat(wire.lastBody("PUT", ROUTE)).isEqualTo(json("{\"description\": null}"));
  }

  @Test
  void anUpdateFromAFetchedNexsetSendsBackItsUnknownFields() {
    long id = wire.stored("data_sets", Map.of("name", "orders", "retention", Map.of("days", 30)));

    StepVerifier.create(nexsets.get(id)
            .flatMap(got -> nexsets.update(id, NexsetUpdate.builder(got).description("orders, cleaned").build())))
        .expectNextCount(1).verifyComplete();

    var sent = wire.lastBody("PUT", ROUTE);
    assertThat(sent.get("name").asString()).isEqualTo("orders");
    assertThat(sent.get("description").asString()).isEqualTo("orders, cleaned");
    assertThat(sent.get("retention")).isEqualTo(json("{\"days\": 30}"));
  }
}
