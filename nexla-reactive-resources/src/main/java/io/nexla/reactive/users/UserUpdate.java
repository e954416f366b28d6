package io.nexla.reactive.users;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import io.nexla.reactive.common.Models;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Body of a user update. The API names the user's name {@code name} here (but {@code full_name} in a create).
 * Fields left {@code null} are not sent and stay unchanged; {@code tosSignedAt} is sent as ISO-8601. Passwords are
 * never shown by {@link #toString()}.
 *
 * @param additionalProperties other top-level fields, sent as given
 */
public record UserUpdate(
    @Nullable String name,
    @Nullable String email,
    @Nullable UserStatus status,
    @Nullable Long userTierId,
    @Nullable UserTier userTier,
    @Nullable String password,
    @Nullable String passwordConfirmation,
    @Nullable String passwordCurrent,
    @Nullable Instant tosSignedAt,
    @Nullable Object admin,
    @JsonAnyGetter Map<String, Object> additionalProperties) {

  public UserUpdate {
    additionalProperties = Models.unknownFields(additionalProperties);
  }

  /** A builder of an update that changes nothing yet. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return "UserUpdate[name=" + name + ", email=" + email + ", status=" + status + ", userTier=" + userTier
        + ", password=" + (password == null ? null : "***") + ", tosSignedAt=" + tosSignedAt + ", fields="
        + additionalProperties.keySet() + "]";
  }

  /** Builder of {@link UserUpdate}. */
  public static final class Builder extends UserFieldsBuilder<Builder, UserUpdate> {
    private @Nullable String name;
    private @Nullable String email;
    private @Nullable String password;
    private @Nullable String passwordConfirmation;
    private @Nullable String passwordCurrent;

    private Builder() {}

    /** The user's full name (sent as {@code name}). */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    public Builder email(String email) {
      this.email = email;
      return this;
    }

    /** A new password, with its confirmation and the current password. */
    public Builder password(String newPassword, String confirmation, String current) {
      this.password = newPassword;
      this.passwordConfirmation = confirmation;
      this.passwordCurrent = current;
      return this;
    }

    @Override
    public UserUpdate build() {
      return new UserUpdate(name, email, status, userTierId, userTier, password, passwordConfirmation,
          passwordCurrent, tosSignedAt, admin, extra);
    }
  }
}
