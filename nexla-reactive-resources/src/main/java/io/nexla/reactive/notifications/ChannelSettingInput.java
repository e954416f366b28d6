package io.nexla.reactive.notifications;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Body of a channel setting create (both fields required) or update (fields left {@code null} are not sent).
 */
public record ChannelSettingInput(@Nullable NotificationChannel channel, @Nullable Map<String, Object> config) {

  public ChannelSettingInput {
    config = config == null ? null : Map.copyOf(config);
  }
}
