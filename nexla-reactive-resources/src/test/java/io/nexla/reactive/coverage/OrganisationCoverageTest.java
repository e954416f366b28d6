package io.nexla.reactive.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.approvalrequests.ApprovalRequest;
import io.nexla.reactive.approvalrequests.ApprovalRequestCreate;
import io.nexla.reactive.approvalrequests.ApprovalRequestUpdate;
import io.nexla.reactive.common.AccessControlled;
import io.nexla.reactive.common.AccessRole;
import io.nexla.reactive.common.Accessor;
import io.nexla.reactive.common.Audited;
import io.nexla.reactive.common.Copyable;
import io.nexla.reactive.common.Deletable;
import io.nexla.reactive.common.Gettable;
import io.nexla.reactive.common.Lifecycle;
import io.nexla.reactive.common.ListOptions;
import io.nexla.reactive.common.Listable;
import io.nexla.reactive.core.http.NexlaRequest;
import io.nexla.reactive.dataschemas.DataSchema;
import io.nexla.reactive.dataschemas.DataSchemaCreate;
import io.nexla.reactive.dataschemas.DataSchemaUpdate;
import io.nexla.reactive.doccontainers.DocContainer;
import io.nexla.reactive.doccontainers.DocContainerCreate;
import io.nexla.reactive.doccontainers.DocContainerUpdate;
import io.nexla.reactive.genai.GenAiConfig;
import io.nexla.reactive.genai.GenAiConfigCreate;
import io.nexla.reactive.genai.GenAiConfigUpdate;
import io.nexla.reactive.genai.GenAiConfigType;
import io.nexla.reactive.genai.GenAiOrgSetting;
import io.nexla.reactive.genai.GenAiOrgSettingCreate;
import io.nexla.reactive.genai.GenAiUsage;
import io.nexla.reactive.marketplace.MarketplaceDomainCreate;
import io.nexla.reactive.marketplace.MarketplaceDomainUpdate;
import io.nexla.reactive.marketplace.MarketplaceItemCreate;
import io.nexla.reactive.marketplace.MarketplaceDomain;
import io.nexla.reactive.notifications.NotificationChannelSettingCreate;
import io.nexla.reactive.notifications.NotificationChannelSettingUpdate;
import io.nexla.reactive.notifications.Notification;
import io.nexla.reactive.notifications.NotificationChannel;
import io.nexla.reactive.notifications.NotificationChannelSetting;
import io.nexla.reactive.notifications.NotificationFilter;
import io.nexla.reactive.notifications.NotificationSetting;
import io.nexla.reactive.notifications.NotificationSettingCreate;
import io.nexla.reactive.notifications.NotificationSettingUpdate;
import io.nexla.reactive.flows.FlowResourceType;
import io.nexla.reactive.organizations.OrgMemberRemoval;
import io.nexla.reactive.organizations.OrgMemberUpdate;
import io.nexla.reactive.organizations.Organization;
import io.nexla.reactive.organizations.OrganizationCreate;
import io.nexla.reactive.organizations.OrganizationUpdate;
import io.nexla.reactive.organizations.UserRef;
import io.nexla.reactive.orgauthconfigs.AuthConfig;
import io.nexla.reactive.orgauthconfigs.AuthConfigPayload;
import io.nexla.reactive.orgauthconfigs.AuthProtocol;
import io.nexla.reactive.projects.DataFlowRef;
import io.nexla.reactive.projects.FlowSearchFilter;
import io.nexla.reactive.projects.Project;
import io.nexla.reactive.projects.ProjectCreate;
import io.nexla.reactive.projects.ProjectFlowList;
import io.nexla.reactive.projects.ProjectUpdate;
import io.nexla.reactive.runtimes.Runtime;
import io.nexla.reactive.runtimes.RuntimeCreate;
import io.nexla.reactive.runtimes.RuntimeUpdate;
import io.nexla.reactive.selfsignup.BlockedDomain;
import io.nexla.reactive.selfsignup.SignupInput;
import io.nexla.reactive.teams.Team;
import io.nexla.reactive.teams.TeamCreate;
import io.nexla.reactive.teams.TeamMemberInput;
import io.nexla.reactive.teams.TeamUpdate;
import io.nexla.reactive.users.FlowStatusMetricsQuery;
import io.nexla.reactive.users.MetricResourceType;
import io.nexla.reactive.users.QuarantineSettingsInput;
import io.nexla.reactive.users.ResourceTransfer;
import io.nexla.reactive.users.User;
import io.nexla.reactive.users.UserCreate;
import io.nexla.reactive.users.UserUpdate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * Every operation of the organisation-side groups (users, organizations, teams, projects, notifications, approval
 * requests, runtimes, marketplace, org auth configs, gen-AI, self sign-up, doc containers, data schemas) against
 * the emulator over HTTP. Each call first creates what it needs through the client.
 */
