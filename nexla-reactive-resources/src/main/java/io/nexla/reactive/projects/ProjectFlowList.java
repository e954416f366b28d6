package io.nexla.reactive.projects;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Flows to add to, set on or remove from a project: by flow node id ({@code flows}) and/or by source or nexset
 * ({@code data_flows}). A list left {@code null} is not sent.
 */
public record ProjectFlowList(@Nullable List<Long> flows, @Nullable List<DataFlowRef> dataFlows) {

  public ProjectFlowList {
    flows = flows == null ? null : List.copyOf(flows);
    dataFlows = dataFlows == null ? null : List.copyOf(dataFlows);
  }

  /** Flows by flow node id. */
  public static ProjectFlowList ofFlowNodes(Long... flowNodeIds) {
    return new ProjectFlowList(List.of(flowNodeIds), null);
  }

  /** Flows by source or nexset. */
  public static ProjectFlowList ofDataFlows(DataFlowRef... dataFlows) {
    return new ProjectFlowList(null, List.of(dataFlows));
  }
}
