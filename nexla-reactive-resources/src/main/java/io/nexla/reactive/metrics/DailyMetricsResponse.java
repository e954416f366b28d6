package io.nexla.reactive.metrics;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.nexla.reactive.common.Models;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Answer of {@code GET /{rt}/{id}/metrics}: one entry per day. */
public record DailyMetricsResponse(
    @JsonProperty("status") @Nullable Integer status,
    @JsonProperty("metrics") List<DailyMetric> metrics,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

  public DailyMetricsResponse {
    metrics = Models.list(metrics);
    additionalProperties = Models.unknownFields(additionalProperties);
  }
}
