package io.nexla.reactive.organizations;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Body of an organisation update; fields left {@code null} are not sent and stay unchanged. */
public record OrganizationUpdate(
    @Nullable String name,
    @Nullable PersonInput owner,
    @Nullable Long ownerId,
    @Nullable String description,
    @Nullable PersonInput billingOwner,
    @Nullable Long billingOwnerId,
    @Nullable String email,
    @Nullable List<OrgMemberUpdate> members) {

  public OrganizationUpdate {
    members = members == null ? null : List.copyOf(members);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builder of {@link OrganizationUpdate}. */
  public static final class Builder extends OrganizationInputBuilder<Builder, OrganizationUpdate> {
    private @Nullable String name;

    private Builder() {}

    public Builder name(String name) {
      this.name = name;
      return this;
    }

    @Override
    public OrganizationUpdate build() {
      return new OrganizationUpdate(name, owner, ownerId, description, billingOwner, billingOwnerId, email, members);
    }
  }
}
