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
import tools.jackson.core.type.TypeReference;

/** Answer of {@code GET /{rt}/{id}/metrics}: one entry per day. */
@NexlaModel
public record DailyMetricsResponse(
    @JsonProperty("status") @Nullable Integer status,
    @JsonProperty("metrics") List<DailyMetric> metrics,
    @JsonAnyGetter Map<String, Object> additionalProperties) {

  private static final TypeReference<List<DailyMetric>> DAYS = new TypeReference<>() {};

  public DailyMetricsResponse {
    metrics = Models.list(metrics);
    additionalProperties = Models.unknownFields(additionalProperties);
  }

  /** Decodes the answer; parts that do not fit their model are kept in {@link #additionalProperties()}. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static DailyMetricsResponse fromJson(Map<String, Object> json) {
    LenientFields fields = new LenientFields(json);
    return new DailyMetricsResponse(fields.take("status", Integer.class), fields.take("metrics", DAYS), fields.rest());
  }
}
