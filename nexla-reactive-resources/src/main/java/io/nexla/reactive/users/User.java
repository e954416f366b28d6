package io.nexla.reactive.users;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.common.OrgRef;
import io.nexla.reactive.core.json.NexlaModel;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A user. Every field but {@code id} may be absent. The user's API key is never shown by {@link #toString()}.
 *
 * @param accountSummary resource counts, present when the user was read with {@code expand}
 */
@NexlaModel
public record User(
    long id,
    @Nullable String email,
    @Nullable String fullName,
    @JsonAlias("superUser") @Nullable Boolean superUser,
    @Nullable Boolean impersonated,
    @Nullable OrgRef defaultOrg,
    @Nullable UserTier userTier,
    @Nullable UserStatus status,
    @Nullable Boolean accountLocked,
    List<OrgMembership> orgMemberships,
    @Nullable String apiKey,
    @Nullable Map<String, Object> accountSummary,
    @Nullable Instant emailVerifiedAt,
    @Nullable Instant tosSignedAt,
    @Nullable Instant createdAt,
    @Nullable Instant updatedAt,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

  public User {
    orgMemberships = Models.list(orgMemberships);
    additionalProperties = Models.unknownFields(additionalProperties);
  }

  @Override
  public String toString() {
    return "User[id=" + id + ", email=" + email + ", fullName=" + fullName + ", status=" + status
        + ", defaultOrg=" + (defaultOrg == null ? null : defaultOrg.id()) + ", orgMemberships=" + orgMemberships
        + ", apiKey=" + (apiKey == null ? null : "***") + "]";
  }
}
