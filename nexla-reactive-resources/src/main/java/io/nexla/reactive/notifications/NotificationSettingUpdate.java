package io.nexla.reactive.notifications;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.common.ResourceStatus;
import io.nexla.reactive.internal.RequestText;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Body of {@code PUT /notification_settings/{id}}: only the fields set are sent, so only they change. Start with
 * {@link #builder()}.
 *
 * @param channel a new channel
 * @param notificationTypeId the notification type
 * @param status {@code ACTIVE} or {@code PAUSED}
 * @param config the setting's configuration
 * @param notificationResourceType the kind of the one resource the setting is limited to, e.g. {@code SOURCE}
 * @param resourceId the one resource the setting is limited to
 * @param notificationChannelSettingId the channel setting to deliver through
 * @param checked whether the setting is selected
 * @param additionalProperties other top-level fields, sent as given
 */
public record NotificationSettingUpdate(
    @Nullable NotificationChannel channel,
    @Nullable Long notificationTypeId,
    @Nullable ResourceStatus status,
    @Nullable Map<String, Object> config,
    @Nullable String notificationResourceType,
    @Nullable Long resourceId,
    @Nullable Long notificationChannelSettingId,
    @Nullable Boolean checked,
    @JsonAnyGetter Map<String, Object> additionalProperties) {

  public NotificationSettingUpdate {
    additionalProperties = Models.unknownFields(additionalProperties);
  }

  /** A builder changing nothing yet. */
  public static Builder builder() {
    return new Builder();
  }

  /** Names the fields set, never their values (configurations may hold secrets). */
  @Override
  public String toString() {
    return RequestText.namesOfSetFields(this);
  }

  /** Builder of {@link NotificationSettingUpdate}: every field optional. */
  public static final class Builder extends NotificationSettingFieldsBuilder<Builder> {
    private @Nullable NotificationChannel channel;
    private @Nullable Long notificationTypeId;
    private @Nullable Boolean checked;

    private Builder() {
    }

    public Builder channel(NotificationChannel channel) {
      this.channel = channel;
      return this;
    }

    public Builder notificationTypeId(long notificationTypeId) {
      this.notificationTypeId = notificationTypeId;
      return this;
    }

    public Builder checked(boolean checked) {
      this.checked = checked;
      return this;
    }

    public NotificationSettingUpdate build() {
      return new NotificationSettingUpdate(channel, notificationTypeId, status, config, notificationResourceType,
          resourceId, notificationChannelSettingId, checked, extra);
    }
  }
}
