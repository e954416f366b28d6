package io.nexla.reactive.users;

import static io.nexla.reactive.testing.EmulatorWire.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.nexla.reactive.testing.EmulatorWire;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/** User create and update bodies as the emulator receives them over loopback HTTP. */
class UserRequestWireTest {

  private final EmulatorWire wire = new EmulatorWire();
  private final UsersClient users = wire.client().users();

  @AfterEach
  void stop() {
    wire.close();
  }

  @Test
  void aCreateSendsItsRequiredPartsTheFieldsSetAndFieldsTheModelDoesNotKnow() {
    UserCreate create = UserCreate.builder("Ada Lovelace", "ada@example.com").status(UserStatus.ACTIVE)
        .field("sso_only", true).build();
    StepVerifier.create(users.create(create))
        .assertNext(u -> assertThat(u.email()).isEqualTo("ada@example.com")).verifyComplete();

    assertThat(wire.lastBody("POST", "/users")).isEqualTo(json("""
        {"full_name": "Ada Lovelace", "email": "ada@example.com", "status": "ACTIVE", "sso_only": true}"""));
  }

  @Test
  void anUpdateSendsOnlyTheFieldsSetAndFieldsTheModelDoesNotKnow() {
    long id = wire.stored("users", Map.of("full_name", "Ada", "email", "ada@example.com"));

    StepVerifier.create(users.update(id, UserUpdate.builder().name("Ada Lovelace").field("locale", "en-GB").build()))
        .assertNext(u -> assertThat(u.email()).isEqualTo("ada@example.com")).verifyComplete();

    assertThat(wire.lastBody("PUT", "/users/{id}"))
        .isEqualTo(json("{\"name\": \"Ada Lovelace\", \"locale\": \"en-GB\"}"));
    assertThat(wire.stored("users", id).get("locale").asString()).isEqualTo("en-GB");
  }

  @Test
  void nullsAreNotSentUnlessGivenAsAField() {
    long id = wire.stored("users", Map.of("full_name", "Ada", "email", "ada@example.com"));

    StepVerifier.create(users.update(id, UserUpdate.builder().build())).expectNextCount(1).verifyComplete();
    assertThat(wire.lastBody("PUT", "/users/{id}")).isEqualTo(json("{}"));

    StepVerifier.create(users.update(id, UserUpdate.builder().field("default_org_id", null).build()))
        .expectNextCount(1).verifyComplete();
    assertThat(wire.lastBody("PUT", "/users/{id}")).isEqualTo(json("{\"default_org_id\": null}"));
  }

  @Test
  void aCreateWithoutItsRequiredPartsFailsWhenBuilt() {
    assertThatNullPointerException().isThrownBy(() -> UserCreate.builder(nothing(), "ada@example.com").build())
        .withMessage("fullName");
    assertThatNullPointerException().isThrownBy(() -> UserCreate.builder("Ada", nothing()).build())
        .withMessage("email");
  }

  @Test
  void extraFieldsAreNamedButNotShownByToString() {
    UserUpdate update = UserUpdate.builder().field("api_secret", "s3cr3t-value").build();
    assertThat(update.toString()).contains("api_secret").doesNotContain("s3cr3t-value");
  }

  /** A null where the API requires a value, as a caller without null checks could pass it. */
  private static String nothing() {
    return null;
  }
}
