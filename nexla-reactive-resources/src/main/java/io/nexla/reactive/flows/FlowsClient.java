package io.nexla.reactive.flows;

import io.nexla.reactive.common.AccessControlled;
import io.nexla.reactive.common.Audited;
import io.nexla.reactive.common.ClientHandle;
import io.nexla.reactive.common.Copyable;
import io.nexla.reactive.common.Creatable;
import io.nexla.reactive.common.Deletable;
import io.nexla.reactive.common.ResourceClient;
import io.nexla.reactive.common.Lifecycle;
import io.nexla.reactive.core.http.NexlaRequest;
import io.nexla.reactive.core.paging.Page;
import io.nexla.reactive.core.paging.PagedFlux;
import io.nexla.reactive.destinations.Destination;
import io.nexla.reactive.internal.ClientContext;
import io.nexla.reactive.metrics.FlowLogsResponse;
import io.nexla.reactive.sources.Source;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * Client of the flows group: flow trees, cascade activation, pausing and deletion, ownership transfer, copies,
 * logs, metrics and health. Obtain it from {@code NexlaClient.flows()}.
 *
 * <p>A flow is identified by its root node id; calls on {@code /flows/{id}} take any node id and act from that
 * node downstream unless a whole-flow {@link FlowScope} is given. The per-resource forms ({@code …FlowOf}) address
 * the flow through one of its sources, nexsets or destinations ({@link FlowResourceType}). {@link FlowScope#WHOLE_FLOW}
 * sends the documented flag of each form ({@code full_tree=1} on {@code /flows/{id}…}, {@code all=1} per resource);
 * the other whole-flow scopes send the flags the official SDK sends ({@code all=1}, {@code full_tree=1} or both).
 *
 * <p>Every method is cold: nothing is sent until subscription and each subscription sends again. Unless stated
 * otherwise, calls signal {@code NotFoundException} for an unknown id, {@code ForbiddenException} without the
 * needed role, other {@code NexlaServiceException}s, {@code NexlaTransportException}, {@code NexlaTimeoutException}
 * or {@code NexlaDecodeException}. GET, PUT and DELETE calls are retried on transient failures; POSTs are not
 * re-sent after an ambiguous failure unless documented as read-only.
 */
public final class FlowsClient extends ResourceClient<FlowResponse, FlowsClient>
    implements Creatable<FlowResponse, FlowCreate>,
        Deletable<FlowResponse>, Lifecycle<FlowResponse>, Copyable<FlowResponse, FlowCopyOptions>,
        Audited<FlowResponse>, AccessControlled<FlowResponse> {

  private static final String FLOW = "/flows/{id}";
  private static final String RESOURCE_FLOW = "/{rt}/{id}/flow";

  public FlowsClient(ClientHandle context) {
    super(context, "flows", "/flows", FlowResponse.class);
  }

  @Override
  protected FlowsClient newInstance(ClientContext context) {
    return new FlowsClient(context);
  }

  // ---- reading flows --------------------------------------------------------------------------------------------

  /**
   * Emits the root node of every flow visible to the caller, walking the pages of {@code GET /flows} lazily
   * ({@code page}/{@code per_page}, until a page has fewer roots than asked for). Each root carries its whole
   * tree in {@link FlowNode#children()}; the side-loaded resources of each page are in {@link #firstPage}'s
   * envelope only. Cold: the first page is requested on subscription, the next ones as items are demanded;
   * cancelling stops further page requests. Signals the errors listed on this class.
   */
  public PagedFlux<FlowNode> list() {
    return list(FlowListOptions.DEFAULTS);
  }

  /** Like {@link #list()} with options (trees only, run metrics, role filter, page size, extra parameters). */
  public PagedFlux<FlowNode> list(FlowListOptions options) {
    int pageSize = options.pageSize() != null ? options.pageSize() : context().options().paging().pageSize();
    return PagedFlux.create((page, size) -> ops.retrieve(listRequest(options)
            .setQuery("page", page).setQuery("per_page", size))
        .defaultIfEmpty(emptyResponse())
        .map(response -> new Page<>(response.flows(), page, size, null, null)), pageSize);
  }

  /**
   * Emits the one {@link FlowResponse} envelope of {@code GET /flows} without paging parameters: the server's
   * first page of flow trees with their side-loaded resources (sources, nexsets, destinations, metrics). Use
   * {@link #list()} or {@link #nodes()} to walk every page. Cold: sent on subscription.
   */
  public Mono<FlowResponse> firstPage() {
    return firstPage(FlowListOptions.DEFAULTS);
  }

  /** Like {@link #firstPage()} with options (trees only, run metrics, role filter, extra parameters). */
  public Mono<FlowResponse> firstPage(FlowListOptions options) {
    return ops.retrieve(listRequest(options));
  }

  /**
   * Emits every node of every flow visible to the caller, depth-first: each root, then its descendants (a node
   * before its children), page after page of {@code GET /flows?flows_only=1}. Cold; lazy as {@link #list()}.
   */
  public Flux<FlowNode> nodes() {
    return nodes(FlowListOptions.DEFAULTS.withFlowsOnly(true));
  }

  /** Like {@link #nodes()} with explicit list options. */
  public Flux<FlowNode> nodes(FlowListOptions options) {
    return list(options).concatMapIterable(FlowNode::depthFirst);
  }

  /** Emits the flow containing node {@code id} ({@code GET /flows/{id}}) with its side-loaded resources. */
  public Mono<FlowResponse> get(long id) {
    return get(id, false, false);
  }

  /**
   * Emits the flow containing node {@code id}; {@code flowsOnly} leaves out the side-loaded resources,
   * {@code includeRunMetrics} adds {@link FlowResponse#metrics()}.
   */
  public Mono<FlowResponse> get(long id, boolean flowsOnly, boolean includeRunMetrics) {
    return ops.retrieveRequired(ops.request(HttpMethod.GET, FLOW, "get").pathVariable("id", id)
        .query("flows_only", flowsOnly ? 1 : null).query("include_run_metrics", includeRunMetrics ? 1 : null));
  }

  /** Emits the flow that contains the given source, nexset or destination ({@code GET /{rt}/{id}/flow}). */
  public Mono<FlowResponse> byResource(FlowResourceType<?> type, long id) {
    return byResource(type, id, false);
  }

  /** Like {@link #byResource(FlowResourceType, long)}; {@code flowsOnly} leaves out side-loaded resources. */
  public Mono<FlowResponse> byResource(FlowResourceType<?> type, long id, boolean flowsOnly) {
    return ops.retrieve(resourceFlow(HttpMethod.GET, "", "getByResource", type, id)
        .query("flows_only", flowsOnly ? 1 : null));
  }

  // ---- cascades on /flows/{id} -----------------------------------------------------------------------------------

  /**
   * Activates the flow from node {@code id} downstream, or the whole flow (see {@link FlowScope}), and emits the
   * flow with its new statuses ({@code PUT /flows/{id}/activate}). Cold; idempotent.
   */
  public Mono<FlowResponse> activate(long id, FlowScope scope) {
    return ops.retrieve(ops.request(HttpMethod.PUT, FLOW + "/activate", "activate").pathVariable("id", id)
        .query("full_tree", scope.fullTree(true)).query("all", scope.all(true)));
  }

  /**
   * Pauses the flow from node {@code id} downstream, or the whole flow (see {@link FlowScope}), and emits the flow
   * ({@code PUT /flows/{id}/pause}). Cold; idempotent.
   */
  public Mono<FlowResponse> pause(long id, FlowScope scope) {
    return ops.retrieve(pauseRequest(id, scope));
  }

  /**
   * Like {@link #pause(long, FlowScope)} but asks the server to pause in the background ({@code async=1}); the
   * emitted flow may still show the old statuses.
   */
  public Mono<FlowResponse> pauseInBackground(long id, FlowScope scope) {
    return ops.retrieve(pauseRequest(id, scope).query("async", 1));
  }

  /**
   * Deletes the flow from node {@code id} downstream, or the whole flow including upstream resources
   * ({@code full_tree=1}); completes empty ({@code DELETE /flows/{id}}). Signals
   * {@code UnexpectedStatusException} (405) while affected resources are active: pause them first.
   */
  public Mono<Void> delete(long id, FlowScope scope) {
    return ops.send(ops.request(HttpMethod.DELETE, FLOW, "delete").pathVariable("id", id)
        .query("full_tree", scope.fullTree(true)).query("all", scope.all(true)));
  }

  /** Like {@link #transferOwnership(long, FlowOwnershipTransfer, FlowScope)} from node {@code id} downstream. */
  public Mono<FlowResponse> transferOwnership(long id, FlowOwnershipTransfer transfer) {
    return transferOwnership(id, transfer, FlowScope.DOWNSTREAM);
  }

  /**
   * Moves the flow (from node {@code id} downstream, or the whole flow with {@code full_tree=1}) to another owner
   * or organisation and emits it ({@code PUT /flows/{id}}). Super-users only: otherwise
   * {@code ForbiddenException}. Cold; idempotent, so retried on transient failures.
   */
  public Mono<FlowResponse> transferOwnership(long id, FlowOwnershipTransfer transfer, FlowScope scope) {
    Objects.requireNonNull(transfer, "transfer");
    return ops.retrieve(ops.request(HttpMethod.PUT, FLOW, "update").pathVariable("id", id)
        .query("full_tree", scope.fullTree(true)).query("all", scope.all(true)).body(transfer));
  }

  // ---- cascades through a resource (documented /{rt}/{id}/flow… forms) -------------------------------------------

  /**
   * Activates the flow of a source, nexset or destination from that resource downstream, or the whole flow
   * ({@code all=1}), and emits the flow ({@code PUT /{rt}/{id}/flow/activate}). Cold; idempotent.
   */
  public Mono<FlowResponse> activateFlowOf(FlowResourceType<?> type, long id, FlowScope scope) {
    return ops.retrieve(resourceFlow(HttpMethod.PUT, "/activate", "activateFlowByResource", type, id)
        .query("all", scope.all(false)).query("full_tree", scope.fullTree(false)));
  }

  /** Pauses the flow of a resource ({@code PUT /{rt}/{id}/flow/pause}, {@code all=1} for the whole flow). */
  public Mono<FlowResponse> pauseFlowOf(FlowResourceType<?> type, long id, FlowScope scope) {
    return ops.retrieve(resourceFlow(HttpMethod.PUT, "/pause", "pauseFlowByResource", type, id)
        .query("all", scope.all(false)).query("full_tree", scope.fullTree(false)));
  }

  /**
   * Deletes the flow of a resource from that resource downstream, or the whole flow ({@code all=1}); completes
   * empty ({@code DELETE /{rt}/{id}/flow}). Signals {@code UnexpectedStatusException} (405) while affected
   * resources are active.
   */
  public Mono<Void> deleteFlowOf(FlowResourceType<?> type, long id, FlowScope scope) {
    return ops.send(resourceFlow(HttpMethod.DELETE, "", "deleteByResource", type, id)
        .query("all", scope.all(false)).query("full_tree", scope.fullTree(false)));
  }

  /**
   * Moves the flow of a resource to another owner or organisation ({@code PUT /{rt}/{id}/flow}, {@code all=1}
   * for the whole flow); completes empty when done. Super-users only: otherwise {@code ForbiddenException}.
   */
  public Mono<Void> transferOwnershipOf(FlowResourceType<?> type, long id, FlowOwnershipTransfer transfer,
      FlowScope scope) {
    return ops.send(resourceFlow(HttpMethod.PUT, "", "updateFlowByResource", type, id)
        .query("all", scope.all(false)).query("full_tree", scope.fullTree(false)).body(transfer));
  }

  /**
   * Activates a source, nexset or destination through its own {@code PUT /{rt}/{id}/activate} (for the whole
   * flow with {@code all=1}, or {@code full_tree=1} as the {@link FlowScope} says) and emits the resource as
   * stored, typed by {@code type}. This is the form the official Python SDK uses for per-resource cascades; prefer
   * {@link #activateFlowOf}, which the Nexla documentation describes.
   */
  public <T> Mono<T> activateResource(FlowResourceType<T> type, long id, FlowScope scope) {
    return ops.retrieve(resourceAction("/activate", "activateByResource", type, id, scope), type.modelType());
  }

  /** Pauses a resource through {@code PUT /{rt}/{id}/pause}; see {@link #activateResource}. */
  public <T> Mono<T> pauseResource(FlowResourceType<T> type, long id, FlowScope scope) {
    return ops.retrieve(resourceAction("/pause", "pauseByResource", type, id, scope), type.modelType());
  }

  /**
   * Copies the flow with {@code reuse_data_credentials} forced on, then points the copies of the mapped sources
   * and destinations at their new credentials ({@code PUT /data_sources/{id}}, {@code PUT /data_sinks/{id}}),
   * optionally adds the copy to a project ({@code PUT /projects/{id}/flows}), and emits the copied flow
   * re-read with {@code GET /flows/{id}}. Copies are matched to originals by {@code copied_from_id}. Cold; the
   * steps run in order and the first failure stops the sequence: the copy then exists with only some
   * credentials replaced (not atomic).
   */
  public Mono<FlowResponse> copyAndReplaceCredentials(long id, FlowCopyOptions options,
      CredentialReplacement replacement) {
    return copy(id, options.withReuseDataCredentials(true)).flatMap(copy -> {
      long newFlowId = copy.flowId().orElseThrow(() -> new IllegalStateException("the copy has no flow"));
      List<NexlaRequest.Builder> steps = new ArrayList<>();
      for (Source source : copy.dataSources()) {
        Long credential = source.copiedFromId() == null ? null : replacement.sources().get(source.copiedFromId());
        if (credential != null) {
          steps.add(replaceCredential("/data_sources/{id}", source.id(), credential));
        }
      }
      for (Destination sink : copy.dataSinks()) {
        Long credential = sink.copiedFromId() == null ? null : replacement.destinations().get(sink.copiedFromId());
        if (credential != null) {
          steps.add(replaceCredential("/data_sinks/{id}", sink.id(), credential));
        }
      }
      if (replacement.projectId() != null) {
        steps.add(ops.request(HttpMethod.PUT, "/projects/{projectId}/flows", "copyAndReplaceCredentials")
            .pathVariable("projectId", replacement.projectId()).body(Map.of("flows", List.of(newFlowId))));
      }
      return Flux.fromIterable(steps).concatMap(ops::send).then(get(newFlowId));
    });
  }

  private NexlaRequest.Builder replaceCredential(String template, long resourceId, long credentialId) {
    return ops.request(HttpMethod.PUT, template, "copyAndReplaceCredentials").pathVariable("id", resourceId)
        .body(Map.of("data_credentials_id", credentialId));
  }

  // ---- logs, metrics, health -------------------------------------------------------------------------------------

  /**
   * Emits log lines of a flow ({@code GET /flows/{id}/logs}; times sent as Unix seconds). Cold; retried on
   * transient failures.
   */
  public Mono<FlowLogsResponse> logs(long flowId, FlowLogQuery query) {
    return ops.retrieve(ops.request(HttpMethod.GET, FLOW + "/logs", "getFlowLogs").pathVariable("id", flowId)
        .query("from", seconds(query.from())).query("to", seconds(query.to()))
        .query("severity", query.severity()).query("run_id", query.runId())
        .query("page", query.page()).query("per_page", query.perPage()), FlowLogsResponse.class);
  }

  /**
   * Searches a flow's logs ({@code POST /flows/{id}/logs_v2}; times sent as Unix seconds, filters in the body)
   * and emits the server's answer as JSON. Cold; read-only, so retried on transient failures.
   */
  public Mono<JsonNode> searchLogs(long flowId, FlowLogSearch search) {
    Map<String, Object> body = new java.util.LinkedHashMap<>();
    if (!search.runIds().isEmpty()) {
      body.put("run_ids", search.runIds());
    }
    if (!search.severities().isEmpty()) {
      body.put("severity", search.severities());
    }
    if (!search.logTypes().isEmpty()) {
      body.put("log_type", search.logTypes());
    }
    if (search.searchString() != null) {
      body.put("search_string", search.searchString());
    }
    return ops.retrieve(ops.request(HttpMethod.POST, FLOW + "/logs_v2", "searchFlowLogs").pathVariable("id", flowId)
        .query("from", search.from().getEpochSecond()).query("to", seconds(search.to()))
        .query("size", search.size()).query("sort", search.sort())
        .query("facets", search.facets() == null ? null : search.facets() ? "True" : "False")
        .body(body).idempotent(true), JsonNode.class);
  }

  /**
   * Emits the status of run {@code runId} of a flow as JSON ({@code GET /flows/{id}/run_status/{runId}}).
   */
  public Mono<JsonNode> runStatus(long flowId, long runId) {
    return ops.retrieve(ops.request(HttpMethod.GET, FLOW + "/run_status/{runId}", "getRunStatus")
        .pathVariable("id", flowId).pathVariable("runId", runId), JsonNode.class);
  }

  /** Emits the current health of a flow with its latest errors and runs, as JSON ({@code GET /health/flow/{id}}). */
  public Mono<JsonNode> health(long flowId) {
    return ops.retrieve(ops.request(HttpMethod.GET, "/health/flow/{id}", "getFlowHealth").pathVariable("id", flowId),
        JsonNode.class);
  }

  /** Emits the number of flows per health bucket (GREEN/YELLOW/RED) as JSON ({@code GET /health/org/all}). */
  public Mono<JsonNode> orgHealthSummary(HealthQuery query) {
    return ops.retrieve(ops.request(HttpMethod.GET, "/health/org/all", "getOrgHealthSummary")
        .query("org_id", query.orgId()).query("owner_id", query.ownerId())
        .query("from", query.from()).query("to", query.to()), JsonNode.class);
  }

  /** Emits one page of flows with their health as JSON ({@code GET /health/org/flows}). */
  public Mono<JsonNode> orgHealthFlows(HealthQuery query) {
    return ops.retrieve(ops.request(HttpMethod.GET, "/health/org/flows", "getOrgHealthFlows")
        .query("org_id", query.orgId()).query("owner_id", query.ownerId())
        .query("from", query.from()).query("to", query.to()).query("health_status", query.healthStatus())
        .query("page", query.page()).query("size", query.size()).query("sort_by", query.sortBy())
        .query("sort_order", query.sortOrder()), JsonNode.class);
  }

  /**
   * Emits metrics of the organisation's active flows as JSON
   * ({@code GET /data_flows/metrics/active_flows_metrics}); {@code null} arguments are not sent.
   */
  public Mono<JsonNode> activeFlowsMetrics(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable Long orgId) {
    return ops.retrieve(ops.request(HttpMethod.GET, "/data_flows/metrics/active_flows_metrics",
        "getActiveFlowsMetrics").query("from", from).query("to", to).query("org_id", orgId), JsonNode.class);
  }

  /**
   * Asks Nexla to generate documentation for a flow and emits the proposal
   * ({@code POST /flows/{id}/docs/recommendation}). Cold; not re-sent after an ambiguous failure.
   */
  public Mono<DocsRecommendation> docsRecommendation(long flowId) {
    return ops.retrieve(ops.request(HttpMethod.POST, FLOW + "/docs/recommendation", "docsRecommendation")
        .pathVariable("id", flowId), DocsRecommendation.class);
  }

  private NexlaRequest.Builder listRequest(FlowListOptions options) {
    NexlaRequest.Builder request = ops.request(HttpMethod.GET, ops.path(), "list")
        .query("flows_only", options.flowsOnly() ? 1 : null)
        .query("include_run_metrics", options.includeRunMetrics() ? 1 : null)
        .query("access_role", options.accessRole() == null ? null : options.accessRole().value());
    options.extraParameters().forEach(request::query);
    return request;
  }

  private NexlaRequest.Builder pauseRequest(long id, FlowScope scope) {
    return ops.request(HttpMethod.PUT, FLOW + "/pause", "pause").pathVariable("id", id)
        .query("full_tree", scope.fullTree(true)).query("all", scope.all(true));
  }

  private NexlaRequest.Builder resourceFlow(HttpMethod method, String suffix, String operation,
      FlowResourceType<?> type, long id) {
    return ops.request(method, RESOURCE_FLOW + suffix, operation).pathVariable("rt", type.pathSegment())
        .pathVariable("id", id);
  }

  private NexlaRequest.Builder resourceAction(String suffix, String operation, FlowResourceType<?> type, long id,
      FlowScope scope) {
    return ops.request(HttpMethod.PUT, "/{rt}/{id}" + suffix, operation).pathVariable("rt", type.pathSegment())
        .pathVariable("id", id).query("all", scope.all(false)).query("full_tree", scope.fullTree(false));
  }

  private static @Nullable Long seconds(@Nullable Instant instant) {
    return instant == null ? null : instant.getEpochSecond();
  }

  private static FlowResponse emptyResponse() {
    return new FlowResponse(null, null, null, null, null, null, null, null, null, null, null, null);
  }
}
