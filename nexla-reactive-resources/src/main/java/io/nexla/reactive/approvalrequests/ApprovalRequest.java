package io.nexla.reactive.approvalrequests;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.core.json.NexlaModel;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A request for approval (e.g. to access a marketplace item), awaiting a decision by an approver.
 *
 * @param resourceType a platform resource type, e.g. {@code DATASET}
 */
@NexlaModel
public record ApprovalRequest(
    long id,
    @Nullable String status,
    @Nullable String requestType,
    @Nullable String resourceType,
    @Nullable Long requesterId,
    @Nullable Long resourceId,
    @Nullable String reason,
    @Nullable Instant createdAt,
    @Nullable Instant updatedAt,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

  public ApprovalRequest {
    additionalProperties = Models.unknownFields(additionalProperties);
  }
}
