package io.nexla.reactive.destinations;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.core.json.NexlaJson;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Request to change a destination; fields left {@code null} are not sent. Start from {@link #empty()} for a
 * partial update or from {@link #from(Destination)} to send back everything a fetched destination holds.
 */
public record DestinationUpdate(
    @Nullable String name,
    @Nullable String description,
    @Nullable Map<String, Object> sinkConfig,
    @Nullable Long dataCredentialsId,
    @Nullable Long dataSetId,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

  public DestinationUpdate {
    additionalProperties = Models.unknownFields(additionalProperties);
  }

  /** An update that changes nothing yet. */
  public static DestinationUpdate empty() {
    return new DestinationUpdate(null, null, null, null, null, null);
  }

  /** An update carrying every field of {@code destination}, unknown ones included. */
  public static DestinationUpdate from(Destination destination) {
    return NexlaJson.mapper().convertValue(destination, DestinationUpdate.class);
  }

  public DestinationUpdate withName(String name) {
    return new DestinationUpdate(name, description, sinkConfig, dataCredentialsId, dataSetId, additionalProperties);
  }

  public DestinationUpdate withDescription(String description) {
    return new DestinationUpdate(name, description, sinkConfig, dataCredentialsId, dataSetId, additionalProperties);
  }

  public DestinationUpdate withSinkConfig(Map<String, ?> sinkConfig) {
    return new DestinationUpdate(name, description, new LinkedHashMap<>(sinkConfig), dataCredentialsId, dataSetId,
        additionalProperties);
  }

  public DestinationUpdate withDataCredentialsId(long dataCredentialsId) {
    return new DestinationUpdate(name, description, sinkConfig, dataCredentialsId, dataSetId, additionalProperties);
  }

  public DestinationUpdate withDataSetId(long dataSetId) {
    return new DestinationUpdate(name, description, sinkConfig, dataCredentialsId, dataSetId, additionalProperties);
  }

  /** Sets any other field, sent as given. */
  public DestinationUpdate with(String field, @Nullable Object value) {
    Map<String, Object> more = new LinkedHashMap<>(additionalProperties);
    more.put(field, value);
    return new DestinationUpdate(name, description, sinkConfig, dataCredentialsId, dataSetId, more);
  }
}