class OrganisationCoverageTest extends AbstractApiCoverageTest {

  private static final LocalDate DAY = LocalDate.of(2024, 1, 1);
  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  private static String unique(String prefix) {
    return prefix + "-" + SEQUENCE.incrementAndGet();
  }

  @Override
  protected Map<String, Map<String, CoverageCall>> calls() {
    Map<String, Map<String, CoverageCall>> all = new LinkedHashMap<>();
    all.put("users", users());
    all.put("organizations", organizations());
    all.put("teams", teams());
    all.put("projects", projects());
    all.put("notifications", notifications());
    all.put("approval_requests", approvalRequests());
    all.put("runtimes", runtimes());
    all.put("marketplace", marketplace());
    all.put("org_auth_configs", orgAuthConfigs());
    all.put("genai", genAi());
    all.put("self_signup", selfSignup());
    all.put("doc_containers", docContainers());
    all.put("data_schemas", dataSchemas());
    return all;
  }

  // ---- generic operations, written once for every group ------------------------------------------------------

  /**
   * Rows of the generic template (get, delete, activate, pause, copy, audit log, accessors) for a group whose
   * client offers them; {@code make} creates an item and emits its id.
   */
  private static <G> Map<String, CoverageCall> generic(Function<NexlaClient, G> group,
      Function<NexlaClient, Mono<Long>> make) {
    Map<String, CoverageCall> m = new LinkedHashMap<>();
    BiFunction<NexlaClient, Function<Long, Publisher<?>>, Publisher<?>> withItem =
        (c, call) -> make.apply(c).flatMapMany(call::apply);
    m.put("get", (c, e) -> withItem.apply(c, id -> ((Gettable<?>) group.apply(c)).get(id)));
    m.put("delete", (c, e) -> withItem.apply(c, id -> ((Deletable<?>) group.apply(c)).delete(id)));
    m.put("activate", (c, e) -> withItem.apply(c, id -> ((Lifecycle<?>) group.apply(c)).activate(id)));
    m.put("pause", (c, e) -> withItem.apply(c, id -> ((Lifecycle<?>) group.apply(c)).pause(id)));
    m.put("copy", (c, e) -> withItem.apply(c, id -> ((Copyable<?, ?>) group.apply(c)).copy(id)));
    m.put("get_audit_log", (c, e) -> withItem.apply(c, id -> ((Audited<?>) group.apply(c)).auditLog(id)));
    m.put("get_accessors", (c, e) -> withItem.apply(c, id -> ((AccessControlled<?>) group.apply(c)).accessors(id)));
    m.put("add_accessors", (c, e) -> withItem.apply(c, id -> ((AccessControlled<?>) group.apply(c))
        .addAccessors(id, List.of(Accessor.user("viewer@example.com", AccessRole.COLLABORATOR)))));
    m.put("replace_accessors", (c, e) -> withItem.apply(c, id -> ((AccessControlled<?>) group.apply(c))
        .replaceAccessors(id, List.of(Accessor.user("viewer@example.com", AccessRole.OPERATOR)))));
    m.put("delete_accessors", (c, e) -> withItem.apply(c, id -> ((AccessControlled<?>) group.apply(c))
        .addAccessors(id, List.of(Accessor.user("viewer@example.com", AccessRole.COLLABORATOR)))
        .thenMany(((AccessControlled<?>) group.apply(c))
            .removeAccessors(id, List.of(Accessor.user("viewer@example.com", AccessRole.COLLABORATOR))))));
    return m;
  }

