package io.nexla.reactive.metrics;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.core.json.NexlaModel;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Answer of {@code GET /{rt}/{id}/metrics/run_summary}: {@code {status, metrics: {data, meta}}}. */
@NexlaModel
public record RunMetricsResponse(
    @JsonProperty("status") @Nullable Integer status,
    @JsonProperty("metrics") @Nullable RunMetricsPage metrics,
    @JsonAnyGetter Map<String, Object> additionalProperties) {

  public RunMetricsResponse {
    additionalProperties = Models.unknownFields(additionalProperties);
  }

  /** Decodes the answer; parts that do not fit their model are kept in {@link #additionalProperties()}. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static RunMetricsResponse fromJson(Map<String, Object> json) {
    LenientFields fields = new LenientFields(json);
    return new RunMetricsResponse(fields.take("status", Integer.class), fields.take("metrics", RunMetricsPage.class),
        fields.rest());
  }

  /** The runs of this page (empty when the server sent none). */
  public List<RunMetric> runs() {
    return metrics == null ? List.of() : metrics.data();
  }

  /** One page of run metrics. */
  @NexlaModel
  public record RunMetricsPage(
      @JsonProperty("data") List<RunMetric> data,
      @JsonProperty("meta") @Nullable MetricsPageMeta meta,
      @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

    public RunMetricsPage {
      data = Models.list(data);
      additionalProperties = Models.unknownFields(additionalProperties);
    }
  }
}
