package io.nexla.reactive.teams;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.internal.RequestText;
import java.util.LinkedHashMap;
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

  /** Builder of {@link TeamCreate}. */
  public static final class Builder {
    private final String name;
    private @Nullable String description;
    private List<TeamMemberInput> members = List.of();
    private final Map<String, Object> extra = new LinkedHashMap<>();

    private Builder(String name) {
      this.name = Objects.requireNonNull(name, "name");
    }

    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /** The team's first members (replaces any set before). */
    public Builder members(List<TeamMemberInput> members) {
      this.members = List.copyOf(members);
      return this;
    }

    /** Any other top-level field, sent as given ({@code null} is sent as JSON {@code null}). */
    public Builder field(String name, @Nullable Object value) {
      extra.put(name, value);
      return this;
    }

    public TeamCreate build() {
      return new TeamCreate(name, description, members, extra);
    }
  }
}