  /** {@link #generic} plus the paged list. */
  private static <G> Map<String, CoverageCall> pagedGeneric(Function<NexlaClient, G> group,
      Function<NexlaClient, Mono<Long>> make) {
    Map<String, CoverageCall> m = generic(group, make);
    m.put("list|paginate", (c, e) -> make.apply(c).thenMany(((Listable<?>) group.apply(c))
        .list(ListOptions.DEFAULTS.withPageSize(50))));
    return m;
  }

  // ---- groups ------------------------------------------------------------------------------------------------

  private static Mono<Long> newUser(NexlaClient c) {
    String name = unique("user");
    return c.users().create(UserCreate.builder(name, name + "@example.com").build()).map(User::id);
  }

  private static Mono<Long> newOrg(NexlaClient c) {
    String name = unique("org");
    return c.organizations().create(OrganizationCreate.builder(name, name + ".example.com").build())
        .map(Organization::id);
  }

  private static Map<String, CoverageCall> users() {
    Map<String, CoverageCall> m = pagedGeneric(NexlaClient::users, OrganisationCoverageTest::newUser);
    m.put("list|paginate", (c, e) -> newUser(c).thenMany(c.users().list(true, ListOptions.DEFAULTS)));
    m.put("create", (c, e) -> c.users().create(UserCreate.builder("New User", unique("new") + "@example.com")
        .tosSignedAt(Instant.parse("2024-01-01T00:00:00Z")).build())
        .doOnNext(u -> assertThat(u.fullName()).isEqualTo("New User")));
    m.put("update", (c, e) -> newUser(c).flatMap(id -> c.users().update(id, UserUpdate.builder().name("Renamed")
        .build())));
    m.put("get_current", (c, e) -> c.users().getCurrent());
    m.put("get_settings", (c, e) -> c.users().getSettings());
    m.put("get_quarantine_settings", (c, e) -> newUser(c).flatMap(id -> c.users()
        .createQuarantineSettings(id, quarantine()).then(c.users().getQuarantineSettings(id))));
    m.put("create_quarantine_settings", (c, e) -> newUser(c)
        .flatMap(id -> c.users().createQuarantineSettings(id, quarantine())));
    m.put("update_quarantine_settings", (c, e) -> newUser(c).flatMap(id -> c.users()
        .createQuarantineSettings(id, quarantine()).then(c.users().updateQuarantineSettings(id,
            new QuarantineSettingsInput(null, Map.of("path", "/quarantine/other/"))))));
    m.put("delete_quarantine_settings", (c, e) -> newUser(c).flatMap(id -> c.users()
        .createQuarantineSettings(id, quarantine()).then(c.users().deleteQuarantineSettings(id))));
    m.put("get_transferable_resources", (c, e) -> newUser(c).zipWith(newOrg(c))
        .flatMap(t -> c.users().getTransferableResources(t.getT1(), t.getT2())));
    m.put("transfer_resources", (c, e) -> Mono.zip(newUser(c), newUser(c), newOrg(c))
        .flatMap(t -> c.users().transferResources(t.getT1(), new ResourceTransfer(t.getT3(), t.getT2()))));
    m.put("get_account_metrics", (c, e) -> newUser(c)
        .flatMap(id -> c.users().getAccountMetrics(id, DAY, DAY.plusDays(7), null, true)));
    m.put("get_flow_status_metrics", (c, e) -> newUser(c).flatMap(id -> c.users().getFlowStatusMetrics(id,
        new FlowStatusMetricsQuery(AccessRole.COLLABORATOR, DAY, 1, 10, Map.of()))));
    m.put("get_dashboard_metrics", (c, e) -> newUser(c)
        .flatMap(id -> c.users().getDashboardMetrics(id, AccessRole.OWNER)));
    m.put("get_daily_metrics", (c, e) -> newUser(c)
        .flatMap(id -> c.users().getDailyMetrics(id, MetricResourceType.SOURCE, DAY, DAY.plusDays(1), null)));
    return m;
  }

  private static QuarantineSettingsInput quarantine() {
    return new QuarantineSettingsInput(1L, Map.of("cron_schedule", "0 0 * * *", "path", "/quarantine/exports/"));
  }

