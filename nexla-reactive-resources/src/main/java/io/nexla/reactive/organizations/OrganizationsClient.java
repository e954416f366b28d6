package io.nexla.reactive.organizations;

import io.nexla.reactive.common.AuditLogEntry;
import io.nexla.reactive.common.ClientHandle;
import io.nexla.reactive.common.CopyOptions;
import io.nexla.reactive.common.ListOptions;
import io.nexla.reactive.common.ResourceClient;
import io.nexla.reactive.common.StandardResource;
import io.nexla.reactive.core.paging.PagedFlux;
import io.nexla.reactive.flows.FlowResourceType;
import io.nexla.reactive.internal.ClientContext;
import io.nexla.reactive.internal.ResourceUserList;
import io.nexla.reactive.users.FlowStatusMetricsQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * Client of the organizations resource group ({@code /orgs}). Obtain it from {@code NexlaClient.organizations()}.
 *
 * <p>Every method is cold: the request is sent on subscription, anew for each subscription. Unless stated
 * otherwise a method signals {@code NotFoundException} for an unknown id, {@code ForbiddenException} when the
 * caller is not an org admin, other {@code NexlaServiceException}s for error statuses,
 * {@code NexlaTransportException}, {@code NexlaTimeoutException}, or {@code NexlaDecodeException} for a body of
 * an unexpected shape. Methods emitting list items emit nothing for an empty (204) body.
 */
