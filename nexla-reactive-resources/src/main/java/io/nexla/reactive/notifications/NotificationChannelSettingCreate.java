package io.nexla.reactive.notifications;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.internal.RequestText;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Body of {@code POST /notification_channel_settings}: a channel and its configuration (e.g. the address to
 * write to), both required.
 *
 * @param channel the delivery channel
 * @param config the channel's settings, sent as given
 * @param additionalProperties other top-level fields, sent as given
 */
public record NotificationChannelSettingCreate(
    NotificationChannel channel,
    Map<String, Object> config,
    @JsonAnyGetter Map<String, Object> additionalProperties) {

  public NotificationChannelSettingCreate {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(config, "config");
    additionalProperties = Models.unknownFields(additionalProperties);
  }

  /** A builder for this channel and its settings. */
  public static Builder builder(NotificationChannel channel, Map<String, ?> config) {
    return new Builder(channel, config);
  }

  /** Names the fields set, never their values (configurations may hold secrets). */
  @Override
  public String toString() {
    return RequestText.namesOfSetFields(this);
  }

  /** Builder of {@link NotificationChannelSettingCreate}. */
  public static final class Builder {
    private final NotificationChannel channel;
    private final Map<String, Object> config;
    private final Map<String, Object> extra = new LinkedHashMap<>();

    private Builder(NotificationChannel channel, Map<String, ?> config) {
      this.channel = channel;
      this.config = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(config, "config")));
    }

    /** Any other top-level field, sent as given ({@code null} is sent as JSON {@code null}). */
    public Builder field(String name, @Nullable Object value) {
      extra.put(name, value);
      return this;
    }

    public NotificationChannelSettingCreate build() {
      return new NotificationChannelSettingCreate(channel, config, extra);
    }
  }
}
