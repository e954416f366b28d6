package io.nexla.reactive.teams;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.internal.RequestText;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Body of {@code POST /teams}: {@code name} is required; {@code members} is always sent (empty when none),
 * {@code description} only when set.
 *
 * <pre>{@code
 * TeamCreate ops = TeamCreate.builder("ops").description("On call")
 *     .members(List.of(TeamMemberInput.admin("lead@example.com"), TeamMemberInput.member(42))).build();
 * }</pre>
 *
 * @param name the team's name
 * @param description a description, or {@code null} to send none
 * @param members the team's first members
 * @param additionalProperties other top-level fields, sent as given
 */
public record TeamCreate(
    String name,
    @Nullable String description,
    List<TeamMemberInput> members,
    @JsonAnyGetter Map<String, Object> additionalProperties) {

  public TeamCreate {
    Objects.requireNonNull(name, "name");
    members = members == null ? List.of() : List.copyOf(members);
    additionalProperties = Models.unknownFields(additionalProperties);
  }

  /** A builder for a team named {@code name}, with no members yet. */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** Names the fields set, never their values (member e-mail addresses stay out of logs). */
  @Override
  public String toString() {
    return RequestText.namesOfSetFields(this);
  }

  /** Builder of {@link TeamCreate}: the name it was started with, and the fields set. */
  public static final class Builder extends TeamFieldsBuilder<Builder> {
    private final String name;

    private Builder(String name) {
      this.name = Objects.requireNonNull(name, "name");
    }

    public TeamCreate build() {
      return new TeamCreate(name, description, members == null ? List.of() : members, extra);
    }
  }
}
