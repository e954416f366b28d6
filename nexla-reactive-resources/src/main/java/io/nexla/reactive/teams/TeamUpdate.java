package io.nexla.reactive.teams;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Body of a team update; fields left {@code null} are not sent and stay unchanged. */
public record TeamUpdate(@Nullable String name, @Nullable String description,
    @Nullable List<TeamMemberInput> members) {

  public TeamUpdate {
    members = members == null ? null : List.copyOf(members);
  }

  /** Renames the team. */
  public static TeamUpdate name(String name) {
    return new TeamUpdate(name, null, null);
  }
}
