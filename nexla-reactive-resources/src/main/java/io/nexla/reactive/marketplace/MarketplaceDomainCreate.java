package io.nexla.reactive.marketplace;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.internal.RequestText;
import io.nexla.reactive.organizations.UserRef;
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

  /** Builder of {@link MarketplaceDomainCreate}: the name it was started with, and the optional fields set. */
  public static final class Builder extends MarketplaceDomainFieldsBuilder<Builder> {
    private final String name;

    private Builder(String name) {
      this.name = name;
    }

    public MarketplaceDomainCreate build() {
      return new MarketplaceDomainCreate(name, orgId, ownerId, description, parentId, custodians, extra);
    }
  }
}
