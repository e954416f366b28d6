package io.nexla.reactive.sources;

import static io.nexla.reactive.testing.EmulatorWire.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.nexla.reactive.testing.EmulatorWire;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/** Source update bodies as the emulator receives them over loopback HTTP. */
class SourceUpdateWireTest {

  private static final String ROUTE = "/data_sources/{id}";

  private final EmulatorWire wire = new EmulatorWire();
  private final SourcesClient sources = wire.client().sources();

  @AfterEach
  void stop() {
    wire.close();
  }

  @Test
  void anUpdateSendsOnlyTheFieldsSetAndFieldsTheModelDoesNotKnow() {
    long id = wire.stored("data_sources", Map.of("name", "orders", "source_type", "s3", "description", "old"));

    SourceUpdate update = SourceUpdate.builder().description("nightly")
        .field("poll_schedule", "daily").build();
    StepVerifier.create(sources.update(id, update)).assertNext(s -> {
      assertThat(s.name()).isEqualTo("orders");
      assertThat(s.description()).isEqualTo("nightly");
    }).verifyComplete();

    assertThat(wire.lastBody("PUT", ROUTE))
        .isEqualTo(json("{\"description\": \"nightly\", \"poll_schedule\": \"daily\"}"));
    assertThat(wire.stored("data_sources", id).get("poll_schedule").asString()).isEqualTo("daily");
  }

  @Test
  void nullsAreNotSentUnlessGivenAsAField() {
    long id = wire.stored("data_sources", Map.of("name", "orders", "source_type", "s3", "description", "old"));

    StepVerifier.create(sources.update(id, SourceUpdate.builder().build())).expectNextCount(1).verifyComplete();
    assertThat(wire.lastBody("PUT", ROUTE)).isEqualTo(json("{}"));

    StepVerifier.create(sources.update(id, SourceUpdate.builder().field("description", null).build()))
        .assertNext(s -> assertThat(s.description()).isNull()).verifyComplete();
    assertThat(wire.lastBody("PUT", ROUTE)).isEqualTo(json("{\"description\": null}"));
  }

  @Test
  void anUpdateFromAFetchedSourceSendsBackItsUnknownFields() {
    long id = wire.stored("data_sources", Map.of("name", "orders", "source_type", "s3",
        "source_config", Map.of("path", "raw/"), "retention", Map.of("days", 30)));

    StepVerifier.create(sources.get(id)
            .flatMap(got -> sources.update(id,
                SourceUpdate.builder(got).name("renamed").config("start.cron", "0 * * * *").build())))
        .assertNext(s -> assertThat(s.name()).isEqualTo("renamed")).verifyComplete();

    var sent = wire.lastBody("PUT", ROUTE);
    assertThat(sent.get("name").asString()).isEqualTo("renamed");
    assertThat(sent.get("retention")).isEqualTo(json("{\"days\": 30}"));
    assertThat(sent.get("source_config")).isEqualTo(json("{\"path\": \"raw/\", \"start.cron\": \"0 * * * *\"}"));
  }
}
