package io.nexla.reactive.common;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.nexla.reactive.core.json.NexlaModel;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The owner of a resource, in brief (nested {@code owner}). */
@NexlaModel
public record Owner(
    @Nullable Long id,
    @Nullable String fullName,
    @Nullable String email,
    @Nullable Instant emailVerifiedAt,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

  public Owner {
    additionalProperties = Models.unknownFields(additionalProperties);
  }
}
