package io.nexla.reactive.sources;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.core.json.NexlaJson;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Request to change a source; fields left {@code null} are not sent and stay unchanged. Start from
 * {@link #empty()} for a partial update, or from {@link #from(Source)} to send back everything a fetched source
 * holds (including fields unknown to this client) with some fields changed.
 */
public record SourceUpdate(
    @Nullable String name,
    @Nullable String description,
    @Nullable Map<String, Object> sourceConfig,
    @Nullable Long dataCredentialsId,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

  public SourceUpdate {
    additionalProperties = Models.unknownFields(additionalProperties);
  }

  /** An update that changes nothing yet. */
  public static SourceUpdate empty() {
    return new SourceUpdate(null, null, null, null, null);
  }

  /** An update carrying every field of {@code source}, unknown ones included. */
  public static SourceUpdate from(Source source) {
    return NexlaJson.mapper().convertValue(source, SourceUpdate.class);
  }

  public SourceUpdate withName(String name) {
    return new SourceUpdate(name, description, sourceConfig, dataCredentialsId, additionalProperties);
  }

  public SourceUpdate withDescription(String description) {
    return new SourceUpdate(name, description, sourceConfig, dataCredentialsId, additionalProperties);
  }

  public SourceUpdate withSourceConfig(Map<String, ?> sourceConfig) {
    return new SourceUpdate(name, description, new LinkedHashMap<>(sourceConfig), dataCredentialsId,
        additionalProperties);
  }

  public SourceUpdate withDataCredentialsId(long dataCredentialsId) {
    return new SourceUpdate(name, description, sourceConfig, dataCredentialsId, additionalProperties);
  }

  /** Sets any other field, sent as given. */
  public SourceUpdate with(String field, @Nullable Object value) {
    Map<String, Object> more = new LinkedHashMap<>(additionalProperties);
    more.put(field, value);
    return new SourceUpdate(name, description, sourceConfig, dataCredentialsId, more);
  }
}
