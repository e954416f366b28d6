package io.nexla.reactive.users;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.common.AccessRole;
import io.nexla.reactive.common.ListOptions;
import io.nexla.reactive.core.testing.RecordingTransport;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import reactor.test.StepVerifier;

class UsersClientTest {

  private final RecordingTransport transport = new RecordingTransport();
  private final UsersClient users = NexlaClient.of(transport).users();

  @Test
  void expandedListAsksForExpansionOnEveryPage() {
    transport.answer(r -> "1".equals(r.query().get("page").get(0))
        ? "[{\"id\": 1, \"account_summary\": {\"data_sources\": {}}}, {\"id\": 2}]" : "[]");
    StepVerifier.create(users.list(true, ListOptions.DEFAULTS.withPageSize(2).withAccessRole(AccessRole.ALL)))
        .assertNext(u -> assertThat(u.accountSummary()).containsKey("data_sources"))
        .expectNextCount(1).verifyComplete();
    assertThat(transport.requests()).hasSize(2).allSatisfy(r -> assertThat(r.query())
        .containsEntry("expand", List.of("1")).containsEntry("access_role", List.of("all")));
  }

  @Test
  void dailyMetricsAlwaysAggregateAndSendTheResourceKind() {
    transport.answer("{\"status\": 200, \"metrics\": []}");
    StepVerifier.create(users.getDailyMetrics(3, MetricResourceType.SINK, LocalDate.of(2024, 1, 1), null, 5L))
        .expectNextCount(1).verifyComplete();
    assertThat(transport.single().query()).containsExactly(Map.entry("resource_type", List.of("SINK")),
        Map.entry("from", List.of("2024-01-01")), Map.entry("aggregate", List.of("1")),
        Map.entry("org_id", List.of("5")));
  }

  @Test
  void quarantineSettingsRoundTrip() {
    transport.answer("{\"enabled\": true, \"path\": \"/quarantine\"}");
    StepVerifier.create(users.createQuarantineSettings(3,
            new QuarantineSettingsInput(11L, Map.of("path", "/quarantine/exports/"))))
        .assertNext(q -> assertThat(q.path()).isEqualTo("/quarantine")).verifyComplete();
    assertThat(transport.single().method()).isEqualTo(HttpMethod.POST);
    assertThat(RecordingTransport.json(transport.single()))
        .isEqualTo("{\"data_credentials_id\":11,\"config\":{\"path\":\"/quarantine/exports/\"}}");
  }

  @Test
  void transferSendsOrgAndDelegate() {
    StepVerifier.create(users.transferResources(3, new ResourceTransfer(1, 8))).expectNextCount(1)
        .verifyComplete();
    assertThat(RecordingTransport.path(transport.single())).isEqualTo("/users/3/transfer");
    assertThat(RecordingTransport.json(transport.single())).isEqualTo("{\"org_id\":1,\"delegate_owner_id\":8}");
  }

  @Test
  void settingsAnsweredWithNoContentEmitNothing() {
    transport.answer("");
    StepVerifier.create(users.getSettings()).verifyComplete();
  }

  @Test
  void pagedListsAndAuditLogsAnsweredWithNoContentEmitNothing() {
    transport.answer("");
    StepVerifier.create(users.list()).verifyComplete();
    StepVerifier.create(users.auditLog(3, io.nexla.reactive.common.AuditLogQuery.between(
        LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31)))).verifyComplete();
    assertThat(transport.requests().get(1).pathTemplate()).isEqualTo("/users/{id}/audit_log");
    assertThat(transport.requests().get(1).query()).containsEntry("from", List.of("2024-01-01"))
        .containsEntry("to", List.of("2024-01-31"));
  }

  @Test
  void theCurrentUserIsReadFromItsOwnPathNotAsAnId() {
    transport.answer("{\"id\": 5, \"email\": \"me@example.com\", \"org_memberships\": []}");
    StepVerifier.create(users.getCurrent()).assertNext(u -> assertThat(u.id()).isEqualTo(5)).verifyComplete();
    assertThat(transport.single().pathTemplate()).isEqualTo("/users/current");
    assertThat(transport.single().operation()).isEqualTo("users.getCurrent");
  }
}
