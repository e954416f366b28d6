package io.nexla.reactive.organizations;

import org.jspecify.annotations.Nullable;

/**
 * Identifies a user in a request by id or by e-mail (custodian lists, member activation). Exactly one of the two
 * is normally given; the other is not sent.
 */
public record UserRef(@Nullable Long id, @Nullable String email) {

  /** A user identified by id. */
  public static UserRef id(long id) {
    return new UserRef(id, null);
  }

  /** A user identified by e-mail. */
  public static UserRef email(String email) {
    return new UserRef(null, email);
  }
}
