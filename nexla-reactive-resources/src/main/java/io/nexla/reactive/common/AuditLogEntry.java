package io.nexla.reactive.common;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.nexla.reactive.core.json.NexlaModel;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One audit-log entry: who changed what, when. Every field is optional here (the API is lenient; unknown fields
 * are kept in {@link #additionalProperties()}).
 *
 * @param objectChanges changed field name to {@code [old, new]}
 */
@NexlaModel
public record AuditLogEntry(
    @Nullable Long id,
    @Nullable String itemType,
    @Nullable Long itemId,
    @Nullable String event,
    List<String> changeSummary,
    Map<String, Object> objectChanges,
    @Nullable String requestIp,
    @Nullable String requestUserAgent,
    @Nullable String requestUrl,
    Map<String, Object> user,
    @Nullable Long orgId,
    @Nullable Long ownerId,
    @Nullable String ownerEmail,
    @Nullable Long impersonatorId,
    @Nullable Map<String, Object> associationResource,
    @Nullable Instant createdAt,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

  public AuditLogEntry {
    changeSummary = Models.list(changeSummary);
    objectChanges = Models.map(objectChanges);
    user = Models.map(user);
    additionalProperties = Models.unknownFields(additionalProperties);
  }
}
