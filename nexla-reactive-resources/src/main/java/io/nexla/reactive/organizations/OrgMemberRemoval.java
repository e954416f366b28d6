package io.nexla.reactive.organizations;

import org.jspecify.annotations.Nullable;

/**
 * Removes a member (by {@code id} or {@code email}); the member's resources go to {@code delegateOwnerId} when
 * given.
 */
public record OrgMemberRemoval(@Nullable Long id, @Nullable String email, @Nullable Long delegateOwnerId) {

  /** Removes the member with this id, handing their resources to the delegate. */
  public static OrgMemberRemoval of(long id, @Nullable Long delegateOwnerId) {
    return new OrgMemberRemoval(id, null, delegateOwnerId);
  }
}