  private static Map<String, CoverageCall> organizations() {
    Map<String, CoverageCall> m = pagedGeneric(NexlaClient::organizations, OrganisationCoverageTest::newOrg);
    m.put("create", (c, e) -> newOrg(c));
    m.put("update", (c, e) -> newOrg(c).flatMap(id -> c.organizations().update(id,
        OrganizationUpdate.builder().description("updated").build())));
    m.put("get_current_account_summary", (c, e) -> c.organizations().getCurrentAccountSummary());
    m.put("get_account_summary", (c, e) -> newOrg(c).flatMap(c.organizations()::getAccountSummary));
    m.put("get_members", (c, e) -> withMember(c, id -> c.organizations().getMembers(id)));
    m.put("update_members", (c, e) -> withMember(c, id -> Mono.empty()));
    m.put("replace_members", (c, e) -> newOrg(c).flatMapMany(id -> c.organizations().replaceMembers(id,
        List.of(OrgMemberUpdate.of(unique("member") + "@example.com", "Member", false)))));
    m.put("delete_members", (c, e) -> withMember(c, id -> c.organizations().getMembers(id).take(1)
        .flatMap(member -> c.organizations().deleteMembers(id, List.of(OrgMemberRemoval.of(member.id(), null))))));
    m.put("activate_members", (c, e) -> withMember(c, id -> c.organizations().getMembers(id).take(1)
        .flatMap(member -> c.organizations().activateMembers(id, List.of(UserRef.id(member.id()))))));
    m.put("deactivate_members", (c, e) -> withMember(c, id -> c.organizations().getMembers(id).take(1)
        .flatMap(member -> c.organizations().deactivateMembers(id, List.of(UserRef.id(member.id()))))));
    m.put("get_custodians", (c, e) -> newOrg(c).flatMapMany(c.organizations()::getCustodians));
    m.put("update_custodians", (c, e) -> Mono.zip(newOrg(c), newUser(c)).flatMapMany(t -> c.organizations()
        .updateCustodians(t.getT1(), List.of(UserRef.id(t.getT2())))));
    m.put("add_custodians", (c, e) -> Mono.zip(newOrg(c), newUser(c)).flatMapMany(t -> c.organizations()
        .addCustodians(t.getT1(), List.of(UserRef.id(t.getT2())))));
    m.put("remove_custodians", (c, e) -> Mono.zip(newOrg(c), newUser(c)).flatMap(t -> c.organizations()
        .addCustodians(t.getT1(), List.of(UserRef.id(t.getT2())))
        .then(c.organizations().removeCustodians(t.getT1(), List.of(UserRef.id(t.getT2()))))));
    m.put("get_org_flow_account_metrics", (c, e) -> newOrg(c)
        .flatMap(id -> c.organizations().getOrgFlowAccountMetrics(id, DAY, DAY.plusDays(7), true)));
    m.put("get_flow_status_metrics", (c, e) -> newOrg(c).flatMap(id -> c.organizations()
        .getFlowStatusMetrics(id, new FlowStatusMetricsQuery(AccessRole.OWNER, DAY, 1, 10, Map.of()))));
    m.put("get_resource_audit_log", (c, e) -> newOrg(c).flatMapMany(id -> c.organizations()
        .getResourceAuditLog(id, FlowResourceType.SOURCES, ListOptions.DEFAULTS)));
    m.put("get_auth_settings", (c, e) -> newOrg(c).flatMapMany(c.organizations()::getAuthSettings));
    m.put("update_auth_setting", (c, e) -> Mono.zip(newOrg(c), newAuthConfig(c))
        .flatMap(t -> c.organizations().updateAuthSetting(t.getT1(), t.getT2(), true)));
    return m;
  }

  /** Creates an org with one member, then runs {@code call} on the org. */
  private static Publisher<?> withMember(NexlaClient c, Function<Long, Publisher<?>> call) {
    return newOrg(c).flatMapMany(id -> c.organizations().updateMembers(id,
            List.of(OrgMemberUpdate.of(unique("member") + "@example.com", "Member", false)))
        .thenMany(call.apply(id)));
  }

  private static Mono<Long> newTeam(NexlaClient c) {
    return c.teams().create(TeamCreate.builder(unique("team")).build()).map(Team::id);
  }

