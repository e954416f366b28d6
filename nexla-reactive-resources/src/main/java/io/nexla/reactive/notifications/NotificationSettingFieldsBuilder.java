package io.nexla.reactive.notifications;

import io.nexla.reactive.common.ResourceStatus;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The setters {@link NotificationSettingCreate.Builder} and {@link NotificationSettingUpdate.Builder} share: the
 * optional fields of both bodies and {@code field(name, value)}. Each builder adds its own parts and its
 * {@code build()}.
 *
 * @param <B> the concrete builder, returned by every setter
 */
abstract class NotificationSettingFieldsBuilder<B extends NotificationSettingFieldsBuilder<B>> {
  @Nullable ResourceStatus status;
  @Nullable Map<String, Object> config;
  @Nullable String notificationResourceType;
  @Nullable Long resourceId;
  @Nullable Long notificationChannelSettingId;
  final Map<String, Object> extra = new LinkedHashMap<>();

  NotificationSettingFieldsBuilder() {
  }

  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }

  /** {@code ACTIVE} or {@code PAUSED}. */
  public B status(ResourceStatus status) {
    this.status = status;
    return self();
  }

  /** Replaces the whole {@code config}, sent as given. */
  public B config(Map<String, ?> config) {
    this.config = Collections.unmodifiableMap(new LinkedHashMap<>(config));
    return self();
  }

  /** Limits the setting to resources of this kind (with {@link #resourceId}), e.g. {@code SOURCE}. */
  public B notificationResourceType(String notificationResourceType) {
    this.notificationResourceType = notificationResourceType;
    return self();
  }

  /** Limits the setting to one resource. */
  public B resourceId(long resourceId) {
    this.resourceId = resourceId;
    return self();
  }

  public B notificationChannelSettingId(long notificationChannelSettingId) {
    this.notificationChannelSettingId = notificationChannelSettingId;
    return self();
  }

  /** Any other top-level field, sent as given ({@code null} is sent as JSON {@code null}). */
  public B field(String name, @Nullable Object value) {
    extra.put(name, value);
    return self();
  }
}
