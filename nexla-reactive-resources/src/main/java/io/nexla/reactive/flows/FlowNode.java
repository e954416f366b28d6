package io.nexla.reactive.flows;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.common.ResourceStatus;
import io.nexla.reactive.core.json.NexlaModel;
import io.nexla.reactive.sources.IngestMethod;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A node of a flow tree: a source, nexset or destination at its place in the flow. The root is the source node;
 * its id is the flow's id, which every node repeats as {@link #originNodeId()}.
 */
@NexlaModel
public record FlowNode(
    long id,
    @Nullable Long originNodeId,
    @Nullable Long parentNodeId,
    @Nullable Long dataSourceId,
    @Nullable Long dataSetId,
    @Nullable Long dataSinkId,
    @Nullable ResourceStatus status,
    @Nullable Long projectId,
    @JsonAlias("flowType") @Nullable FlowType flowType,
    @Nullable IngestMethod ingestionMode,
    @Nullable String name,
    @Nullable String description,
    List<FlowNode> children,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

  public FlowNode {
    children = Models.list(children);
    additionalProperties = Models.unknownFields(additionalProperties);
  }

  /** Whether this is the root of its flow (it has no parent). */
  public boolean isRoot() {
    return parentNodeId == null;
  }

  /**
   * The resource this node stands for: {@link FlowResourceType#SOURCES}, {@link FlowResourceType#NEXSETS} or
   * {@link FlowResourceType#DESTINATIONS}, with its id; empty for a node without a resource id.
   */
  public Optional<FlowResourceRef> resource() {
    if (dataSourceId != null) {
      return Optional.of(new FlowResourceRef(FlowResourceType.SOURCES, dataSourceId));
    }
    if (dataSetId != null) {
      return Optional.of(new FlowResourceRef(FlowResourceType.NEXSETS, dataSetId));
    }
    if (dataSinkId != null) {
      return Optional.of(new FlowResourceRef(FlowResourceType.DESTINATIONS, dataSinkId));
    }
    return Optional.empty();
  }

  /**
   * This node and all its descendants, depth-first in pre-order (a node before its children, children in the
   * order sent). Iterative, so arbitrarily deep trees do not exhaust the stack.
   */
  public List<FlowNode> depthFirst() {
    List<FlowNode> out = new ArrayList<>();
    Deque<FlowNode> stack = new ArrayDeque<>();
    stack.push(this);
    while (!stack.isEmpty()) {
      FlowNode node = stack.pop();
      out.add(node);
      for (int i = node.children.size() - 1; i >= 0; i--) {
        stack.push(node.children.get(i));
      }
    }
    return out;
  }

  /**
   * A resource referenced by a flow node.
   *
   * @param type collection of the resource
   * @param id resource id
   */
  public record FlowResourceRef(FlowResourceType<?> type, long id) {}
}
