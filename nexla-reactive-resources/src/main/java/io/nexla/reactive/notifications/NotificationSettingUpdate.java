package io.nexla.reactive.notifications;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.common.ResourceStatus;
import io.nexla.reactive.internal.RequestText;
import java.util.Collections;
import java.util.LinkedHashMap;
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

  /** Builder of {@link NotificationSettingUpdate}. */
  public static final class Builder {
    private @Nullable NotificationChannel channel;
    private @Nullable Long notificationTypeId;
    private @Nullable ResourceStatus status;
    private @Nullable Map<String, Object> config;
    private @Nullable String notificationResourceType;
    private @Nullable Long resourceId;
    private @Nullable Long notificationChannelSettingId;
    private @Nullable Boolean checked;
    private final Map<String, Object> extra = new LinkedHashMap<>();

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

    /** {@code ACTIVE} or {@code PAUSED}. */
    public Builder status(ResourceStatus status) {
      this.status = status;
      return this;
    }

    /** Replaces the whole {@code config}, sent as given. */
    public Builder config(Map<String, ?> config) {
      this.config = Collections.unmodifiableMap(new LinkedHashMap<>(config));
      return this;
    }

    /** Limits the setting to resources of this kind (with {@link #resourceId}), e.g. {@code SOURCE}. */
    public Builder notificationResourceType(String notificationResourceType) {
      this.notificationResourceType = notificationResourceType;
      return this;
    }

    /** Limits the setting to one resource. */
    public Builder resourceId(long resourceId) {
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

    /** Any other top-level field, sent as given ({@code null} is sent as JSON {@code null}). */
    public Builder field(String name, @Nullable Object value) {
      extra.put(name, value);
      return this;
    }

    public NotificationSettingUpdate build() {
      return new NotificationSettingUpdate(channel, notificationTypeId, status, config, notificationResourceType, resourceId, notificationChannelSettingId, checked, extra);
    }
  }
}
