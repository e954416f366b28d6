package io.nexla.reactive.organizations;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import io.nexla.reactive.common.Models;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Body of an organisation create (administrators only). {@code name} and {@code emailDomain} are required; other
 * fields left {@code null} are not sent.
 *
 * @param additionalProperties other top-level fields, sent as given
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
    @Nullable List<OrgMemberUpdate> members,
    @JsonAnyGetter Map<String, Object> additionalProperties) {

  public OrganizationCreate {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(emailDomain, "emailDomain");
    members = members == null ? null : List.copyOf(members);
    additionalProperties = Models.unknownFields(additionalProperties);
  }

  /** A builder for an organisation with this name and e-mail domain. */
  public static Builder builder(String name, String emailDomain) {
    return new Builder(name, emailDomain);
  }

  /** Builder of {@link OrganizationCreate}. */
  public static final class Builder extends OrganizationFieldsBuilder<Builder, OrganizationCreate> {
    private final String name;
    private final String emailDomain;
    private @Nullable Long accountTierId;

    private Builder(String name, String emailDomain) {
      this.name = name;
      this.emailDomain = emailDomain;
    }

    public Builder accountTierId(long accountTierId) {
      this.accountTierId = accountTierId;
      return this;
    }

    @Override
    public OrganizationCreate build() {
      return new OrganizationCreate(name, emailDomain, owner, ownerId, description, billingOwner, billingOwnerId,
          email, accountTierId, members, extra);
    }
  }
}
