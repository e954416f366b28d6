package io.nexla.reactive.selfsignup;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.core.json.NexlaModel;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A pending or decided sign-up of a new user. */
@NexlaModel
public record SelfSignupRequest(
    long id,
    @Nullable String status,
    @Nullable String email,
    @Nullable String fullName,
    @Nullable Long inviteId,
    @Nullable Instant createdAt,
    @Nullable Instant updatedAt,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

  public SelfSignupRequest {
    additionalProperties = Models.unknownFields(additionalProperties);
  }
}
