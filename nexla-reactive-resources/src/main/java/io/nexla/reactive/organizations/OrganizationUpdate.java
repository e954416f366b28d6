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
  public static final class Builder {
    private @Nullable String name;
    private @Nullable PersonInput owner;
    private @Nullable Long ownerId;
    private @Nullable String description;
    private @Nullable PersonInput billingOwner;
    private @Nullable Long billingOwnerId;
    private @Nullable String email;
    private @Nullable List<OrgMemberUpdate> members;

    private Builder() {}

    public Builder name(String name) {
      this.name = name;
      return this;
    }

    public Builder owner(PersonInput owner) {
      this.owner = owner;
      return this;
    }

    public Builder ownerId(long ownerId) {
      this.ownerId = ownerId;
      return this;
    }

    public Builder description(String description) {
      this.description = description;
      return this;
    }

    public Builder billingOwner(PersonInput billingOwner) {
      this.billingOwner = billingOwner;
      return this;
    }

    public Builder billingOwnerId(long billingOwnerId) {
      this.billingOwnerId = billingOwnerId;
      return this;
    }

    public Builder email(String email) {
      this.email = email;
      return this;
    }

    public Builder members(List<OrgMemberUpdate> members) {
      this.members = members;
      return this;
    }

    public OrganizationUpdate build() {
      return new OrganizationUpdate(name, owner, ownerId, description, billingOwner, billingOwnerId, email, members);
    }
  }
}
