package io.nexla.reactive.organizations;

import static io.nexla.reactive.testing.EmulatorWire.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.nexla.reactive.testing.EmulatorWire;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/** Organisation create and update bodies as the emulator receives them over loopback HTTP. */
class OrganizationRequestWireTest {

  private final EmulatorWire wire = new EmulatorWire();
  private final OrganizationsClient organizations = wire.client().organizations();

  @AfterEach
  void stop() {
    wire.close();
  }

  @Test
  void aCreateSendsItsRequiredPartsTheFieldsSetAndFieldsTheModelDoesNotKnow() {
    OrganizationCreate create = OrganizationCreate.builder("Acme", "acme.com").ownerId(1)
        .field("client_identifier", "crm-7").build();
    StepVerifier.create(organizations.create(create))
        .assertNext(o -> assertThat(o.name()).isEqualTo("Acme")).verifyComplete();

    assertThat(wire.lastBody("POST", "/orgs")).isEqualTo(json("""
        {"name": "Acme", "email_domain": "acme.com", "owner_id": 1, "client_identifier": "crm-7"}"""));
  }

  @Test
  void anUpdateSendsOnlyTheFieldsSetAndFieldsTheModelDoesNotKnow() {
    long id = wire.stored("orgs", Map.of("name", "Acme", "email_domain", "acme.com"));

    OrganizationUpdate update = OrganizationUpdate.builder().description("tools").field("region", "eu").build();
    StepVerifier.create(organizations.update(id, update))
        .assertNext(o -> assertThat(o.name()).isEqualTo("Acme")).verifyComplete();

    assertThat(wire.lastBody("PUT", "/orgs/{id}")).isEqualTo(json("{\"description\": \"tools\", \"region\": \"eu\"}"));
    assertThat(wire.stored("orgs", id).get("region").asString()).isEqualTo("eu");
  }

  @Test
  void nullsAreNotSentUnlessGivenAsAField() {
    long id = wire.stored("orgs", Map.of("name", "Acme", "email_domain", "acme.com"));

    StepVerifier.create(organizations.update(id, OrganizationUpdate.builder().build()))
        .expectNextCount(1).verifyComplete();
    assertThat(wire.lastBody("PUT", "/orgs/{id}")).isEqualTo(json("{}"));

    StepVerifier.create(organizations.update(id, OrganizationUpdate.builder().field("description", null).build()))
        .expectNextCount(1).verifyComplete();
    assertThat(wire.lastBody("PUT", "/orgs/{id}")).isEqualTo(json("{\"description\": null}"));
  }

  @Test
  void aCreateWithoutItsRequiredPartsFailsWhenBuilt() {
    assertThatNullPointerException().isThrownBy(() -> OrganizationCreate.builder(nothing(), "acme.com").build())
        .withMessage("name");
    assertThatNullPointerException().isThrownBy(() -> OrganizationCreate.builder("Acme", nothing()).build())
        .withMessage("emailDomain");
  }

  /** A null where the API requires a value, as a caller without null checks could pass it. */
  private static String nothing() {
    return null;
  }
}
