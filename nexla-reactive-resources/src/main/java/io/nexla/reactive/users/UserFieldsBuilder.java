package io.nexla.reactive.users;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The fields user creates and updates share, set once here for both builders. Fields left unset are not sent.
 *
 * @param <B> the concrete builder
 * @param <R> the request it builds
 */
abstract class UserFieldsBuilder<B extends UserFieldsBuilder<B, R>, R> {

  @Nullable UserStatus status;
  @Nullable Long userTierId;
  @Nullable UserTier userTier;
  @Nullable Instant tosSignedAt;
  @Nullable Object admin;
  final Map<String, Object> extra = new LinkedHashMap<>();

  UserFieldsBuilder() {}

  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }

  public B status(UserStatus status) {
    this.status = status;
    return self();
  }

  public B userTierId(long userTierId) {
    this.userTierId = userTierId;
    return self();
  }

  public B userTier(UserTier userTier) {
    this.userTier = userTier;
    return self();
  }

  /** When the user accepted the terms of service (sent as ISO-8601). */
  public B tosSignedAt(Instant tosSignedAt) {
    this.tosSignedAt = tosSignedAt;
    return self();
  }

  /** Admin grant: a boolean, a string, or a list of objects, as the API accepts. */
  public B admin(Object admin) {
    this.admin = admin;
    return self();
  }

  /** Any other top-level field, sent as given ({@code null} as JSON {@code null}). */
  public B field(String name, @Nullable Object value) {
    extra.put(name, value);
    return self();
  }

  /** The request with the fields set so far. */
  public abstract R build();
}
