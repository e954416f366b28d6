package io.nexla.reactive.common;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.nexla.reactive.core.json.NexlaModel;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An access-control entry of a resource, discriminated by {@link #type()}: a user (by {@code id} or
 * {@code email}), a team (by {@code id} or {@code name}) or an organisation (by {@code id},
 * {@code clientIdentifier} or {@code emailDomain}). Used both in responses and in requests; build requests with
 * {@link #user(String, AccessRole...)}, {@link #team(long, AccessRole...)} and {@link #org(String, AccessRole...)}.
 */
@NexlaModel
public record Accessor(
    AccessorType type,
    @Nullable Long id,
    @Nullable String email,
    @Nullable Long orgId,
    @Nullable String name,
    @Nullable String clientIdentifier,
    @Nullable String emailDomain,
    List<AccessRole> accessRoles,
    @Nullable Instant createdAt,
    @Nullable Instant updatedAt,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

  public Accessor {
    accessRoles = accessRoles == null ? List.of() : List.copyOf(accessRoles);
    additionalProperties = Models.unknownFields(additionalProperties);
  }

  /** A user identified by e-mail. */
  public static Accessor user(String email, AccessRole... roles) {
    return new Accessor(AccessorType.USER, null, email, null, null, null, null, List.of(roles), null, null, null);
  }

  /** A user identified by id. */
  public static Accessor user(long userId, AccessRole... roles) {
    return new Accessor(AccessorType.USER, userId, null, null, null, null, null, List.of(roles), null, null, null);
  }

  /** A team identified by id. */
  public static Accessor team(long teamId, AccessRole... roles) {
    return new Accessor(AccessorType.TEAM, teamId, null, null, null, null, null, List.of(roles), null, null, null);
  }

  /** An organisation identified by e-mail domain. */
  public static Accessor org(String emailDomain, AccessRole... roles) {
    return new Accessor(AccessorType.ORG, null, null, null, null, null, emailDomain, List.of(roles), null, null,
        null);
  }
}
