package io.nexla.reactive.dataschemas;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.nexla.reactive.common.AccessRole;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.core.json.NexlaModel;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A stored data schema. The schema document itself and other fields are kept in {@link #additionalProperties()}. */
@NexlaModel
public record DataSchema(
    long id,
    @Nullable String name,
    @Nullable String description,
    List<AccessRole> accessRoles,
    @Nullable Instant createdAt,
    @Nullable Instant updatedAt,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

  public DataSchema {
    accessRoles = Models.list(accessRoles);
    additionalProperties = Models.unknownFields(additionalProperties);
  }
}
