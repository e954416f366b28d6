package io.nexla.reactive.marketplace;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.internal.RequestText;
import io.nexla.reactive.organizations.UserRef;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Body of {@code PUT /marketplace/domains/{id}}: only the fields set are sent, so only they change. Start with
 * {@link #builder()}.
 *
 * @param name a new name
 * @param orgId the organisation, when not the caller's
 * @param ownerId the owner, when not the caller
 * @param description a description
 * @param parentId the parent domain
 * @param custodians the domain's custodians, sent as a plain list {@code [{"id": …}]}
 * @param additionalProperties other top-level fields, sent as given
 */
public record MarketplaceDomainUpdate(
    @Nullable String name,
    @Nullable Long orgId,
    @Nullable Long ownerId,
    @Nullable String description,
    @Nullable Long parentId,
    @Nullable List<UserRef> custodians,
    @JsonAnyGetter Map<String, Object> additionalProperties) {

  public MarketplaceDomainUpdate {
    additionalProperties = Models.unknownFields(additionalProperties);
  }

  /** A builder changing nothing yet. */
  public static Builder builder() {
    return new Builder();
  }

  /** Names the fields set, never their values (configurations may hold secrets). */
  @Override
  public String toString() {
    return RequestText.namesOfSetFields(this);
  }

  /** Builder of {@link MarketplaceDomainUpdate}: every field optional. */
  public static final class Builder extends MarketplaceDomainFieldsBuilder<Builder> {
    private @Nullable String name;

    private Builder() {
    }

    /** A new name. */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    public MarketplaceDomainUpdate build() {
      return new MarketplaceDomainUpdate(name, orgId, ownerId, description, parentId, custodians, extra);
    }
  }
}
