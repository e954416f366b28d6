package io.nexla.reactive.notifications;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.core.json.NexlaModel;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A kind of notification the platform can send.
 *
 * @param isDefault whether the type is on by default (JSON key {@code default})
 * @param status whether the type is active, as sent: a boolean ({@code true}) or a status ({@code ACTIVE},
 *     {@code PAUSE}); see {@link #isActive()}
 */
@NexlaModel
public record NotificationType(
    long id,
    @Nullable String name,
    @Nullable String description,
    @Nullable NotificationCategory category,
    @com.fasterxml.jackson.annotation.JsonProperty("default") @Nullable Boolean isDefault,
    @Nullable String status,
    @Nullable String eventType,
    @Nullable String resourceType,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

  public NotificationType {
    additionalProperties = Models.unknownFields(additionalProperties);
  }

  /**
   * Whether the type is active: {@code status} is {@code true} or {@code ACTIVE} in any letter case. A boolean
   * {@code status} does not fit the string and is kept, as sent, in {@link #additionalProperties()}.
   */
  public boolean isActive() {
    return "true".equalsIgnoreCase(status) || "active".equalsIgnoreCase(status)
        || Boolean.TRUE.equals(additionalProperties.get("status"));
  }
}
