package io.nexla.reactive.flows;

import io.nexla.reactive.common.AccessRole;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Options of flow listing: trees only ({@code flows_only=1}), with run metrics ({@code include_run_metrics=1}),
 * an {@code access_role} filter, a page size and extra query parameters passed through verbatim.
 *
 * @param flowsOnly whether to leave out the side-loaded resources
 * @param includeRunMetrics whether to include run metrics
 * @param accessRole only flows where the caller has this role
 * @param pageSize roots per page when walking pages ({@code per_page}); the client default when {@code null}
 * @param extraParameters other query parameters
 */
public record FlowListOptions(
    boolean flowsOnly,
    boolean includeRunMetrics,
    @Nullable AccessRole accessRole,
    @Nullable Integer pageSize,
    Map<String, String> extraParameters) {

  /** Trees with side-loaded resources, no metrics, no filter. */
  public static final FlowListOptions DEFAULTS = new FlowListOptions(false, false, null, null, Map.of());

  public FlowListOptions {
    if (pageSize != null && pageSize < 1) {
      throw new IllegalArgumentException("pageSize must be at least 1");
    }
    extraParameters = extraParameters == null ? Map.of() : Map.copyOf(extraParameters);
  }

  public FlowListOptions withFlowsOnly(boolean flowsOnly) {
    return new FlowListOptions(flowsOnly, includeRunMetrics, accessRole, pageSize, extraParameters);
  }

  public FlowListOptions withRunMetrics(boolean includeRunMetrics) {
    return new FlowListOptions(flowsOnly, includeRunMetrics, accessRole, pageSize, extraParameters);
  }

  public FlowListOptions withAccessRole(AccessRole accessRole) {
    return new FlowListOptions(flowsOnly, includeRunMetrics, accessRole, pageSize, extraParameters);
  }

  public FlowListOptions withPageSize(int pageSize) {
    return new FlowListOptions(flowsOnly, includeRunMetrics, accessRole, pageSize, extraParameters);
  }

  /** Adds an extra query parameter, sent as given. */
  public FlowListOptions withParameter(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(extraParameters);
    more.put(name, value);
    return new FlowListOptions(flowsOnly, includeRunMetrics, accessRole, pageSize, more);
  }
}
