package io.nexla.reactive.flows;

import org.jspecify.annotations.Nullable;

/**
 * How far a flow cascade (activate, pause, delete, ownership transfer) reaches.
 */
public enum FlowScope {
  /** The given node or resource and everything downstream of it (no flag sent). */
  DOWNSTREAM,
  /**
   * The entire flow including upstream: {@code full_tree=1} on {@code /flows/{id}…} calls, {@code all=1} on
   * per-resource {@code /{rt}/{id}/flow…} calls.
   */
  WHOLE_FLOW,
  /**
   * The entire flow, asked for with {@code all=1} on every form, including {@code /flows/{id}/activate|pause}
   * where the official SDK sends it.
   */
  WHOLE_FLOW_ALL,
  /**
   * The entire flow, asked for with {@code full_tree=1} on every form, including the per-resource
   * {@code PUT /{rt}/{id}/activate|pause} where the official SDK sends it.
   */
  WHOLE_FLOW_FULL_TREE,
  /** The entire flow, asked for with both {@code all=1} and {@code full_tree=1}, as the official SDK may. */
  WHOLE_FLOW_BOTH_FLAGS;

  /** The value of {@code full_tree} for this scope: sent by default on {@code /flows/{id}…} calls. */
  @Nullable Integer fullTree(boolean flowNodeForm) {
    return switch (this) {
      case DOWNSTREAM, WHOLE_FLOW_ALL -> null;
      case WHOLE_FLOW -> flowNodeForm ? 1 : null;
      case WHOLE_FLOW_FULL_TREE, WHOLE_FLOW_BOTH_FLAGS -> 1;
    };
  }

  /** The value of {@code all} for this scope: sent by default on per-resource calls. */
  @Nullable Integer all(boolean flowNodeForm) {
    return switch (this) {
      case DOWNSTREAM, WHOLE_FLOW_FULL_TREE -> null;
      case WHOLE_FLOW -> flowNodeForm ? null : 1;
      case WHOLE_FLOW_ALL, WHOLE_FLOW_BOTH_FLAGS -> 1;
    };
  }
}
