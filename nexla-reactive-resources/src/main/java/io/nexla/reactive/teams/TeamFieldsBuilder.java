package io.nexla.reactive.teams;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The setters {@link TeamCreate.Builder} and {@link TeamUpdate.Builder} share: {@code description},
 * {@code members} and {@code field(name, value)}. Each builder adds its own way to set the name and its
 * {@code build()}.
 *
 * @param <B> the concrete builder, returned by every setter
 */
abstract class TeamFieldsBuilder<B extends TeamFieldsBuilder<B>> {
  @Nullable String description;
  @Nullable List<TeamMemberInput> members;
  final Map<String, Object> extra = new LinkedHashMap<>();

  TeamFieldsBuilder() {}

  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }

  public B description(String description) {
    this.description = description;
    return self();
  }

  /**
   * The team's members (replaces any set before; on an update, the team's whole list: {@link TeamsClient#addMembers}
   * and {@link TeamsClient#removeMembers} change some of them).
   */
  public B members(List<TeamMemberInput> members) {
    this.members = List.copyOf(members);
    return self();
  }

  /** Any other top-level field, sent as given ({@code null} is sent as JSON {@code null}). */
  public B field(String name, @Nullable Object value) {
    extra.put(name, value);
    return self();
  }
}
