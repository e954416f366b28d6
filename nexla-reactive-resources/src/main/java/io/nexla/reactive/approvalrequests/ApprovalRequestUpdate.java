package io.nexla.reactive.approvalrequests;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import io.nexla.reactive.common.Models;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Body of {@code PUT /approval_requests/{id}}: only the fields set are sent, so only they change. Start with
 * {@link #builder()}.
 *
 * @param reason a new reason
 * @param additionalProperties other top-level fields, sent as given
 */
public record ApprovalRequestUpdate(
    @Nullable String reason,
    @JsonAnyGetter Map<String, Object> additionalProperties) {

  public ApprovalRequestUpdate {
    additionalProperties = Models.unknownFields(additionalProperties);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builder of {@link ApprovalRequestUpdate}. */
  public static final class Builder {
    private @Nullable String reason;
    private final Map<String, Object> extra = new LinkedHashMap<>();

    private Builder() {}

    public Builder reason(String reason) {
      this.reason = reason;
      return this;
    }

    /** Any other top-level field, sent as given. */
    public Builder field(String name, @Nullable Object value) {
      extra.put(name, value);
      return this;
    }

    public ApprovalRequestUpdate build() {
      return new ApprovalRequestUpdate(reason, extra);
    }
  }
}
