package io.nexla.reactive.webhooks;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.core.json.NexlaModel;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Answer of a webhook: {@code {"dataset_id": 54321, "processed": 2}}.
 *
 * @param datasetId the nexset receiving the records
 * @param processed how many records were accepted
 */
@NexlaModel
public record WebhookResponse(
    @JsonProperty("dataset_id") @Nullable Long datasetId,
    @JsonProperty("processed") @Nullable Long processed,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

  public WebhookResponse {
    additionalProperties = Models.unknownFields(additionalProperties);
  }
}