  private static Map<String, CoverageCall> teams() {
    Map<String, CoverageCall> m = pagedGeneric(NexlaClient::teams, OrganisationCoverageTest::newTeam);
    m.put("create", (c, e) -> c.teams().create(TeamCreate.builder(unique("team")).description("a team")
        .members(List.of(TeamMemberInput.member("member@example.com"))).build()));
    m.put("update", (c, e) -> newTeam(c)
        .flatMap(id -> c.teams().update(id, TeamUpdate.builder().name(unique("renamed")).build())));
    m.put("get_members", (c, e) -> newTeam(c).flatMapMany(c.teams()::getMembers));
    m.put("add_members", (c, e) -> newTeam(c).flatMapMany(id -> c.teams().addMembers(id,
        List.of(TeamMemberInput.admin("lead@example.com")))));
    m.put("replace_members", (c, e) -> newTeam(c).flatMapMany(id -> c.teams().replaceMembers(id,
        List.of(TeamMemberInput.member("member@example.com")))));
    m.put("remove_members", (c, e) -> newTeam(c).flatMapMany(id -> c.teams().addMembers(id,
            List.of(TeamMemberInput.member("member@example.com")))
        .thenMany(c.teams().removeMembers(id, List.of(TeamMemberInput.member("member@example.com"))))));
    return m;
  }

  private static Mono<Long> newProject(NexlaClient c) {
    return c.projects().create(ProjectCreate.builder(unique("project")).build()).map(Project::id);
  }

  private static Map<String, CoverageCall> projects() {
    Map<String, CoverageCall> m = pagedGeneric(NexlaClient::projects, OrganisationCoverageTest::newProject);
    m.put("list|paginate", (c, e) -> newProject(c).thenMany(c.projects().list(true, ListOptions.DEFAULTS)));
    m.put("create", (c, e) -> c.projects().create(ProjectCreate.builder(unique("project")).description("desc")
        .build()));
    m.put("update", (c, e) -> newProject(c)
        .flatMap(id -> c.projects().update(id, ProjectUpdate.builder().description("new").build())));
    m.put("get_flows", (c, e) -> newProject(c).flatMap(c.projects()::getFlows));
    m.put("add_flows|add_data_flows", (c, e) -> newProject(c)
        .flatMapMany(id -> c.projects().addFlows(id, ProjectFlowList.ofFlowNodes(1L))));
    m.put("replace_flows|replace_data_flows", (c, e) -> newProject(c).flatMapMany(id -> c.projects()
        .replaceFlows(id, new ProjectFlowList(List.of(1L), List.of(DataFlowRef.source(1))))));
    m.put("remove_flows|remove_data_flows", (c, e) -> newProject(c).flatMapMany(id -> c.projects()
        .addFlows(id, ProjectFlowList.ofFlowNodes(1L))
        .thenMany(c.projects().removeFlows(id, ProjectFlowList.ofFlowNodes(1L)))));
    m.put("search_flows", (c, e) -> newProject(c).flatMap(id -> c.projects().searchFlows(id,
        List.of(new FlowSearchFilter("name", "contains", "test")))));
    return m;
  }

