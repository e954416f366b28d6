package io.nexla.reactive.organizations;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.nexla.reactive.common.AccessRole;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.core.json.NexlaModel;
import io.nexla.reactive.users.MembershipStatus;
import io.nexla.reactive.users.UserStatus;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A member of an organisation.
 *
 * @param admin whether the member is an org admin (sent by the API under the key {@code is_admin?})
 * @param accessRole the member's roles, e.g. {@link AccessRole#MEMBER}
 */
@NexlaModel
public record OrgMember(
    long id,
    @Nullable String fullName,
    @Nullable String email,
    @JsonProperty("is_admin?") @JsonAlias({"is_admin", "isAdmin"}) @Nullable Boolean admin,
    List<AccessRole> accessRole,
    @Nullable MembershipStatus orgMembershipStatus,
    @Nullable UserStatus userStatus,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

  public OrgMember {
    accessRole = Models.list(accessRole);
    additionalProperties = Models.unknownFields(additionalProperties);
  }
}
