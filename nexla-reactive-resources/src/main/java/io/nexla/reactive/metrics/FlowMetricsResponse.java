package io.nexla.reactive.metrics;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.core.json.NexlaModel;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Answer of {@code GET /{rt}/{id}/flow/metrics}: {@code {status, message, metrics: {data: {resourceId: …}, meta}}}.
 */
@NexlaModel
public record FlowMetricsResponse(
    @JsonProperty("status") @Nullable Integer status,
    @JsonProperty("message") @Nullable String message,
    @JsonProperty("metrics") @Nullable FlowMetricsPage metrics,
    @JsonAnyGetter Map<String, Object> additionalProperties) {

  public FlowMetricsResponse {
    additionalProperties = Models.unknownFields(additionalProperties);
  }

  /** Decodes the answer; parts that do not fit their model are kept in {@link #additionalProperties()}. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static FlowMetricsResponse fromJson(Map<String, Object> json) {
    LenientFields fields = new LenientFields(json);
    return new FlowMetricsResponse(fields.take("status", Integer.class), fields.take("message", String.class),
        fields.take("metrics", FlowMetricsPage.class), fields.rest());
  }

  /** Metrics by resource id, as sent (the keys are the ids as strings). */
  public Map<String, FlowMetricData> byResource() {
    return metrics == null ? Map.of() : metrics.data();
  }

  /** One page of flow metrics. */
  @NexlaModel
  public record FlowMetricsPage(
      @JsonProperty("data") Map<String, FlowMetricData> data,
      @JsonProperty("meta") @Nullable MetricsPageMeta meta,
      @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

    public FlowMetricsPage {
      data = data == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(data));
      additionalProperties = Models.unknownFields(additionalProperties);
    }
  }

  /** Totals of one resource in a flow. */
  @NexlaModel
  public record FlowMetricData(
      @JsonProperty("records") @Nullable Long records,
      @JsonProperty("size") @Nullable Long size,
      @JsonProperty("errors") @Nullable Long errors,
      @JsonProperty("runId") @Nullable Long runId,
      @JsonProperty("reporting_date") java.time.@Nullable Instant reportingDate,
      @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

    public FlowMetricData {
      additionalProperties = Models.unknownFields(additionalProperties);
    }
  }
}
