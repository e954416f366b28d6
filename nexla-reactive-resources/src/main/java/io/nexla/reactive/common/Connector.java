package io.nexla.reactive.common;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.nexla.reactive.core.json.NexlaModel;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The connector behind a source, destination or credential (nested {@code connector}). */
@NexlaModel
public record Connector(
    @Nullable Long id,
    @Nullable String type,
    @Nullable String connectionType,
    @Nullable String name,
    @Nullable String description,
    @Nullable Boolean nexsetApiCompatible,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

  public Connector {
    additionalProperties = Models.unknownFields(additionalProperties);
  }
}
