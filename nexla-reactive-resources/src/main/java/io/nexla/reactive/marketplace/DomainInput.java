package io.nexla.reactive.marketplace;

import io.nexla.reactive.organizations.UserRef;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Body of a domain create or update ({@code name} required). Custodians are sent as a plain list
 * ({@code "custodians": [{"id": …}]}). Fields left {@code null} are not sent.
 */
public record DomainInput(
    String name,
    @Nullable Long orgId,
    @Nullable Long ownerId,
    @Nullable String description,
    @Nullable Long parentId,
    @Nullable List<UserRef> custodians) {

  public DomainInput {
    Objects.requireNonNull(name, "name");
    custodians = custodians == null ? null : List.copyOf(custodians);
  }

  /** A domain with a name and description. */
  public static DomainInput of(String name, @Nullable String description) {
    return new DomainInput(name, null, null, description, null, null);
  }
}
