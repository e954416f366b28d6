package io.nexla.reactive.notifications;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.common.ResourceStatus;
import io.nexla.reactive.core.json.NexlaModel;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Whether, and through which channel, the caller gets one notification type (optionally for one resource). */
@NexlaModel
public record NotificationSetting(
    long id,
    @Nullable Long orgId,
    @Nullable Long ownerId,
    @Nullable NotificationChannel channel,
    @Nullable String notificationResourceType,
    @Nullable Long resourceId,
    @Nullable ResourceStatus status,
    @Nullable Long notificationTypeId,
    @Nullable String name,
    @Nullable String description,
    @Nullable Integer code,
    @Nullable NotificationCategory category,
    @Nullable String eventType,
    @Nullable String resourceType,
    Map<String, Object> config,
    @Nullable Integer priority,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

  public NotificationSetting {
    config = Models.map(config);
    additionalProperties = Models.unknownFields(additionalProperties);
  }
}