  private static Map<String, CoverageCall> notifications() {
    Map<String, CoverageCall> m = new LinkedHashMap<>();
    // Notifications are raised by the platform and the client offers no create; the test seeds one through the
    // emulator's generic POST, sent with the client's transport.
    Function<NexlaClient, Mono<Long>> anyNotification = c -> c.transport().retrieve(NexlaRequest
        .post("/notifications").body(Map.of("level", "ERROR", "resource_type", "SOURCE", "resource_id", 1,
            "message", "failed"))
        .operation("test.seedNotification").build(), Notification.class).map(Notification::id);
    m.put("list|paginate", (c, e) -> c.notifications().list(new NotificationFilter(false, null,
        Instant.parse("2024-01-01T00:00:00Z"), null), ListOptions.DEFAULTS));
    m.put("get", (c, e) -> anyNotification.apply(c).flatMap(c.notifications()::get));
    m.put("delete", (c, e) -> anyNotification.apply(c).flatMap(c.notifications()::delete));
    m.put("delete_all", (c, e) -> c.notifications().deleteAll());
    m.put("get_count", (c, e) -> c.notifications().getCount(false));
    m.put("mark_read", (c, e) -> anyNotification.apply(c).flatMap(id -> c.notifications().markRead(List.of(id))));
    m.put("mark_unread", (c, e) -> anyNotification.apply(c)
        .flatMap(id -> c.notifications().markUnread(List.of(id))));
    m.put("get_types", (c, e) -> c.notifications().getTypes(true));
    m.put("get_type", (c, e) -> c.notifications().getType("ERROR", "SOURCE"));
    Function<NexlaClient, Mono<Long>> channel = c -> c.notifications().createChannelSetting(
        NotificationChannelSettingCreate.builder(NotificationChannel.EMAIL, Map.of("email", "ops@example.com")).build())
        .map(NotificationChannelSetting::id);
    m.put("list_channel_settings", (c, e) -> channel.apply(c).thenMany(c.notifications().listChannelSettings()));
    m.put("create_channel_setting", (c, e) -> channel.apply(c));
    m.put("get_channel_setting", (c, e) -> channel.apply(c).flatMap(c.notifications()::getChannelSetting));
    m.put("update_channel_setting", (c, e) -> channel.apply(c).flatMap(id -> c.notifications()
        .updateChannelSetting(id, NotificationChannelSettingUpdate.builder()
            .config(Map.of("email", "oncall@example.com")).build())));
    m.put("delete_channel_setting", (c, e) -> channel.apply(c).flatMap(c.notifications()::deleteChannelSetting));
    Function<NexlaClient, Mono<Long>> setting = c -> c.notifications().createSetting(
        NotificationSettingCreate.builder(NotificationChannel.APP, 1).build()).map(NotificationSetting::id);
    m.put("list_settings", (c, e) -> setting.apply(c).thenMany(c.notifications().listSettings(null, null, null)));
    m.put("create_setting", (c, e) -> setting.apply(c));
    m.put("get_setting", (c, e) -> setting.apply(c).flatMap(c.notifications()::getSetting));
    m.put("update_setting", (c, e) -> setting.apply(c).flatMap(id -> c.notifications().updateSetting(id,
        NotificationSettingUpdate.builder().checked(true).build())));
    m.put("delete_setting", (c, e) -> setting.apply(c).flatMap(c.notifications()::deleteSetting));
    m.put("get_settings_by_type", (c, e) -> setting.apply(c).thenMany(c.notifications().getSettingsByType(1)));
    m.put("get_resource_settings", (c, e) -> c.notifications().getResourceSettings("SOURCE", 1, true, null));
    return m;
  }

  private static Mono<Long> newApprovalRequest(NexlaClient c) {
    return c.approvalRequests().create(ApprovalRequestCreate.builder("access", "DATASET")
        .resourceId(1).build()).map(ApprovalRequest::id);
  }

  private static Map<String, CoverageCall> approvalRequests() {
    Map<String, CoverageCall> m = pagedGeneric(NexlaClient::approvalRequests,
        OrganisationCoverageTest::newApprovalRequest);
    m.put("create", (c, e) -> newApprovalRequest(c));
    m.put("update", (c, e) -> newApprovalRequest(c).flatMap(id -> c.approvalRequests().update(id,
        ApprovalRequestUpdate.builder().reason("please").build())));
    m.put("list_pending", (c, e) -> newApprovalRequest(c).thenMany(c.approvalRequests().listPending()));
    m.put("list_requested", (c, e) -> newApprovalRequest(c).thenMany(c.approvalRequests().listRequested()));
    m.put("approve", (c, e) -> newApprovalRequest(c).flatMap(c.approvalRequests()::approve));
    m.put("reject", (c, e) -> newApprovalRequest(c).flatMap(id -> c.approvalRequests().reject(id, "not now")));
    return m;
  }

  private static Mono<Long> newRuntime(NexlaClient c) {
    return c.runtimes().create(RuntimeCreate.builder(unique("runtime")).dockerpath("nexla/python:3.11").build())
        .map(Runtime::id);
  }

  private static Map<String, CoverageCall> runtimes() {
    Map<String, CoverageCall> m = generic(NexlaClient::runtimes, OrganisationCoverageTest::newRuntime);
    m.put("list", (c, e) -> newRuntime(c).thenMany(c.runtimes().list()));
    m.put("create", (c, e) -> newRuntime(c));
    m.put("update", (c, e) -> newRuntime(c).flatMap(id -> c.runtimes().update(id,
        RuntimeUpdate.builder().description("updated").build())));
    return m;
  }

