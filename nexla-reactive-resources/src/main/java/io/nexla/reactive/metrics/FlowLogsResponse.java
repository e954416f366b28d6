package io.nexla.reactive.metrics;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.core.json.NexlaModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;

/**
 * Answer of {@code GET /{rt}/{id}/flow/logs}. The server sends {@code logs} either as an array or as an envelope
 * {@code {data: [...], meta: {...}}}, or the whole answer as a page envelope {@code {data: [...], meta: {...}}};
 * all decode to {@link #logs()} and {@link #meta()} (a top-level {@code meta} wins over {@code logs.meta}).
 * Unknown top-level fields are kept.
 */
@NexlaModel
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

  /** Decodes either shape; parts that do not fit their model are kept in {@link #additionalProperties()}. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static FlowLogsResponse fromJson(Map<String, Object> json) {
    Map<String, Object> flat = new LinkedHashMap<>(json);
    if (!flat.containsKey("logs") && flat.get("data") instanceof List<?> data) {
      // the generic page envelope {data, meta}
      flat.remove("data");
      flat.put("logs", data);
    }
    if (flat.get("logs") instanceof Map<?, ?> envelope) {
      flat.put("logs", envelope.get("data"));
      if (flat.get("meta") == null && envelope.get("meta") != null) {
        flat.put("meta", envelope.get("meta"));
      }
    }
    LenientFields fields = new LenientFields(flat);
    List<FlowLogEntry> logs = fields.take("logs", ENTRIES);
    return new FlowLogsResponse(fields.take("status", Integer.class), fields.take("message", String.class), logs,
        fields.take("meta", MetricsPageMeta.class), fields.rest());
  }
}
