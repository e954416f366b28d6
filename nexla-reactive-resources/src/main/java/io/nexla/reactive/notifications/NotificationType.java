package io.nexla.reactive.notifications;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.nexla.reactive.common.Models;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A kind of notification the platform can send.
 *
 * @param isDefault whether the type is on by default (JSON key {@code default})
 * @param status whether the type is active (a boolean here, although the list filter uses ACTIVE/PAUSE)
 */
public record NotificationType(
    long id,
    @Nullable String name,
    @Nullable String description,
    @Nullable NotificationCategory category,
    @com.fasterxml.jackson.annotation.JsonProperty("default") @Nullable Boolean isDefault,
    @Nullable Boolean status,
    @Nullable String eventType,
    @Nullable String resourceType,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

  public NotificationType {
    additionalProperties = Models.unknownFields(additionalProperties);
  }
}
