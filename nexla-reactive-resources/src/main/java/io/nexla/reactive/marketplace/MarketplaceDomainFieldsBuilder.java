package io.nexla.reactive.marketplace;

import io.nexla.reactive.organizations.UserRef;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The setters {@link MarketplaceDomainCreate.Builder} and {@link MarketplaceDomainUpdate.Builder} share: the
 * optional fields of both bodies and {@code field(name, value)}. Each builder adds its own way to set the name and
 * its {@code build()}.
 *
 * @param <B> the concrete builder, returned by every setter
 */
abstract class MarketplaceDomainFieldsBuilder<B extends MarketplaceDomainFieldsBuilder<B>> {
  @Nullable Long orgId;
  @Nullable Long ownerId;
  @Nullable String description;
  @Nullable Long parentId;
  @Nullable List<UserRef> custodians;
  final Map<String, Object> extra = new LinkedHashMap<>();

  MarketplaceDomainFieldsBuilder() {
  }

  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }

  public B orgId(long orgId) {
    this.orgId = orgId;
    return self();
  }

  public B ownerId(long ownerId) {
    this.ownerId = ownerId;
    return self();
  }

  public B description(String description) {
    this.description = description;
    return self();
  }

  public B parentId(long parentId) {
    this.parentId = parentId;
    return self();
  }

  /** The domain's custodians, sent as a plain list ({@code "custodians": [{"id": …}]}). */
  public B custodians(List<UserRef> custodians) {
    this.custodians = List.copyOf(custodians);
    return self();
  }

  /** Any other top-level field, sent as given ({@code null} is sent as JSON {@code null}). */
  public B field(String name, @Nullable Object value) {
    extra.put(name, value);
    return self();
  }
}