  private static Mono<Long> newDomain(NexlaClient c) {
    return c.marketplace().createDomain(MarketplaceDomainCreate.builder(unique("domain"))
        .description("a domain").build()).map(MarketplaceDomain::id);
  }

  private static Map<String, CoverageCall> marketplace() {
    Map<String, CoverageCall> m = new LinkedHashMap<>();
    m.put("list_domains", (c, e) -> newDomain(c).thenMany(c.marketplace().listDomains()));
    m.put("create_domains|create_domain", (c, e) -> c.marketplace().createDomains(
        MarketplaceDomainCreate.builder(unique("domain")).build()));
    m.put("get_domains_for_org", (c, e) -> newOrg(c).flatMapMany(c.marketplace()::getDomainsForOrg));
    m.put("get_domain", (c, e) -> newDomain(c).flatMap(c.marketplace()::getDomain));
    m.put("update_domain", (c, e) -> newDomain(c).flatMap(id -> c.marketplace().updateDomain(id,
        MarketplaceDomainUpdate.builder().name(unique("renamed")).description("new description").build())));
    m.put("delete_domain", (c, e) -> newDomain(c).flatMap(c.marketplace()::deleteDomain));
    m.put("list_domain_items", (c, e) -> newDomain(c).flatMapMany(c.marketplace()::listDomainItems));
    m.put("create_domain_item", (c, e) -> newDomain(c).flatMapMany(id -> c.marketplace().createDomainItem(id,
        MarketplaceItemCreate.builder("orders", 1).description("published orders").build())));
    m.put("list_domain_custodians", (c, e) -> newDomain(c).flatMapMany(c.marketplace()::listDomainCustodians));
    m.put("update_domain_custodians", (c, e) -> Mono.zip(newDomain(c), newUser(c)).flatMapMany(t -> c.marketplace()
        .updateDomainCustodians(t.getT1(), List.of(UserRef.id(t.getT2())))));
    m.put("add_domain_custodians", (c, e) -> Mono.zip(newDomain(c), newUser(c)).flatMapMany(t -> c.marketplace()
        .addDomainCustodians(t.getT1(), List.of(UserRef.id(t.getT2())))));
    m.put("remove_domain_custodians", (c, e) -> Mono.zip(newDomain(c), newUser(c)).flatMap(t -> c.marketplace()
        .addDomainCustodians(t.getT1(), List.of(UserRef.id(t.getT2())))
        .then(c.marketplace().removeDomainCustodians(t.getT1(), List.of(UserRef.id(t.getT2()))))));
    return m;
  }

  private static Mono<Long> newAuthConfig(NexlaClient c) {
    return c.orgAuthConfigs().create(AuthConfigPayload.builder().name(unique("sso")).protocol(AuthProtocol.SAML)
        .global(true).build()).map(AuthConfig::id);
  }

  private static Map<String, CoverageCall> orgAuthConfigs() {
    Map<String, CoverageCall> m = generic(NexlaClient::orgAuthConfigs, OrganisationCoverageTest::newAuthConfig);
    m.put("list", (c, e) -> newAuthConfig(c).thenMany(c.orgAuthConfigs().list()));
    m.put("list_all", (c, e) -> newAuthConfig(c).thenMany(c.orgAuthConfigs().listAll()));
    m.put("create", (c, e) -> c.orgAuthConfigs().create(AuthConfigPayload.builder().name(unique("sso"))
        .protocol(AuthProtocol.SAML).global(true).build()).doOnNext(a -> assertThat(a.global()).isTrue()));
    m.put("update", (c, e) -> newAuthConfig(c).flatMap(id -> c.orgAuthConfigs().update(id,
        AuthConfigPayload.builder().description("updated").build())));
    return m;
  }

