package io.nexla.reactive.organizations;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.core.json.NexlaModel;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A custodian of an organisation or marketplace domain (a user in brief). */
@NexlaModel
public record Custodian(
    @Nullable Long id,
    @Nullable String email,
    @Nullable String fullName,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

  public Custodian {
    additionalProperties = Models.unknownFields(additionalProperties);
  }
}
