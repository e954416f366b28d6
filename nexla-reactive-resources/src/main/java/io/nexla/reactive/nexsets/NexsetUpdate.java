package io.nexla.reactive.nexsets;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.core.json.NexlaJson;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Request to change a nexset; fields left {@code null} are not sent. Start from {@link #empty()} for a partial
 * update or from {@link #from(Nexset)} to send back everything a fetched nexset holds.
 */
public record NexsetUpdate(
    @Nullable String name,
    @Nullable String description,
    @Nullable Map<String, Object> transform,
    @Nullable Long transformId,
    @Nullable Map<String, Object> outputSchemaAnnotations,
    @Nullable Boolean outputSchemaValidationEnabled,
    @Nullable Map<String, Object> outputValidationSchema,
    @Nullable Map<String, Object> customConfig,
    @Nullable List<String> tags,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

  public NexsetUpdate {
    additionalProperties = Models.unknownFields(additionalProperties);
  }

  /** An update that changes nothing yet. */
  public static NexsetUpdate empty() {
    return new NexsetUpdate(null, null, null, null, null, null, null, null, null, null);
  }

  /** An update carrying every field of {@code nexset}, unknown ones included. */
  public static NexsetUpdate from(Nexset nexset) {
    return NexlaJson.mapper().convertValue(nexset, NexsetUpdate.class);
  }

  public NexsetUpdate withName(String name) {
    return new NexsetUpdate(name, description, transform, transformId, outputSchemaAnnotations,
        outputSchemaValidationEnabled, outputValidationSchema, customConfig, tags, additionalProperties);
  }

  public NexsetUpdate withDescription(String description) {
    return new NexsetUpdate(name, description, transform, transformId, outputSchemaAnnotations,
        outputSchemaValidationEnabled, outputValidationSchema, customConfig, tags, additionalProperties);
  }

  public NexsetUpdate withTransform(Map<String, ?> transform) {
    return new NexsetUpdate(name, description, new LinkedHashMap<>(transform), transformId, outputSchemaAnnotations,
        outputSchemaValidationEnabled, outputValidationSchema, customConfig, tags, additionalProperties);
  }

  public NexsetUpdate withTags(List<String> tags) {
    return new NexsetUpdate(name, description, transform, transformId, outputSchemaAnnotations,
        outputSchemaValidationEnabled, outputValidationSchema, customConfig, List.copyOf(tags), additionalProperties);
  }

  /** Sets any other field, sent as given. */
  public NexsetUpdate with(String field, @Nullable Object value) {
    Map<String, Object> more = new LinkedHashMap<>(additionalProperties);
    more.put(field, value);
    return new NexsetUpdate(name, description, transform, transformId, outputSchemaAnnotations,
        outputSchemaValidationEnabled, outputValidationSchema, customConfig, tags, more);
  }
}
