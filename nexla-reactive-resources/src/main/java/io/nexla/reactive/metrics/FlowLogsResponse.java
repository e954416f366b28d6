package io.nexla.reactive.metrics;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.core.json.NexlaJson;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;

/**
 * Answer of {@code GET /{rt}/{id}/flow/logs}. The server sends {@code logs} either as an array or as an envelope
 * {@code {data: [...], meta: {...}}}; both decode to {@link #logs()} and {@link #meta()} (a top-level
 * {@code meta} wins over {@code logs.meta}). Unknown top-level fields are kept.
 */
public record FlowLogsResponse(
    @JsonProperty("status") @Nullable Integer status,
    @JsonProperty("message") @Nullable String message,
    @JsonProperty("logs") List<FlowLogEntry> logs,
    @JsonProperty("meta") @Nullable MetricsPageMeta meta,
    @JsonAnyGetter Map<String, Object> additionalProperties) {

  private static final TypeReference<List<FlowLogEntry>> ENTRIES = new TypeReference<>() {};

  public FlowLogsResponse {
    logs = Models.list(logs);
    additionalProperties = Models.unknownFields(additionalProperties);
  }

  /** Decodes either shape of the answer. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static FlowLogsResponse fromJson(Map<String, Object> json) {
    Map<String, Object> rest = new LinkedHashMap<>(json);
    Object status = rest.remove("status");
    Object message = rest.remove("message");
    Object logs = rest.remove("logs");
    Object meta = rest.remove("meta");
    if (logs instanceof Map<?, ?> envelope) {
      if (meta == null) {
        meta = envelope.get("meta");
      }
      logs = envelope.get("data");
    }
    var mapper = NexlaJson.mapper();
    return new FlowLogsResponse(
        status == null ? null : mapper.convertValue(status, Integer.class),
        message == null ? null : String.valueOf(message),
        logs == null ? List.of() : mapper.convertValue(logs, ENTRIES),
        meta == null ? null : mapper.convertValue(meta, MetricsPageMeta.class),
        rest);
  }
}
