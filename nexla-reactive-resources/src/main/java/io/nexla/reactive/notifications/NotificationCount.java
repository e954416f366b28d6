package io.nexla.reactive.notifications;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.core.json.NexlaModel;
import java.util.Map;

/** A number of notifications. */
@NexlaModel
public record NotificationCount(
    long count, @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

  public NotificationCount {
    additionalProperties = Models.unknownFields(additionalProperties);
  }
}
