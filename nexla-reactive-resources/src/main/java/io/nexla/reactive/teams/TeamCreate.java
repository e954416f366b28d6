package io.nexla.reactive.teams;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Body of a team create; {@code members} is always sent (empty when none). */
public record TeamCreate(String name, @Nullable String description, List<TeamMemberInput> members) {

  public TeamCreate {
    Objects.requireNonNull(name, "name");
    members = members == null ? List.of() : List.copyOf(members);
  }

  /** A team with a name only. */
  public static TeamCreate of(String name) {
    return new TeamCreate(name, null, List.of());
  }
}
