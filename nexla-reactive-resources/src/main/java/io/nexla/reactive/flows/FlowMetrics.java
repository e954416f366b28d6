package io.nexla.reactive.flows;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.core.json.NexlaModel;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Run metrics of a flow, side-loaded in {@link FlowResponse#metrics()} when requested. */
@NexlaModel
public record FlowMetrics(
    @Nullable Long originNodeId,
    @Nullable Long records,
    @Nullable Long size,
    @Nullable Long errors,
    @Nullable Instant reportingDate,
    @Nullable Long runId,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

  public FlowMetrics {
    additionalProperties = Models.unknownFields(additionalProperties);
  }
}
