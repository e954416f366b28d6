package io.nexla.reactive.projects;

import static io.nexla.reactive.testing.EmulatorWire.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.nexla.reactive.testing.EmulatorWire;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/** Project update bodies as the emulator receives them over loopback HTTP. */
class ProjectUpdateWireTest {

  private static final String ROUTE = "/projects/{id}";

  private final EmulatorWire wire = new EmulatorWire();
  private final ProjectsClient projects = wire.client().projects();

  @AfterEach
  void stop() {
    wire.close();
  }

  private long stored() {
    return wire.stored("projects", Map.of("name", "analytics", "description", "old"));
  }

  @Test
  void anUpdateSendsOnlyTheFieldsSetAndFieldsTheModelDoesNotKnow() {
    long id = stored();

    ProjectUpdate update = ProjectUpdate.builder().name("marketing")
        .field("client_identifier", "crm-7").build();
    StepVerifier.create(projects.update(id, update)).assertNext(r -> {
      assertThat(r.name()).isEqualTo("marketing");
      assertThat(r.description()).isEqualTo("old");
    }).verifyComplete();

    assertThat(wire.lastBody("PUT", ROUTE)).isEqualTo(json("""
        {"name": "marketing", "client_identifier": "crm-7"}"""));
    assertThat(wire.stored("projects", id).get("client_identifier")).isEqualTo(json("\"crm-7\""));
  }

  @Test
  void nullsAreNotSentUnlessGivenAsAField() {
    long id = stored();

    StepVerifier.create(projects.update(id, ProjectUpdate.builder().build())).expectNextCount(1).verifyComplete();
    assertThat(wire.lastBody("PUT", ROUTE)).isEqualTo(json("{}"));

    StepVerifier.create(projects.update(id, ProjectUpdate.builder().field("description", null).build()))
        .expectNextCount(1).verifyComplete();
    assertThat(wire.lastBody("PUT", ROUTE)).isEqualTo(json("{\"description\": null}"));
  }
}
