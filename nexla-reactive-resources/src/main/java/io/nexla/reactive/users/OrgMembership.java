package io.nexla.reactive.users;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.core.json.NexlaModel;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A user's membership in one organisation. The membership's API key is never shown by {@link #toString()}. */
@NexlaModel
public record OrgMembership(
    long id,
    @Nullable String name,
    @JsonAlias("isAdmin") @Nullable Boolean isAdmin,
    @Nullable MembershipStatus orgMembershipStatus,
    @Nullable String apiKey,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

  public OrgMembership {
    additionalProperties = Models.unknownFields(additionalProperties);
  }

  @Override
  public String toString() {
    return "OrgMembership[id=" + id + ", name=" + name + ", isAdmin=" + isAdmin + ", orgMembershipStatus="
        + orgMembershipStatus + ", apiKey=" + (apiKey == null ? null : "***") + "]";
  }
}
