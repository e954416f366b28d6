package io.nexla.reactive.projects;

import io.nexla.reactive.common.ClientHandle;
import io.nexla.reactive.common.CopyOptions;
import io.nexla.reactive.common.ResourceClient;
import io.nexla.reactive.common.ListOptions;
import io.nexla.reactive.common.StandardResource;
import io.nexla.reactive.core.http.NexlaRequest;
import io.nexla.reactive.core.paging.PagedFlux;
import io.nexla.reactive.flows.FlowResponse;
import io.nexla.reactive.internal.ClientContext;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Client of the projects resource group ({@code /projects}). Obtain it from {@code NexlaClient.projects()}.
 *
 * <p>Every method is cold: the request is sent on subscription, anew for each subscription. Unless stated
 * otherwise a method signals {@code NotFoundException} for an unknown id, {@code ForbiddenException}, other
 * {@code NexlaServiceException}s for error statuses, {@code NexlaTransportException},
 * {@code NexlaTimeoutException}, or {@code NexlaDecodeException}. Flow lists emit nothing for an empty body.
 */
public final class ProjectsClient extends ResourceClient<Project, ProjectsClient>
    implements StandardResource<Project, ProjectCreate, ProjectUpdate, CopyOptions> {

  
  public ProjectsClient(ClientHandle context) {
    super(context, "projects", "/projects", Project.class);
  }

  @Override
  protected ProjectsClient newInstance(ClientContext context) {
    return new ProjectsClient(context);
  }

  /** Like {@link #list(ListOptions)}; with {@code expand} each project includes its flows ({@code expand=true}). */
  public PagedFlux<Project> list(boolean expand, ListOptions options) {
    return ops.paged(ops.request(HttpMethod.GET, "/projects", "list").query("expand", expand ? "true" : null),
        options, Project.class);
  }

  /**
   * Emits the project's flows ({@code GET /projects/{id}/flows}): flow trees and their resources. Cold: sent on
   * subscription; retried on transient failures. Signals {@code NotFoundException} for an unknown project, other
   * {@code NexlaServiceException}s, {@code NexlaTransportException} or {@code NexlaDecodeException}.
   */
  public Mono<FlowResponse> getFlows(long projectId) {
    return ops.retrieve(flows(HttpMethod.GET, "getFlows", projectId, null), FlowResponse.class);
  }

  /** Adds flows to the project and emits the project's flows afterwards. */
  public Flux<ProjectDataFlow> addFlows(long projectId, ProjectFlowList flows) {
    return ops.retrieveList(flows(HttpMethod.PUT, "addFlows", projectId, flows), ProjectDataFlow.class);
  }

  /** Replaces the project's flows and emits them. A POST: never re-sent after an ambiguous failure. */
  public Flux<ProjectDataFlow> replaceFlows(long projectId, ProjectFlowList flows) {
    return ops.retrieveList(flows(HttpMethod.POST, "replaceFlows", projectId, flows), ProjectDataFlow.class);
  }

  /** Removes the given flows (a DELETE with a JSON body) and emits the remaining ones. */
  public Flux<ProjectDataFlow> removeFlows(long projectId, ProjectFlowList flows) {
    return ops.retrieveList(flows(HttpMethod.DELETE, "removeFlows", projectId, flows), ProjectDataFlow.class);
  }

  /** Removes every flow from the project (a DELETE without a body) and emits the remaining ones (normally none). */
  public Flux<ProjectDataFlow> removeAllFlows(long projectId) {
    return ops.retrieveList(flows(HttpMethod.DELETE, "removeFlows", projectId, null), ProjectDataFlow.class);
  }

  /**
   * Searches the project's flows and emits the matching flow trees and their resources. A read-only POST, so it is
   * retried like a GET on transient failures. Errors as for {@link #getFlows}.
   */
  public Mono<FlowResponse> searchFlows(long projectId, List<FlowSearchFilter> filters) {
    return ops.retrieve(ops.request(HttpMethod.POST, "/projects/{id}/flows/search", "searchFlows")
        .pathVariable("id", projectId).body(Map.of("filters", List.copyOf(filters))).idempotent(true),
        FlowResponse.class);
  }

  private NexlaRequest.Builder flows(HttpMethod method, String operation, long projectId,
      @Nullable ProjectFlowList body) {
    return ops.request(method, "/projects/{id}/flows", operation).pathVariable("id", projectId).body(body);
  }
}
