package io.nexla.reactive.marketplace;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.internal.RequestText;
import io.nexla.reactive.organizations.UserRef;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Body of {@code POST /marketplace/domains}: {@code name} is required, fields left {@code null} are not sent.
 *
 * @param name the domain's name
 * @param orgId the organisation, when not the caller's
 * @param ownerId the owner, when not the caller
 * @param description a description
 * @param parentId the parent domain
 * @param custodians the domain's custodians, sent as a plain list {@code [{"id": …}]}
 * @param additionalProperties other top-level fields, sent as given
 */
public record MarketplaceDomainCreate(
    String name,
    @Nullable Long orgId,
    @Nullable Long ownerId,
    @Nullable String description,
    @Nullable Long parentId,
    @Nullable List<UserRef> custodians,
    @JsonAnyGetter Map<String, Object> additionalProperties) {

  public MarketplaceDomainCreate {
    Objects.requireNonNull(name, "name");
    additionalProperties = Models.unknownFields(additionalProperties);
  }

  /** A builder for a domain of this name. */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** Names the fields set, never their values (configurations may hold secrets). */
  @Override
  public String toString() {
    return RequestText.namesOfSetFields(this);
  }

  /** Builder of {@link MarketplaceDomainCreate}. */
  public static final class Builder {
    private final String name;
    private @Nullable Long orgId;
    private @Nullable Long ownerId;
    private @Nullable String description;
    private @Nullable Long parentId;
    private @Nullable List<UserRef> custodians;
    private final Map<String, Object> extra = new LinkedHashMap<>();

    private Builder(String name) {
      this.name = name;
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

    public MarketplaceDomainCreate build() {
      return new MarketplaceDomainCreate(name, orgId, ownerId, description, parentId, custodians, extra);
    }
  }
}
