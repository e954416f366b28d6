package io.nexla.reactive.notifications;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.core.json.NexlaModel;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** How one delivery channel is configured for the caller (e.g. the e-mail address or Slack hook). */
@NexlaModel
public record NotificationChannelSetting(
    long id,
    @Nullable Long ownerId,
    @Nullable Long orgId,
    @Nullable NotificationChannel channel,
    Map<String, Object> config,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

  public NotificationChannelSetting {
    config = Models.map(config);
    additionalProperties = Models.unknownFields(additionalProperties);
  }
}
