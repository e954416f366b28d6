package io.nexla.reactive.selfsignup;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.core.json.NexlaModel;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** An e-mail domain whose users may not sign up. */
@NexlaModel
public record BlockedDomain(
    long id, @Nullable String domain, @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

  public BlockedDomain {
    additionalProperties = Models.unknownFields(additionalProperties);
  }
}
