package io.nexla.reactive.teams;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * A team member in a request, identified by {@code id} or {@code email}. {@code admin} is always sent.
 */
public record TeamMemberInput(
    @Nullable Long id, @Nullable String email, @JsonInclude(JsonInclude.Include.ALWAYS) boolean admin) {

  /** A plain member by e-mail. */
  public static TeamMemberInput member(String email) {
    return new TeamMemberInput(null, email, false);
  }

  /** A plain member by user id. */
  public static TeamMemberInput member(long userId) {
    return new TeamMemberInput(userId, null, false);
  }

  /** A team admin by e-mail. */
  public static TeamMemberInput admin(String email) {
    return new TeamMemberInput(null, email, true);
  }
}
