package io.nexla.reactive.organizations;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The fields organisation creates and updates share, set once here for both builders. Fields left unset are not
 * sent.
 *
 * @param <B> the concrete builder
 * @param <R> the request it builds
 */
abstract class OrganizationFieldsBuilder<B extends OrganizationFieldsBuilder<B, R>, R> {

  @Nullable PersonInput owner;
  @Nullable Long ownerId;
  @Nullable String description;
  @Nullable PersonInput billingOwner;
  @Nullable Long billingOwnerId;
  @Nullable String email;
  @Nullable List<OrgMemberUpdate> members;
  final Map<String, Object> extra = new LinkedHashMap<>();

  OrganizationFieldsBuilder() {}

  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }

  /** A new owner by name and e-mail. */
  public B owner(PersonInput owner) {
    this.owner = owner;
    return self();
  }

  /** An existing user as owner. */
  public B ownerId(long ownerId) {
    this.ownerId = ownerId;
    return self();
  }

  public B description(String description) {
    this.description = description;
    return self();
  }

  /** A new billing owner by name and e-mail. */
  public B billingOwner(PersonInput billingOwner) {
    this.billingOwner = billingOwner;
    return self();
  }

  /** An existing user as billing owner. */
  public B billingOwnerId(long billingOwnerId) {
    this.billingOwnerId = billingOwnerId;
    return self();
  }

  /** The organisation's contact e-mail. */
  public B email(String email) {
    this.email = email;
    return self();
  }

  public B members(List<OrgMemberUpdate> members) {
    this.members = members;
    return self();
  }

  /** Any other top-level field, sent as given ({@code null} as JSON {@code null}). */
  public B field(String name, @Nullable Object value) {
    extra.put(name, value);
    return self();
  }

  /** The request with the fields set so far. */
  public abstract R build();
}
