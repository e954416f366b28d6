package io.nexla.reactive.notifications;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Filters of a notification list. Every field is optional.
 *
 * @param read {@code true} for read only, {@code false} for unread only (sent as {@code 1}/{@code 0})
 * @param level only this level
 * @param from earliest creation time (sent as Unix seconds)
 * @param to latest creation time (sent as Unix seconds)
 */
public record NotificationFilter(
    @Nullable Boolean read, @Nullable NotificationLevel level, @Nullable Instant from, @Nullable Instant to) {

  /** No filter. */
  public static final NotificationFilter ALL = new NotificationFilter(null, null, null, null);

  /** Unread notifications only. */
  public static NotificationFilter unread() {
    return new NotificationFilter(false, null, null, null);
  }
}
