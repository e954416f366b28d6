package io.nexla.reactive.teams;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.core.json.NexlaModel;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A member of a team. */
@NexlaModel
public record TeamMember(
    long id,
    @Nullable String email,
    @Nullable Boolean admin,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

  public TeamMember {
    additionalProperties = Models.unknownFields(additionalProperties);
  }
}
