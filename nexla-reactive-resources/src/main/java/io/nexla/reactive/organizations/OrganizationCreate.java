package io.nexla.reactive.organizations;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Body of an organisation create (administrators only). {@code name} and {@code emailDomain} are required; other
 * fields left {@code null} are not sent.
 */
public record OrganizationCreate(
    String name,
    String emailDomain,
    @Nullable PersonInput owner,
    @Nullable Long ownerId,
    @Nullable String description,
    @Nullable PersonInput billingOwner,
    @Nullable Long billingOwnerId,
    @Nullable String email,
    @Nullable Long accountTierId,
    @Nullable List<OrgMemberUpdate> members) {

  public OrganizationCreate {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(emailDomain, "emailDomain");
    members = members == null ? null : List.copyOf(members);
  }

  /** A builder for an organisation with this name and e-mail domain. */
  public static Builder builder(String name, String emailDomain) {
    return new Builder(name, emailDomain);
  }

  /** Builder of {@link OrganizationCreate}. */
  public static final class Builder {
    private final String name;
    private final String emailDomain;
    private @Nullable PersonInput owner;
    private @Nullable Long ownerId;
    private @Nullable String description;
    private @Nullable PersonInput billingOwner;
    private @Nullable Long billingOwnerId;
    private @Nullable String email;
    private @Nullable Long accountTierId;
    private @Nullable List<OrgMemberUpdate> members;

    private Builder(String name, String emailDomain) {
      this.name = name;
      this.emailDomain = emailDomain;
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

    public Builder accountTierId(long accountTierId) {
      this.accountTierId = accountTierId;
      return this;
    }

    public Builder members(List<OrgMemberUpdate> members) {
      this.members = members;
      return this;
    }

    public OrganizationCreate build() {
      return new OrganizationCreate(name, emailDomain, owner, ownerId, description, billingOwner, billingOwnerId,
          email, accountTierId, members);
    }
  }
}
