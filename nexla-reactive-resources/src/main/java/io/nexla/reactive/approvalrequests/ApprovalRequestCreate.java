package io.nexla.reactive.approvalrequests;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import io.nexla.reactive.common.Models;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Body of {@code POST /approval_requests}. The API defines no request model: these are the fields an approval
 * request carries, anything else goes through {@link Builder#field}. Fields left {@code null} are not sent.
 *
 * @param requestType what is asked for, e.g. {@code access}
 * @param resourceType the kind of resource, e.g. {@code DATASET}
 * @param resourceId the resource, if any
 * @param reason why, as the requester wrote it
 * @param additionalProperties other top-level fields, sent as given
 */
public record ApprovalRequestCreate(
    String requestType,
    String resourceType,
    @Nullable Long resourceId,
    @Nullable String reason,
    @JsonAnyGetter Map<String, Object> additionalProperties) {

  public ApprovalRequestCreate {
    Objects.requireNonNull(requestType, "requestType");
    Objects.requireNonNull(resourceType, "resourceType");
    additionalProperties = Models.unknownFields(additionalProperties);
  }

  public static Builder builder(String requestType, String resourceType) {
    return new Builder(requestType, resourceType);
  }

  /** Builder of {@link ApprovalRequestCreate}. */
  public static final class Builder {
    private final String requestType;
    private final String resourceType;
    private @Nullable Long resourceId;
    private @Nullable String reason;
    private final Map<String, Object> extra = new LinkedHashMap<>();

    private Builder(String requestType, String resourceType) {
      this.requestType = requestType;
      this.resourceType = resourceType;
    }

    public Builder resourceId(long resourceId) {
      this.resourceId = resourceId;
      return this;
    }

    public Builder reason(String reason) {
      this.reason = reason;
      return this;
    }

    /** Any other top-level field, sent as given. */
    public Builder field(String name, @Nullable Object value) {
      extra.put(name, value);
      return this;
    }

    public ApprovalRequestCreate build() {
      return new ApprovalRequestCreate(requestType, resourceType, resourceId, reason, extra);
    }
  }
}
