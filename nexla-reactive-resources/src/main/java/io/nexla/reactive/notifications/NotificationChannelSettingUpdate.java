package io.nexla.reactive.notifications;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.internal.RequestText;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Body of {@code PUT /notification_channel_settings/{id}}: only the fields set are sent, so only they change.
 * Start with {@link #builder()}.
 *
 * @param channel a new channel
 * @param config new settings of the channel, sent as given
 * @param additionalProperties other top-level fields, sent as given
 */
public record NotificationChannelSettingUpdate(
    @Nullable NotificationChannel channel,
    @Nullable Map<String, Object> config,
    @JsonAnyGetter Map<String, Object> additionalProperties) {

  public NotificationChannelSettingUpdate {
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

  /** Builder of {@link NotificationChannelSettingUpdate}. */
  public static final class Builder {
    private @Nullable NotificationChannel channel;
    private @Nullable Map<String, Object> config;
    private final Map<String, Object> extra = new LinkedHashMap<>();

    private Builder() {
    }

    public Builder channel(NotificationChannel channel) {
      this.channel = channel;
      return this;
    }

    /** Replaces the whole {@code config}. */
    public Builder config(Map<String, ?> config) {
      this.config = Collections.unmodifiableMap(new LinkedHashMap<>(config));
      return this;
    }

    /** Any other top-level field, sent as given ({@code null} is sent as JSON {@code null}). */
    public Builder field(String name, @Nullable Object value) {
      extra.put(name, value);
      return this;
    }

    public NotificationChannelSettingUpdate build() {
      return new NotificationChannelSettingUpdate(channel, config, extra);
    }
  }
}
