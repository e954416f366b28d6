package io.nexla.reactive.marketplace;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.internal.RequestText;
import io.nexla.reactive.organizations.UserRef;
import java.util.LinkedHashMap;
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

  /** Builder of {@link MarketplaceDomainUpdate}. */
  public static final class Builder {
    private @Nullable String name;
    private @Nullable Long orgId;
    private @Nullable Long ownerId;
    private @Nullable String description;
    private @Nullable Long parentId;
    private @Nullable List<UserRef> custodians;
    private final Map<String, Object> extra = new LinkedHashMap<>();

    private Builder() {
    }

    public Builder name(String name) {
      this.name = name;
      return this;
    }

    public Builder orgId(long orgId) {
      this.orgId = orgId;
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

    public Builder parentId(long parentId) {
      this.parentId = parentId;
      return this;
    }

    /** The domain's custodians, sent as a plain list ({@code "custodians": [{"id": …}]}). */
    public Builder custodians(List<UserRef> custodians) {
      this.custodians = List.copyOf(custodians);
      return this;
    }

    /** Any other top-level field, sent as given ({@code null} is sent as JSON {@code null}). */
    public Builder field(String name, @Nullable Object value) {
      extra.put(name, value);
      return this;
    }

    public MarketplaceDomainUpdate build() {
      return new MarketplaceDomainUpdate(name, orgId, ownerId, description, parentId, custodians, extra);
    }
  }
}
