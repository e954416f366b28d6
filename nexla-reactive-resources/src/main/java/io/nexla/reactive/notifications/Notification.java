package io.nexla.reactive.notifications;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.nexla.reactive.common.AccessRole;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.common.OrgRef;
import io.nexla.reactive.common.Owner;
import io.nexla.reactive.core.json.NexlaModel;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A notification to the caller.
 *
 * @param resourceType e.g. {@code SOURCE}, {@code SINK}, {@code DATASET}
 * @param readAt when it was read; {@code null} while unread
 */
@NexlaModel
public record Notification(
    long id,
    @Nullable Owner owner,
    @Nullable OrgRef org,
    List<AccessRole> accessRoles,
    @Nullable NotificationLevel level,
    @Nullable Long resourceId,
    @Nullable String resourceType,
    @Nullable Long messageId,
    @Nullable String message,
    @Nullable Instant readAt,
    @Nullable Instant createdAt,
    @Nullable Instant updatedAt,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

  public Notification {
    accessRoles = Models.list(accessRoles);
    additionalProperties = Models.unknownFields(additionalProperties);
  }
}
