package io.nexla.reactive.notifications;

import io.nexla.reactive.common.ResourceStatus;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Body of a notification setting create or update. A create needs {@code channel} and {@code notificationTypeId}
 * (see {@link #create(NotificationChannel, long)}) and always sends {@code config}; fields left {@code null} are
 * not sent.
 *
 * @param checked whether the setting is selected (update only)
 */
public record NotificationSettingInput(
    @Nullable NotificationChannel channel,
    @Nullable Long notificationTypeId,
    @Nullable ResourceStatus status,
    @Nullable Map<String, Object> config,
    @Nullable String notificationResourceType,
    @Nullable Long resourceId,
    @Nullable Long notificationChannelSettingId,
    @Nullable Boolean checked) {

  public NotificationSettingInput {
    config = config == null ? null : Map.copyOf(config);
  }

  /** A builder for a create: a channel for a notification type, with an empty config. */
  public static Builder create(NotificationChannel channel, long notificationTypeId) {
    return new Builder().channel(channel).notificationTypeId(notificationTypeId).config(Map.of());
  }

  /** A builder for an update (nothing set). */
  public static Builder update() {
    return new Builder();
  }

  /** Builder of {@link NotificationSettingInput}. */
  public static final class Builder {
    private @Nullable NotificationChannel channel;
    private @Nullable Long notificationTypeId;
    private @Nullable ResourceStatus status;
    private @Nullable Map<String, Object> config;
    private @Nullable String notificationResourceType;
    private @Nullable Long resourceId;
    private @Nullable Long notificationChannelSettingId;
    private @Nullable Boolean checked;

    private Builder() {}

    public Builder channel(NotificationChannel channel) {
      this.channel = channel;
      return this;
    }

    public Builder notificationTypeId(long notificationTypeId) {
      this.notificationTypeId = notificationTypeId;
      return this;
    }

    /** {@code ACTIVE} or {@code PAUSED}. */
    public Builder status(ResourceStatus status) {
      this.status = status;
      return this;
    }

    public Builder config(Map<String, Object> config) {
      this.config = config;
      return this;
    }

    /** Limits the setting to one resource. */
    public Builder resource(String notificationResourceType, long resourceId) {
      this.notificationResourceType = notificationResourceType;
      this.resourceId = resourceId;
      return this;
    }

    public Builder notificationChannelSettingId(long notificationChannelSettingId) {
      this.notificationChannelSettingId = notificationChannelSettingId;
      return this;
    }

    public Builder checked(boolean checked) {
      this.checked = checked;
      return this;
    }

    public NotificationSettingInput build() {
      return new NotificationSettingInput(channel, notificationTypeId, status, config, notificationResourceType,
          resourceId, notificationChannelSettingId, checked);
    }
  }
}
