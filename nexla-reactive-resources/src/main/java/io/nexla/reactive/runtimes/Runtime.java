package io.nexla.reactive.runtimes;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.core.json.NexlaModel;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A custom code runtime (a container image that runs transform code).
 *
 * @param dockerpath the image path
 * @param managed whether Nexla manages the runtime
 */
@NexlaModel
public record Runtime(
    long id,
    @Nullable String name,
    @Nullable String description,
    @Nullable Boolean active,
    @Nullable String dockerpath,
    @Nullable Boolean managed,
    Map<String, Object> config,
    Map<String, Object> owner,
    Map<String, Object> org,
    @Nullable Instant createdAt,
    @Nullable Instant updatedAt,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

  public Runtime {
    config = Models.map(config);
    owner = Models.map(owner);
    org = Models.map(org);
    additionalProperties = Models.unknownFields(additionalProperties);
  }
}
