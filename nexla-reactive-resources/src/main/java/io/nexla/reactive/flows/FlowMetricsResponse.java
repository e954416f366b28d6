package io.nexla.reactive.flows;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.core.json.NexlaModel;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Run metrics of a resource's flow ({@code /{rt}/{id}/flow/metrics}): per resource id (as a string), records,
 * bytes and errors.
 */
@NexlaModel
public record FlowMetricsResponse(
    @Nullable Integer status,
    @Nullable String message,
    @Nullable MetricsPage metrics,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

  public FlowMetricsResponse {
    additionalProperties = Models.unknownFields(additionalProperties);
  }

  /** The metrics by resource id, with paging information. */
  @NexlaModel
  public record MetricsPage(
      Map<String, MetricData> data,
      @Nullable FlowLogsMeta meta,
      @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

    public MetricsPage {
      data = data == null ? Map.of() : Map.copyOf(data);
      additionalProperties = Models.unknownFields(additionalProperties);
    }
  }

  /** Metrics of one resource in one run (or aggregated, by the query's grouping). */
  @NexlaModel
  public record MetricData(
      @Nullable Long records,
      @Nullable Long size,
      @Nullable Long errors,
      @JsonProperty("runId") @Nullable Long runId,
      @Nullable Instant reportingDate,
      @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

    public MetricData {
      additionalProperties = Models.unknownFields(additionalProperties);
    }
  }
}
