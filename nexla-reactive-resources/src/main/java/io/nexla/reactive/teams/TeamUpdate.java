package io.nexla.reactive.teams;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import io.nexla.reactive.common.Models;
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

  /** Builder of {@link TeamUpdate}: the fields set; the others stay unchanged. */
  public static final class Builder extends TeamFieldsBuilder<Builder> {
    private @Nullable String name;

    private Builder() {}

    public Builder name(String name) {
      this.name = name;
      return this;
    }

    public TeamUpdate build() {
      return new TeamUpdate(name, description, members, extra);
    }
  }
}
