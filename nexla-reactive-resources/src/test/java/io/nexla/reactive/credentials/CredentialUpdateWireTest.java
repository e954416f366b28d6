package io.nexla.reactive.credentials;

import static io.nexla.reactive.testing.EmulatorWire.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.nexla.reactive.testing.EmulatorWire;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/** Credential update bodies as the emulator receives them over loopback HTTP. */
class CredentialUpdateWireTest {

  private static final String ROUTE = "/data_credentials/{id}";

  private final EmulatorWire wire = new EmulatorWire();
  private final CredentialsClient credentials = wire.client().credentials();

  @AfterEach
  void stop() {
    wire.close();
  }

  private long stored() {
    return wire.stored("data_credentials", Map.of("name", "warehouse", "credentials_type", "s3", "description", "old"));
  }

  @Test
  void anUpdateSendsOnlyTheFieldsSetAndFieldsTheModelDoesNotKnow() {
    long id = stored();

    CredentialUpdate update = CredentialUpdate.builder().secret("secret_access_key", "rotated")
        .field("verified_status", "unverified").build();
    StepVerifier.create(credentials.update(id, update)).assertNext(r -> {
      assertThat(r.name()).isEqualTo("warehouse");
    }).verifyComplete();

    assertThat(wire.lastBody("PUT", ROUTE)).isEqualTo(json("""
        {"credentials": {"secret_access_key": "rotated"}, "verified_status": "unverified"}"""));
    assertThat(wire.stored("data_credentials", id).get("verified_status")).isEqualTo(json("\"unverified\""));
  }

  @Test
  void nullsAreNotSentUnlessGivenAsAField() {
    long id = stored();

    StepVerifier.create(credentials.update(id, CredentialUpdate.builder().build())).expectNextCount(1).verifyComplete();
    assertThat(wire.lastBody("PUT", ROUTE)).isEqualTo(json("{}"));

    StepVerifier.create(credentials.update(id, CredentialUpdate.builder().field("description", null).build()))
        .expectNextCount(1).verifyComplete();
    assertThat(wire.lastBody("PUT", ROUTE)).isEqualTo(json("{\"description\": null}"));
  }

  @Test
  void anUpdateFromAFetchedCredentialSendsBackItsUnknownFields() {
    long id = wire.stored("data_credentials", 
        Map.of("name", "warehouse", "credentials_type", "s3", "retention", Map.of("days", 30)));

    StepVerifier.create(credentials.get(id)
            .flatMap(got -> credentials.update(id, CredentialUpdate.builder(got).name("renamed").build())))
        .expectNextCount(1).verifyComplete();

    var sent = wire.lastBody("PUT", ROUTE);
    assertThat(sent.get("name").asString()).isEqualTo("renamed");
    assertThat(sent.get("retention")).isEqualTo(json("{\"days\": 30}"));
  }
}
