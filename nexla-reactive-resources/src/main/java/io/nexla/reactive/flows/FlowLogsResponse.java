package io.nexla.reactive.flows;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.core.json.NexlaJson;
import io.nexla.reactive.internal.ResourceOperations;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Log lines of a flow or of one resource's flow. Both wire shapes decode: {@code logs} as an array, or the live
 * shape {@code logs: {data: [...], meta: {...}}} (then {@link #meta()} is the top-level {@code meta} if present,
 * else {@code logs.meta}).
 *
 * @param status HTTP-like status reported in the body
 * @param message status message
 * @param logs the log lines
 * @param meta paging information, if sent
 * @param additionalProperties other top-level fields
 */
public record FlowLogsResponse(
    @Nullable Integer status,
    @Nullable String message,
    List<FlowLogEntry> logs,
    @Nullable FlowLogsMeta meta,
    @JsonAnyGetter Map<String, Object> additionalProperties) {

  public FlowLogsResponse {
    logs = Models.list(logs);
    additionalProperties = Models.unknownFields(additionalProperties);
  }

  @JsonCreator
  static FlowLogsResponse fromJson(JsonNode json) {
    JsonNode logsNode = json.path("logs");
    JsonNode entries = logsNode.isObject() ? logsNode.path("data") : logsNode;
    JsonNode metaNode = json.has("meta") ? json.get("meta") : logsNode.isObject() ? logsNode.get("meta") : null;
    List<FlowLogEntry> logs = new ArrayList<>();
    if (entries.isArray()) {
      for (JsonNode entry : entries.values()) {
        logs.add(ResourceOperations.convert(entry, NexlaJson.mapper().constructType(FlowLogEntry.class)));
      }
    }
    Map<String, Object> rest = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> field : json.properties()) {
      if (!List.of("status", "message", "logs", "meta").contains(field.getKey())) {
        rest.put(field.getKey(), NexlaJson.mapper().convertValue(field.getValue(), Object.class));
      }
    }
    return new FlowLogsResponse(
        json.path("status").canConvertToInt() ? json.path("status").asInt() : null,
        json.path("message").isString() ? json.path("message").asString() : null,
        logs,
        metaNode == null || !metaNode.isObject() ? null
            : ResourceOperations.convert(metaNode, NexlaJson.mapper().constructType(FlowLogsMeta.class)),
        rest);
  }
}
