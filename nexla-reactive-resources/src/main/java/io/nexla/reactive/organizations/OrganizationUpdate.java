package io.nexla.reactive.organizations;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import io.nexla.reactive.common.Models;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Body of an organisation update; fields left {@code null} are not sent and stay unchanged. Start with
 * {@link #builder()}.
 *
 * @param additionalProperties other top-level fields, sent as given
 */
public record OrganizationUpdate(
    @Nullable String name,
    @Nullable PersonInput owner,
    @Nullable Long ownerId,
    @Nullable String description,
    @Nullable PersonInput billingOwner,
    @Nullable Long billingOwnerId,
    @Nullable String email,
    @Nullable List<OrgMemberUpdate> members,
    @JsonAnyGetter Map<String, Object> additionalProperties) {

  public OrganizationUpdate {
    members = members == null ? null : List.copyOf(members);
    additionalProperties = Models.unknownFields(additionalProperties);
  }

  /** A builder of an update that changes nothing yet. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder of {@link OrganizationUpdate}. */
  public static final class Builder extends OrganizationFieldsBuilder<Builder, OrganizationUpdate> {
    private @Nullable String name;

    private Builder() {}

    public Builder name(String name) {
      this.name = name;
      return this;
    }

    @Override
    public OrganizationUpdate build() {
      return new OrganizationUpdate(name, owner, ownerId, description, billingOwner, billingOwnerId, email, members,
          extra);
    }
  }
}
