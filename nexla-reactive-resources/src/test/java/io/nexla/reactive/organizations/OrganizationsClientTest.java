package io.nexla.reactive.organizations;

import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.core.testing.RecordingTransport;
import io.nexla.reactive.flows.FlowResourceType;
import static org.assertj.core.api.Assertions.assertThat;

import io.nexla.reactive.common.AccessRole;
import io.nexla.reactive.common.ListOptions;
import io.nexla.reactive.core.http.NexlaRequest;
import io.nexla.reactive.users.FlowStatusMetricsQuery;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import reactor.test.StepVerifier;

class OrganizationsClientTest {

  private final RecordingTransport transport = new RecordingTransport();
  private final OrganizationsClient orgs = NexlaClient.of(transport).organizations();

  @Test
  void nothingIsSentBeforeSubscriptionAndEachSubscriptionSendsAgain() {
    var call = orgs.getMembers(5);
    assertThat(transport.requests()).isEmpty();
    transport.answer("[{\"id\": 1, \"email\": \"a@b.c\", \"is_admin?\": true}]");
    StepVerifier.create(call).assertNext(m -> assertThat(m.admin()).isTrue()).verifyComplete();
    StepVerifier.create(call).expectNextCount(1).verifyComplete();
    assertThat(transport.requests()).hasSize(2);
  }

  @Test
  void memberListsAnsweredWithAnEmptyBodyEmitNothing() {
    transport.answer("");
    StepVerifier.create(orgs.getMembers(5)).verifyComplete();
    StepVerifier.create(orgs.getCustodians(5)).verifyComplete();
  }

  @Test
  void deleteMembersSendsTheMembersInADeleteBodyAndEmitsTheStatusDocument() {
    transport.answer("{\"status\": \"success\"}");
    StepVerifier.create(orgs.deleteMembers(7, List.of(OrgMemberRemoval.of(3, 9L))))
        .assertNext(n -> assertThat(n.get("status").asString()).isEqualTo("success")).verifyComplete();
    NexlaRequest sent = transport.single();
    assertThat(sent.method()).isEqualTo(HttpMethod.DELETE);
    assertThat(RecordingTransport.path(sent)).isEqualTo("/orgs/7/members");
    assertThat(RecordingTransport.json(sent)).isEqualTo("{\"members\":[{\"id\":3,\"delegate_owner_id\":9}]}");
  }

  @Test
  void custodiansAreSentAsAFlatList() {
    transport.answer("[{\"id\": 3}]");
    StepVerifier.create(orgs.addCustodians(7, List.of(UserRef.id(3), UserRef.email("x@y.z"))))
        .expectNextCount(1).verifyComplete();
    assertThat(transport.single().method()).isEqualTo(HttpMethod.POST);
    assertThat(RecordingTransport.json(transport.single()))
        .isEqualTo("{\"custodians\":[{\"id\":3},{\"email\":\"x@y.z\"}]}");
  }

  @Test
  void activationSendsMembersToTheActivatePath() {
    transport.answer("[]");
    StepVerifier.create(orgs.deactivateMembers(7, List.of(UserRef.email("x@y.z")))).verifyComplete();
    assertThat(RecordingTransport.path(transport.single())).isEqualTo("/orgs/7/members/deactivate");
    assertThat(transport.single().method()).isEqualTo(HttpMethod.PUT);
  }

  @Test
  void flowStatusMetricsWithoutFiltersSendNoQueryAndWithFiltersSendThemInOrder() {
    transport.answer("{\"total\": 0}");
    StepVerifier.create(orgs.getFlowStatusMetrics(7, FlowStatusMetricsQuery.ALL)).expectNextCount(1)
        .verifyComplete();
    assertThat(transport.single().query()).isEmpty();

    transport.requests().clear();
    var query = new FlowStatusMetricsQuery(AccessRole.COLLABORATOR, LocalDate.of(2024, 1, 2), 2, 10,
        Map.of("status", "ACTIVE"));
    StepVerifier.create(orgs.getFlowStatusMetrics(7, query)).expectNextCount(1).verifyComplete();
    assertThat(transport.single().query()).containsExactly(
        Map.entry("status", List.of("ACTIVE")), Map.entry("access_role", List.of("collaborator")),
        Map.entry("from", List.of("2024-01-02")), Map.entry("page", List.of("2")),
        Map.entry("per_page", List.of("10")));
  }

  @Test
  void resourceAuditLogNamesTheCollectionInThePathAndPages() {
    transport.answer("[{\"id\": 1, \"event\": \"update\"}]");
    StepVerifier.create(orgs.getResourceAuditLog(7, FlowResourceType.NEXSETS,
        ListOptions.DEFAULTS.withPageSize(5))).expectNextCount(1).verifyComplete();
    NexlaRequest sent = transport.first();
    assertThat(RecordingTransport.path(sent)).isEqualTo("/orgs/7/data_sets/audit_log");
    assertThat(sent.query()).containsEntry("page", List.of("1")).containsEntry("per_page", List.of("5"));
  }

  @Test
  void accountMetricsSendDaysAsIsoDates() {
    transport.answer("{\"status\": 200, \"metrics\": []}");
    StepVerifier.create(orgs.getOrgFlowAccountMetrics(7, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31), true))
        .expectNextCount(1).verifyComplete();
    assertThat(transport.single().query()).containsEntry("from", List.of("2024-03-01"))
        .containsEntry("to", List.of("2024-03-31")).containsEntry("aggregate", List.of("1"));
  }

  @Test
  void authSettingUpdateSendsTheEnabledFlag() {
    StepVerifier.create(orgs.updateAuthSetting(7, 12, false)).expectNextCount(1).verifyComplete();
    assertThat(RecordingTransport.path(transport.single())).isEqualTo("/orgs/7/auth_settings/12");
    assertThat(RecordingTransport.json(transport.single())).isEqualTo("{\"enabled\":false}");
  }

  @Test
  void perCallOptionsViewSendsTheSameRequestWithTheOptions() {
    StepVerifier.create(orgs.withOptions(o -> o.timeout(Duration.ofSeconds(3))).getCurrentAccountSummary())
        .expectNextCount(1).verifyComplete();
    assertThat(transport.single().pathTemplate()).isEqualTo("/orgs/account_summary");
    assertThat(transport.single().operation()).isEqualTo("organizations.getCurrentAccountSummary");
    assertThat(transport.single().options().timeout()).contains(Duration.ofSeconds(3));
  }
}
