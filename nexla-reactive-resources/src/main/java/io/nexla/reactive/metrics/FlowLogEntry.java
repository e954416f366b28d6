package io.nexla.reactive.metrics;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.core.json.NexlaModel;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One flow log line.
 *
 * @param timestamp when it was logged (epoch milliseconds on the wire; smaller numbers are read as seconds)
 * @param level severity, sent as {@code level} or {@code severity} ({@code DEBUG}, {@code INFO}, {@code WARN},
 *     {@code ERROR})
 * @param message the text, sent as {@code message} or {@code log}
 * @param logType {@code LOG}, {@code EVENT} or {@code execution}
 * @param resourceType {@code SOURCE}, {@code DATASET}, {@code SINK} (or a collection name)
 */
@NexlaModel
public record FlowLogEntry(
    @JsonProperty("timestamp") @Nullable Instant timestamp,
    @JsonProperty("level") @JsonAlias("severity") @Nullable String level,
    @JsonProperty("message") @JsonAlias("log") @Nullable String message,
    @JsonProperty("log_type") @Nullable String logType,
    @JsonProperty("resource_id") @Nullable Long resourceId,
    @JsonProperty("resource_type") @Nullable String resourceType,
    @JsonProperty("run_id") @Nullable Long runId,
    @JsonProperty("details") Map<String, Object> details,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

  public FlowLogEntry {
    details = Models.map(details);
    additionalProperties = Models.unknownFields(additionalProperties);
  }
}
