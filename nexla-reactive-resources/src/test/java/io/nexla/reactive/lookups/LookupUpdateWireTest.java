package io.nexla.reactive.lookups;

import static io.nexla.reactive.testing.EmulatorWire.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.nexla.reactive.testing.EmulatorWire;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/** Lookup update bodies as the emulator receives them over loopback HTTP. */
class LookupUpdateWireTest {

  private static final String ROUTE = "/data_maps/{id}";

  private final EmulatorWire wire = new EmulatorWire();
  private final LookupsClient lookups = wire.client().lookups();

  @AfterEach
  void stop() {
    wire.close();
  }

  private long stored() {
    return wire.stored("data_maps", Map.of("name", "events", "map_primary_key", "eventId", "description", "old"));
  }

  @Test
  void anUpdateSendsOnlyTheFieldsSetAndFieldsTheModelDoesNotKnow() {
    long id = stored();

    LookupUpdate update = LookupUpdate.builder().emitDataDefault(true).dataDefault("category", "Other")
        .field("use_versioning", true).build();
    StepVerifier.create(lookups.update(id, update)).assertNext(r -> {
      assertThat(r.name()).isEqualTo("events");
      assertThat(r.description()).isEqualTo("old");
    }).verifyComplete();

    assertThat(wire.lastBody("PUT", ROUTE)).isEqualTo(json("""
        {"data_defaults": {"category": "Other"}, "emit_data_default": true, "use_versioning": true}"""));
    assertThat(wire.stored("data_maps", id).get("use_versioning")).isEqualTo(json("true"));
  }

  @Test
  void nullsAreNotSentUnlessGivenAsAField() {
    long id = stored();

    StepVerifier.create(lookups.update(id, LookupUpdate.builder().build())).expectNextCount(1).verifyComplete();
    assertThat(wire.lastBody("PUT", ROUTE)).isEqualTo(json("{}"));

    StepVerifier.create(lookups.update(id, LookupUpdate.builder().field("description", null).build()))
        .expectNextCount(1).verifyComplete();
    assertThat(wire.lastBody("PUT", ROUTE)).isEqualTo(json("{\"description\": null}"));
  }

  @Test
  void anUpdateFromAFetchedLookupSendsBackItsUnknownFields() {
    long id = wire.stored("data_maps", 
        Map.of("name", "events", "map_primary_key", "eventId", "retention", Map.of("days", 30)));

    StepVerifier.create(lookups.get(id)
            .flatMap(got -> lookups.update(id, LookupUpdate.builder(got).description("login events").build())))
        .expectNextCount(1).verifyComplete();

    var sent = wire.lastBody("PUT", ROUTE);
    assertThat(sent.get("name").asString()).isEqualTo("events");
    assertThat(sent.get("description").asString()).isEqualTo("login events");
    assertThat(sent.get("retention")).isEqualTo(json("{\"days\": 30}"));
  }
}
