package io.nexla.reactive.flows;

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
  WHOLE_FLOW
}