  private static Map<String, CoverageCall> genAi() {
    Map<String, CoverageCall> m = new LinkedHashMap<>();
    Function<NexlaClient, Mono<Long>> config = c -> c.genAi().createConfig(GenAiConfigCreate.builder(unique("gpt"),
        GenAiConfigType.GENAI_OPENAI, Map.of("model", "gpt-4o"), 1).build()).map(GenAiConfig::id);
    Function<NexlaClient, Mono<Long>> setting = c -> config.apply(c).flatMap(id -> c.genAi()
        .createOrgSetting(GenAiOrgSettingCreate.builder(id, GenAiUsage.GEN_DOCS).build())).map(GenAiOrgSetting::id);
    m.put("list_configs", (c, e) -> config.apply(c).thenMany(c.genAi().listConfigs()));
    m.put("create_config", (c, e) -> config.apply(c));
    m.put("get_config", (c, e) -> config.apply(c).flatMap(c.genAi()::getConfig));
    m.put("update_config", (c, e) -> config.apply(c).flatMap(id -> c.genAi().updateConfig(id,
        GenAiConfigUpdate.builder().description("paused for now").status("paused").build())));
    m.put("delete_config", (c, e) -> config.apply(c).flatMap(c.genAi()::deleteConfig));
    m.put("list_org_settings", (c, e) -> setting.apply(c).thenMany(c.genAi().listOrgSettings(null, true)));
    m.put("create_org_setting", (c, e) -> setting.apply(c));
    m.put("get_org_setting", (c, e) -> setting.apply(c).flatMap(c.genAi()::getOrgSetting));
    m.put("delete_org_setting", (c, e) -> setting.apply(c).flatMap(c.genAi()::deleteOrgSetting));
    m.put("show_active_config", (c, e) -> setting.apply(c).then(c.genAi().showActiveConfig(GenAiUsage.GEN_DOCS)));
    return m;
  }

  private static Map<String, CoverageCall> selfSignup() {
    Map<String, CoverageCall> m = new LinkedHashMap<>();
    Function<NexlaClient, Mono<Long>> blocked = c -> c.selfSignup().addBlockedDomain(unique("bad") + ".com")
        .map(BlockedDomain::id);
    m.put("signup", (c, e) -> c.selfSignup().signup(SignupInput.of(unique("applicant") + "@example.com", "A B")));
    m.put("verify_email", (c, e) -> c.selfSignup().verifyEmail("token-1"));
    m.put("list_requests", (c, e) -> c.selfSignup().listRequests());
    m.put("approve_request", (c, e) -> c.selfSignup().signup(SignupInput.of(unique("app") + "@example.com", "C D"))
        .thenMany(c.selfSignup().listRequests()).take(1).flatMap(r -> c.selfSignup().approveRequest(r.id())));
    m.put("list_blocked_domains", (c, e) -> blocked.apply(c).thenMany(c.selfSignup().listBlockedDomains()));
    m.put("add_blocked_domain", (c, e) -> blocked.apply(c));
    m.put("update_blocked_domain", (c, e) -> blocked.apply(c).flatMap(id -> c.selfSignup()
        .updateBlockedDomain(id, unique("worse") + ".com")));
    m.put("delete_blocked_domain", (c, e) -> blocked.apply(c).flatMap(c.selfSignup()::deleteBlockedDomain));
    return m;
  }

  private static Mono<Long> newDocContainer(NexlaClient c) {
    return c.docContainers().create(DocContainerCreate.builder(unique("doc"), "# Title\n\n  body\n").build())
        .map(DocContainer::id);
  }

  private static Map<String, CoverageCall> docContainers() {
    Map<String, CoverageCall> m = pagedGeneric(NexlaClient::docContainers, OrganisationCoverageTest::newDocContainer);
    m.put("create", (c, e) -> c.docContainers().create(DocContainerCreate.builder(unique("doc"), "  # Keep  \n")
        .build()).doOnNext(d -> assertThat(d.text()).isEqualTo("  # Keep  \n")));
    m.put("update", (c, e) -> newDocContainer(c).flatMap(id -> c.docContainers().update(id,
        DocContainerUpdate.builder().name("renamed").text("text").build())));
    return m;
  }

  private static Mono<Long> newDataSchema(NexlaClient c) {
    return c.dataSchemas().create(DataSchemaCreate.builder(unique("schema")).schema(Map.of("type", "object")).build())
        .map(DataSchema::id);
  }

  private static Map<String, CoverageCall> dataSchemas() {
    Map<String, CoverageCall> m = pagedGeneric(NexlaClient::dataSchemas, OrganisationCoverageTest::newDataSchema);
    m.put("create", (c, e) -> newDataSchema(c));
    m.put("update", (c, e) -> newDataSchema(c).flatMap(id -> c.dataSchemas().update(id,
        DataSchemaUpdate.builder().name("renamed").build())));
    return m;
  }
}
