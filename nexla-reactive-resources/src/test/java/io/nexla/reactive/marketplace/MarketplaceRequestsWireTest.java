package io.nexla.reactive.marketplace;

import static io.nexla.reactive.testing.SentBodies.last;
import static io.nexla.reactive.testing.SentBodies.names;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.organizations.UserRef;
import io.nexla.reactive.testkit.NexlaEmulator;
import io.nexla.reactive.testkit.NexlaEmulatorExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

/** Marketplace domain and item bodies as the emulator receives them over loopback HTTP. */
@ExtendWith(NexlaEmulatorExtension.class)
class MarketplaceRequestsWireTest {

  @Test
  void domainCreateSendsTheNameAndWhatWasSetAndNothingElse(NexlaEmulator emulator, NexlaClient client) {
    StepVerifier.create(client.marketplace().createDomain(MarketplaceDomainCreate.builder("finance")
            .custodians(List.of(UserRef.id(4))).field("slug", "fin").build()))
        .assertNext(d -> assertThat(d.name()).isEqualTo("finance")).verifyComplete();

    JsonNode body = last(emulator, "POST", "/marketplace/domains");
    assertThat(names(body)).containsExactly("name", "custodians", "slug");
    assertThat(body.get("custodians").get(0).get("id").asLong()).isEqualTo(4);
  }

  @Test
  void domainUpdateSendsOnlyTheFieldsSet(NexlaEmulator emulator, NexlaClient client) {
    long id = emulator.store().create("marketplace/domains", Map.of("name", "hr")).get("id").asLong();

    StepVerifier.create(client.marketplace().updateDomain(id, MarketplaceDomainUpdate.builder()
            .description("people data").field("icon", "users").build()))
        .expectNextCount(1).verifyComplete();

    JsonNode body = last(emulator, "PUT", "/marketplace/domains/{id}");
    assertThat(names(body)).containsExactly("description", "icon");
  }

  @Test
  void itemCreateSendsTheNameAndNexsetAndNothingUnset(NexlaEmulator emulator, NexlaClient client) {
    long domain = emulator.store().create("marketplace/domains", Map.of("name", "sales")).get("id").asLong();

    StepVerifier.create(client.marketplace().createDomainItem(domain, MarketplaceItemCreate.builder("orders", 44)
            .field("tags", List.of("gold")).build()).then())
        .verifyComplete();

    JsonNode body = last(emulator, "POST", "/marketplace/domains/{id}/items");
    assertThat(names(body)).containsExactly("name", "data_set_id", "tags");
    assertThat(body.get("data_set_id").asLong()).isEqualTo(44);
  }

  @Test
  void aMissingNameIsNamedWhenBuilt() {
    assertThatNullPointerException().isThrownBy(() -> MarketplaceDomainCreate.builder(null).build())
        .withMessage("name");
    assertThatNullPointerException().isThrownBy(() -> MarketplaceItemCreate.builder(null, 44).build())
        .withMessage("name");
  }
}
