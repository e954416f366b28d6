package io.nexla.reactive.users;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.core.json.NexlaModel;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One settings document of the current user.
 *
 * @param id a string id (not a number, unlike other resources)
 * @param userSettingsType e.g. {@code general}
 */
@NexlaModel
public record UserSettings(
    @Nullable String id,
    Map<String, Object> owner,
    Map<String, Object> org,
    @Nullable String userSettingsType,
    Map<String, Object> settings,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

  public UserSettings {
    owner = Models.map(owner);
    org = Models.map(org);
    settings = Models.map(settings);
    additionalProperties = Models.unknownFields(additionalProperties);
  }
}
