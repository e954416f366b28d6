package io.nexla.reactive.flows;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.core.json.NexlaModel;
import io.nexla.reactive.credentials.Credential;
import io.nexla.reactive.destinations.Destination;
import io.nexla.reactive.nexsets.Nexset;
import io.nexla.reactive.sources.Source;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Flows as the API returns them: the trees ({@link #flows()}, one root per flow) and, unless only trees were
 * requested, the resources of their nodes side-loaded in flat lists.
 */
@NexlaModel
public record FlowResponse(
    List<FlowNode> flows,
    List<Source> dataSources,
    List<Nexset> dataSets,
    List<Destination> dataSinks,
    List<Credential> dataCredentials,
    List<Map<String, Object>> codeContainers,
    List<Map<String, Object>> sharedDataSets,
    List<Map<String, Object>> orgs,
    List<Map<String, Object>> users,
    List<Map<String, Object>> projects,
    List<FlowMetrics> metrics,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

  public FlowResponse {
    flows = Models.list(flows);
    dataSources = Models.list(dataSources);
    dataSets = Models.list(dataSets);
    dataSinks = Models.list(dataSinks);
    dataCredentials = Models.list(dataCredentials);
    codeContainers = Models.list(codeContainers);
    sharedDataSets = Models.list(sharedDataSets);
    orgs = Models.list(orgs);
    users = Models.list(users);
    projects = Models.list(projects);
    metrics = Models.list(metrics);
    additionalProperties = Models.unknownFields(additionalProperties);
  }

  /** Every node of every tree, depth-first (each root followed by its descendants). */
  public List<FlowNode> nodes() {
    return flows.stream().flatMap(root -> root.depthFirst().stream()).toList();
  }

  /** The id of the first flow: its root's {@code origin_node_id} (e.g. the new flow after a copy). */
  public Optional<Long> flowId() {
    return flows.stream().findFirst().map(root -> root.originNodeId() != null ? root.originNodeId() : root.id());
  }

  /** The side-loaded source with this id. */
  public Optional<Source> source(long id) {
    return dataSources.stream().filter(s -> s.id() == id).findFirst();
  }

  /** The side-loaded nexset with this id. */
  public Optional<Nexset> nexset(long id) {
    return dataSets.stream().filter(s -> s.id() == id).findFirst();
  }

  /** The side-loaded destination with this id. */
  public Optional<Destination> destination(long id) {
    return dataSinks.stream().filter(s -> s.id() == id).findFirst();
  }
}
