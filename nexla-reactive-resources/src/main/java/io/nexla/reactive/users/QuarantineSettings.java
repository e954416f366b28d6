package io.nexla.reactive.users;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.core.json.NexlaModel;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where a user's quarantined (error) records are exported. The API answers free-form documents; known fields are
 * typed, the rest is kept.
 *
 * @param config e.g. {@code {"cron_schedule": "0 0 * * *", "path": "/quarantine/exports/"}}
 */
@NexlaModel
public record QuarantineSettings(
    @Nullable Long id,
    @Nullable Long dataCredentialsId,
    @Nullable Boolean enabled,
    @Nullable String path,
    Map<String, Object> config,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

  public QuarantineSettings {
    config = Models.map(config);
    additionalProperties = Models.unknownFields(additionalProperties);
  }
}
