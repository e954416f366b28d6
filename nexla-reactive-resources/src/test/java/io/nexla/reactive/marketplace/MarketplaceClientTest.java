package io.nexla.reactive.marketplace;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.core.testing.RecordingTransport;
import io.nexla.reactive.organizations.UserRef;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import reactor.test.StepVerifier;

class MarketplaceClientTest {

  private final RecordingTransport transport = new RecordingTransport();
  private final MarketplaceClient marketplace = NexlaClient.of(transport).marketplace();

  @Test
  void domainCreateAcceptsAnArrayOrASingleObject() {
    transport.answer("[{\"id\": 1, \"name\": \"finance\"}, {\"id\": 2, \"name\": \"finance-eu\"}]");
    StepVerifier.create(marketplace.createDomains(MarketplaceDomainCreate.builder("finance").build())).expectNextCount(2)
        .verifyComplete();
    transport.answer("{\"id\": 3, \"name\": \"hr\"}");
    StepVerifier.create(marketplace.createDomain(
        MarketplaceDomainCreate.builder("hr").description("people data").build()))
        .assertNext(d -> assertThat(d.name()).isEqualTo("hr")).verifyComplete();
  }

  @Test
  void custodiansInADomainCreateAreNestedOnce() {
    MarketplaceDomainCreate input = MarketplaceDomainCreate.builder("finance").custodians(List.of(UserRef.id(4)))
        .build();
    StepVerifier.create(marketplace.createDomain(input)).expectNextCount(1).verifyComplete();
    assertThat(RecordingTransport.json(transport.single()))
        .isEqualTo("{\"name\":\"finance\",\"custodians\":[{\"id\":4}]}");
  }

  @Test
  void domainPathsAndCustodianChanges() {
    transport.answer("[]");
    StepVerifier.create(marketplace.getDomainsForOrg(8)).verifyComplete();
    assertThat(transport.single().pathTemplate()).isEqualTo("/marketplace/domains/for_org");
    assertThat(transport.single().query()).containsEntry("org_id", List.of("8"));

    transport.requests().clear();
    transport.answer("{\"status\": \"ok\"}");
    StepVerifier.create(marketplace.removeDomainCustodians(3, List.of(UserRef.email("c@d.e")))).expectNextCount(1)
        .verifyComplete();
    assertThat(transport.single().method()).isEqualTo(HttpMethod.DELETE);
    assertThat(RecordingTransport.path(transport.single())).isEqualTo("/marketplace/domains/3/custodians");
    assertThat(RecordingTransport.json(transport.single())).isEqualTo("{\"custodians\":[{\"email\":\"c@d.e\"}]}");
  }

  @Test
  void publishingAnItemSendsTheNexset() {
    transport.answer("[{\"id\": 9, \"domain_id\": 3, \"resource_id\": 44}]");
    StepVerifier.create(marketplace.createDomainItem(3, MarketplaceItemCreate.builder("orders", 44).build()))
        .assertNext(i -> assertThat(i.resourceId()).isEqualTo(44L)).verifyComplete();
    assertThat(RecordingTransport.json(transport.single())).isEqualTo("{\"name\":\"orders\",\"data_set_id\":44}");
  }
}
