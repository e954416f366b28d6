package io.nexla.reactive.flows;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.core.json.NexlaJson;
import io.nexla.reactive.core.json.NexlaModel;
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
@NexlaModel
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
    JsonNode status = json.path("status");
    JsonNode message = json.path("message");
    boolean statusFits = status.isIntegralNumber() && status.canConvertToInt();
    boolean logsFit = logsNode.isMissingNode() || logsNode.isNull() || entries.isArray();
    boolean metaFits = metaNode == null || metaNode.isObject() || metaNode.isNull();
    // a field that does not fit its type is kept, as sent, among the unknown fields instead of being dropped
    Map<String, Object> rest = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> field : json.properties()) {
      boolean taken = switch (field.getKey()) {
        case "status" -> statusFits;
        case "message" -> message.isString();
        case "logs" -> logsFit;
        case "meta" -> metaFits;
        default -> false;
      };
      if (!taken) {
        rest.put(field.getKey(), NexlaJson.mapper().convertValue(field.getValue(), Object.class));
      }
    }
    return new FlowLogsResponse(
        statusFits ? status.asInt() : null,
        message.isString() ? message.asString() : null,
        logs,
        metaNode == null || !metaNode.isObject() ? null
            : ResourceOperations.convert(metaNode, NexlaJson.mapper().constructType(FlowLogsMeta.class)),
        rest);
  }
}
