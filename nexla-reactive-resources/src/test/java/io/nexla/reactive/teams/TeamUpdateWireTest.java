package io.nexla.reactive.teams;

import static io.nexla.reactive.testing.EmulatorWire.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.nexla.reactive.testing.EmulatorWire;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/** Team update bodies as the emulator receives them over loopback HTTP. */
class TeamUpdateWireTest {

  private static final String ROUTE = "/teams/{id}";

  private final EmulatorWire wire = new EmulatorWire();
  private final TeamsClient teams = wire.client().teams();

  @AfterEach
  void stop() {
    wire.close();
  }

  private long stored() {
    return wire.stored("teams", Map.of("name", "ops", "description", "old"));
  }

  @Test
  void anUpdateSendsOnlyTheFieldsSetAndFieldsTheModelDoesNotKnow() {
    long id = stored();

    TeamUpdate update = TeamUpdate.builder().name("platform")
        .field("tags", List.of("on-call")).build();
    StepVerifier.create(teams.update(id, update)).assertNext(r -> {
      assertThat(r.name()).isEqualTo("platform");
      assertThat(r.description()).isEqualTo("old");
    }).verifyComplete();

    assertThat(wire.lastBody("PUT", ROUTE)).isEqualTo(json("""
        {"name": "platform", "tags": ["on-call"]}"""));
    assertThat(wire.stored("teams", id).get("tags")).isEqualTo(json("[\"on-call\"]"));
  }

  @Test
  void nullsAreNotSentUnlessGivenAsAField() {
    long id = stored();

    StepVerifier.create(teams.update(id, TeamUpdate.builder().build())).expectNextCount(1).verifyComplete();
    assertThat(wire.lastBody("PUT", ROUTE)).isEqualTo(json("{}"));

    StepVerifier.create(teams.update(id, TeamUpdate.builder().field("description", null).build()))
        .expectNextCount(1).verifyComplete();
    assertThat(wire.lastBody("PUT", ROUTE)).isEqualTo(json("{\"description\": null}"));
  }
}
