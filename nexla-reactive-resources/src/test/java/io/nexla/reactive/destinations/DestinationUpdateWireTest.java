package io.nexla.reactive.destinations;

import static io.nexla.reactive.testing.EmulatorWire.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.nexla.reactive.testing.EmulatorWire;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/** Destination update bodies as the emulator receives them over loopback HTTP. */
class DestinationUpdateWireTest {

  private static final String ROUTE = "/data_sinks/{id}";

  private final EmulatorWire wire = new EmulatorWire();
  private final DestinationsClient destinations = wire.client().destinations();

  @AfterEach
  void stop() {
    wire.close();
  }

  private long stored() {
    return wire.stored("data_sinks", Map.of("name", "sink", "sink_type", "s3", "description", "old"));
  }

  @Test
  void anUpdateSendsOnlyTheFieldsSetAndFieldsTheModelDoesNotKnow() {
    long id = stored();

    DestinationUpdate update = DestinationUpdate.builder().name("orders sink").config("path", "out/")
        .field("flush_interval", 60).build();
    StepVerifier.create(destinations.update(id, update)).assertNext(r -> {
      assertThat(r.name()).isEqualTo("orders sink");
      assertThat(r.description()).isEqualTo("old");
    }).verifyComplete();

    assertThat(wire.lastBody("PUT", ROUTE)).isEqualTo(json("""
        {"name": "orders sink", "sink_config": {"path": "out/"}, "flush_interval": 60}"""));
    assertThat(wire.stored("data_sinks", id).get("flush_interval")).isEqualTo(json("60"));
  }

  @Test
  void nullsAreNotSentUnlessGivenAsAField() {
    long id = stored();

    StepVerifier.create(destinations.update(id, DestinationUpdate.builder().build()))
        .expectNextCount(1).verifyComplete();
    assertThat(wire.lastBody("PUT", ROUTE)).isEqualTo(json("{}"));

    StepVerifier.create(destinations.update(id, DestinationUpdate.builder().field("description", null).build()))
        .expectNextCount(1).verifyComplete();
    assertThat(wire.lastBody("PUT", ROUTE)).isEqualTo(json("{\"description\": null}"));
  }

  @Test
  void anUpdateFromAFetchedDestinationSendsBackItsUnknownFields() {
    long id = wire.stored("data_sinks", Map.of("name", "sink", "sink_type", "s3", "sink_config", Map.of("path", "out/"),
        "retention", Map.of("days", 30)));

    StepVerifier.create(destinations.get(id)
            .flatMap(got -> destinations.update(id,
                DestinationUpdate.builder(got).config("file_format", "csv").build())))
        .expectNextCount(1).verifyComplete();

    var sent = wire.lastBody("PUT", ROUTE);
    assertThat(sent.get("name").asString()).isEqualTo("sink");
    assertThat(sent.get("sink_config")).isEqualTo(json("{\"path\": \"out/\", \"file_format\": \"csv\"}"));
    assertThat(sent.get("retention")).isEqualTo(json("{\"days\": 30}"));
  }
}
