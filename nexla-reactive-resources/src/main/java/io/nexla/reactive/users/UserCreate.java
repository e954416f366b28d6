package io.nexla.reactive.users;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import io.nexla.reactive.common.Models;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Body of a user create. The API names the user's name {@code full_name} here (but {@code name} in an update, see
 * {@link UserUpdate}). Fields left {@code null} are not sent; {@code tosSignedAt} is sent as ISO-8601. The
 * password is never shown by {@link #toString()}.
 *
 * @param admin admin grant as the API accepts it: a boolean, a string, or a list of objects
 * @param additionalProperties other top-level fields, sent as given
 */
public record UserCreate(
    String fullName,
    String email,
    @Nullable Long defaultOrgId,
    @Nullable UserStatus status,
    @Nullable Long userTierId,
    @Nullable UserTier userTier,
    @Nullable String password,
    @Nullable Instant tosSignedAt,
    @Nullable Object admin,
    @JsonAnyGetter Map<String, Object> additionalProperties) {

  public UserCreate {
    Objects.requireNonNull(fullName, "fullName");
    Objects.requireNonNull(email, "email");
    additionalProperties = Models.unknownFields(additionalProperties);
  }

  /** A builder for a user with this name and e-mail. */
  public static Builder builder(String fullName, String email) {
    return new Builder(fullName, email);
  }

  @Override
  public String toString() {
    return "UserCreate[fullName=" + fullName + ", email=" + email + ", defaultOrgId=" + defaultOrgId + ", status="
        + status + ", userTier=" + userTier + ", password=" + (password == null ? null : "***") + ", tosSignedAt="
        + tosSignedAt + ", fields=" + additionalProperties.keySet() + "]";
  }

  /** Builder of {@link UserCreate}. */
  public static final class Builder extends UserFieldsBuilder<Builder, UserCreate> {
    private final String fullName;
    private final String email;
    private @Nullable Long defaultOrgId;
    private @Nullable String password;

    private Builder(String fullName, String email) {
      this.fullName = fullName;
      this.email = email;
    }

    public Builder defaultOrgId(long defaultOrgId) {
      this.defaultOrgId = defaultOrgId;
      return this;
    }

    public Builder password(String password) {
      this.password = password;
      return this;
    }

    @Override
    public UserCreate build() {
      return new UserCreate(fullName, email, defaultOrgId, status, userTierId, userTier, password, tosSignedAt,
          admin, extra);
    }
  }
}
