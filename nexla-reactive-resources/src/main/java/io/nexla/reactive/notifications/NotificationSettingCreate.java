package io.nexla.reactive.notifications;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.common.ResourceStatus;
import io.nexla.reactive.internal.RequestText;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Body of {@code POST /notification_settings}: a channel and a notification type are required; {@code config} is
 * {@code {}} unless set and always sent. Other fields left {@code null} are not sent.
 *
 * @param channel the delivery channel
 * @param notificationTypeId the notification type
 * @param status {@code ACTIVE} or {@code PAUSED}
 * @param config the setting's configuration, {@code {}} unless set (always sent)
 * @param notificationResourceType the kind of the one resource the setting is limited to, e.g. {@code SOURCE}
 * @param resourceId the one resource the setting is limited to
 * @param notificationChannelSettingId the channel setting to deliver through
 * @param additionalProperties other top-level fields, sent as given
 */
public record NotificationSettingCreate(
    NotificationChannel channel,
    long notificationTypeId,
    @Nullable ResourceStatus status,
    Map<String, Object> config,
    @Nullable String notificationResourceType,
    @Nullable Long resourceId,
    @Nullable Long notificationChannelSettingId,
    @JsonAnyGetter Map<String, Object> additionalProperties) {

  public NotificationSettingCreate {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(config, "config");
    additionalProperties = Models.unknownFields(additionalProperties);
  }

  /** A builder for this channel and notification type. */
  public static Builder builder(NotificationChannel channel, long notificationTypeId) {
    return new Builder(channel, notificationTypeId);
  }

  /** Names the fields set, never their values (configurations may hold secrets). */
  @Override
  public String toString() {
    return RequestText.namesOfSetFields(this);
  }

  /**
   * Builder of {@link NotificationSettingCreate}: the channel and notification type it was started with, and the
   * optional fields set.
   */
  public static final class Builder extends NotificationSettingFieldsBuilder<Builder> {
    private final NotificationChannel channel;
    private final long notificationTypeId;

    private Builder(NotificationChannel channel, long notificationTypeId) {
      this.channel = channel;
      this.notificationTypeId = notificationTypeId;
    }

    public NotificationSettingCreate build() {
      return new NotificationSettingCreate(channel, notificationTypeId, status, config == null ? Map.of() : config,
          notificationResourceType, resourceId, notificationChannelSettingId, extra);
    }
  }
}
