package io.nexla.reactive.nexsets;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One sample record of a nexset: the record itself and, when requested, Nexla's metadata about it. Both wire
 * shapes decode: {@code {"rawMessage": {…}, "nexlaMetaData": {…}}} and a bare record.
 *
 * @param rawMessage the record
 * @param nexlaMetadata metadata (source, offsets, timestamps), or {@code null} when not requested
 */
public record NexsetSample(Map<String, Object> rawMessage, @Nullable Map<String, Object> nexlaMetadata) {

  public NexsetSample {
    rawMessage = rawMessage == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rawMessage));
  }

  @JsonCreator
  @SuppressWarnings("unchecked")
  static NexsetSample fromJson(Map<String, Object> item) {
    Object raw = item.containsKey("rawMessage") ? item.get("rawMessage") : item.get("raw_message");
    if (raw == null && !item.containsKey("rawMessage") && !item.containsKey("raw_message")) {
      return new NexsetSample(item, null);
    }
    Object meta = item.containsKey("nexlaMetaData") ? item.get("nexlaMetaData") : item.get("nexla_metadata");
    if (!(raw instanceof Map<?, ?>) || meta != null && !(meta instanceof Map<?, ?>)) {
      // a wrapper of another shape is not dropped: the item is kept whole, as a bare record
      return new NexsetSample(item, null);
    }
    return new NexsetSample((Map<String, Object>) raw, (Map<String, Object>) meta);
  }

  @JsonValue
  Map<String, Object> toJson() {
    if (nexlaMetadata == null) {
      return rawMessage;
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("rawMessage", rawMessage);
    json.put("nexlaMetaData", nexlaMetadata);
    return json;
  }
}