public final class OrganizationsClient extends ResourceClient<Organization, OrganizationsClient>
    implements StandardResource<Organization, OrganizationCreate, OrganizationUpdate, CopyOptions> {

    private final ResourceUserList<OrgMember> members;
  private final ResourceUserList<Custodian> custodians;

  public OrganizationsClient(ClientHandle context) {
    super(context, "organizations", "/orgs", Organization.class);
    this.members = new ResourceUserList<>(ops, "members", OrgMember.class);
    this.custodians = new ResourceUserList<>(ops, "custodians", Custodian.class);
  }

  @Override
  protected OrganizationsClient newInstance(ClientContext context) {
    return new OrganizationsClient(context);
  }

  // ---- members ---------------------------------------------------------------------------------------------

  /** Emits each member of the organisation. */
  public Flux<OrgMember> getMembers(long orgId) {
    return members.list("getMembers", orgId);
  }

  /** Adds members or changes existing ones (matched by id or e-mail) and emits every member afterwards. */
  public Flux<OrgMember> updateMembers(long orgId, List<OrgMemberUpdate> changes) {
    return members.change(HttpMethod.PUT, "updateMembers", orgId, changes);
  }

  /**
   * Replaces the whole member list and emits it. A POST: never re-sent after an ambiguous failure, although
   * replacing is idempotent.
   */
  public Flux<OrgMember> replaceMembers(long orgId, List<OrgMemberUpdate> newMembers) {
    return members.change(HttpMethod.POST, "replaceMembers", orgId, newMembers);
  }

  /**
   * Removes members (a DELETE with a JSON body) and emits the server's status document, e.g.
   * {@code {"status": "success"}}.
   */
  public Mono<JsonNode> deleteMembers(long orgId, List<OrgMemberRemoval> removals) {
    return members.remove("deleteMembers", orgId, removals);
  }

  /** Reactivates members and emits them with their new status. */
  public Flux<OrgMember> activateMembers(long orgId, List<UserRef> users) {
    return memberStatus("/activate", "activateMembers", orgId, users);
  }

  /** Deactivates members (status {@code DEACTIVATED}) and emits them with their new status. */
  public Flux<OrgMember> deactivateMembers(long orgId, List<UserRef> users) {
    return memberStatus("/deactivate", "deactivateMembers", orgId, users);
  }

  private Flux<OrgMember> memberStatus(String suffix, String operation, long orgId, List<UserRef> users) {
    return ops.retrieveList(ops.request(HttpMethod.PUT, "/orgs/{id}/members" + suffix, operation)
        .pathVariable("id", orgId).body(Map.of("members", List.copyOf(users))), OrgMember.class);
  }

  // ---- custodians ------------------------------------------------------------------------------------------

  /** Emits each custodian of the organisation. */
  public Flux<Custodian> getCustodians(long orgId) {
    return custodians.list("getCustodians", orgId);
  }

  /** Sets the custodian list and emits it. */
  public Flux<Custodian> updateCustodians(long orgId, List<UserRef> users) {
    return custodians.change(HttpMethod.PUT, "updateCustodians", orgId, users);
  }

  /** Adds custodians and emits the list afterwards. A POST: never re-sent after an ambiguous failure. */
  public Flux<Custodian> addCustodians(long orgId, List<UserRef> users) {
    return custodians.change(HttpMethod.POST, "addCustodians", orgId, users);
  }

  /** Removes custodians (a DELETE with a JSON body) and emits the server's answer as free-form JSON. */
  public Mono<JsonNode> removeCustodians(long orgId, List<UserRef> users) {
    return custodians.remove("removeCustodians", orgId, users);
  }

  // ---- summaries, metrics, logs, auth settings -------------------------------------------------------------

  /** Emits the resource counts of the organisation. */
  public Mono<OrgAccountSummary> getAccountSummary(long orgId) {
    return ops.retrieve(ops.request(HttpMethod.GET, "/orgs/{id}/account_summary", "getAccountSummary")
        .pathVariable("id", orgId), OrgAccountSummary.class);
  }

  /** Emits the resource counts of the organisation of the credentials in use ({@code /orgs/account_summary}). */
  public Mono<OrgAccountSummary> getCurrentAccountSummary() {
    return ops.retrieve(ops.request(HttpMethod.GET, "/orgs/account_summary", "getCurrentAccountSummary"),
        OrgAccountSummary.class);
  }

  /**
   * Emits the organisation's flow account metrics (free-form JSON) from {@code from} to {@code to} (sent as
   * {@code YYYY-MM-DD}), aggregated when asked ({@code aggregate=1}).
   */
  public Mono<JsonNode> getOrgFlowAccountMetrics(long orgId, LocalDate from, @Nullable LocalDate to,
      boolean aggregate) {
    return ops.retrieve(ops.request(HttpMethod.GET, "/orgs/{id}/flows/account_metrics", "getOrgFlowAccountMetrics")
        .pathVariable("id", orgId).query("from", from).query("to", to).query("aggregate", aggregate ? "1" : null),
        JsonNode.class);
  }

  /**
   * Emits the status counts of the organisation's flows (free-form JSON). The server counts only the designated
   * owner's flows unless the query's role is {@code collaborator} (org-wide).
   */
  public Mono<JsonNode> getFlowStatusMetrics(long orgId, FlowStatusMetricsQuery query) {
    return ops.retrieve(ops.request(HttpMethod.GET, "/orgs/{id}/flows/status_metrics", "getFlowStatusMetrics")
        .pathVariable("id", orgId).queryAll(query.toQuery()), JsonNode.class);
  }

  /**
   * Emits the audit log of every resource of one kind in the organisation, paged lazily
   * ({@code GET /orgs/{id}/{rt}/audit_log}); extra parameters of {@code options} are sent verbatim.
   */
  public PagedFlux<AuditLogEntry> getResourceAuditLog(long orgId, FlowResourceType<?> resourceType,
      ListOptions options) {
    return ops.paged(ops.request(HttpMethod.GET, "/orgs/{id}/{rt}/audit_log", "getResourceAuditLog")
        .pathVariable("id", orgId).pathVariable("rt", resourceType.pathSegment()), options, AuditLogEntry.class);
  }

  /** Emits each authentication setting of the organisation (free-form JSON objects). */
  public Flux<JsonNode> getAuthSettings(long orgId) {
    return ops.retrieveList(ops.request(HttpMethod.GET, "/orgs/{id}/auth_settings", "getAuthSettings")
        .pathVariable("id", orgId), JsonNode.class);
  }

  /** Enables or disables one authentication configuration for the organisation and emits the server's answer. */
  public Mono<JsonNode> updateAuthSetting(long orgId, long settingId, boolean enabled) {
    return ops.retrieve(ops.request(HttpMethod.PUT, "/orgs/{id}/auth_settings/{setting_id}", "updateAuthSetting")
        .pathVariable("id", orgId).pathVariable("setting_id", settingId).body(Map.of("enabled", enabled)),
        JsonNode.class);
  }
}
