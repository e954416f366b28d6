package io.nexla.reactive.nexsets;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.core.json.NexlaModel;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A nexset in brief, as nested in a source's {@code data_sets} or a nexset's {@code parent_data_sets}. */
@NexlaModel
public record NexsetBrief(
    long id,
    @Nullable Long ownerId,
    @Nullable Long orgId,
    @Nullable String name,
    @Nullable String description,
    @Nullable Integer version,
    @Nullable Instant createdAt,
    @Nullable Instant updatedAt,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

  public NexsetBrief {
    additionalProperties = Models.unknownFields(additionalProperties);
  }
}
