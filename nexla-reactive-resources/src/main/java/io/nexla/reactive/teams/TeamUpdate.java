package io.nexla.reactive.teams;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import io.nexla.reactive.common.Models;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Body of {@code PUT /teams/{id}}: fields left {@code null} are not sent and stay unchanged. Start with
 * {@link #builder()}.
 *
 * @param members a new member list, replacing the old one
 * @param additionalProperties other top-level fields, sent as given
 */
public record TeamUpdate(
    @Nullable String name,
    @Nullable String description,
    @Nullable List<TeamMemberInput> members,
    @JsonAnyGetter Map<String, Object> additionalProperties) {

  public TeamUpdate {
    members = members == null ? null : List.copyOf(members);
    additionalProperties = Models.unknownFields(additionalProperties);
  }

  /** A builder of an update that changes nothing yet. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder of {@link TeamUpdate}. */
  public static final class Builder {
    private @Nullable String name;
    private @Nullable String description;
    private @Nullable List<TeamMemberInput> members;
    private final Map<String, Object> extra = new LinkedHashMap<>();

    private Builder() {}

    public Builder name(String name) {
      this.name = name;
      return this;
    }

    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /**
     * Replaces the team's members; {@link TeamsClient#addMembers} and {@link TeamsClient#removeMembers} change
     * some of them.
     */
    public Builder members(List<TeamMemberInput> members) {
      this.members = List.copyOf(members);
      return this;
    }

    /** Any other top-level field, sent as given ({@code null} as JSON {@code null}). */
    public Builder field(String name, @Nullable Object value) {
      extra.put(name, value);
      return this;
    }

    public TeamUpdate build() {
      return new TeamUpdate(name, description, members, extra);
    }
  }
}
