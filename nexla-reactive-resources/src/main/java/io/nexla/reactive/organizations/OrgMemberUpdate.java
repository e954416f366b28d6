package io.nexla.reactive.organizations;

import io.nexla.reactive.common.AccessRole;
import org.jspecify.annotations.Nullable;

/**
 * Adds or changes an organisation member, identified by {@code id} or {@code email}. Fields left {@code null} are
 * not sent.
 *
 * @param accessRole e.g. {@link AccessRole#MEMBER}
 */
public record OrgMemberUpdate(
    @Nullable Long id, @Nullable String email, @Nullable String fullName, @Nullable Boolean admin,
    @Nullable AccessRole accessRole) {

  /** A new or existing member by e-mail, with a name and admin flag. */
  public static OrgMemberUpdate of(String email, String fullName, boolean admin) {
    return new OrgMemberUpdate(null, email, fullName, admin, null);
  }
}
