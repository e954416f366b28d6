package io.nexla.reactive.teams;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.nexla.reactive.common.AccessRole;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.common.OrgRef;
import io.nexla.reactive.common.Owner;
import io.nexla.reactive.core.json.NexlaModel;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A team of users.
 *
 * @param member whether the caller is a member
 */
@NexlaModel
public record Team(
    long id,
    @Nullable String name,
    @Nullable String description,
    @Nullable Owner owner,
    @Nullable OrgRef org,
    @Nullable Boolean member,
    List<TeamMember> members,
    List<AccessRole> accessRoles,
    List<String> tags,
    @Nullable Instant createdAt,
    @Nullable Instant updatedAt,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

  public Team {
    members = Models.list(members);
    accessRoles = Models.list(accessRoles);
    tags = Models.list(tags);
    additionalProperties = Models.unknownFields(additionalProperties);
  }
}
