package io.nexla.reactive.flows;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.core.json.NexlaModel;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Generated documentation proposed for a flow or nexset. */
@NexlaModel
public record DocsRecommendation(
    @Nullable String recommendation,
    @Nullable String status,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

  public DocsRecommendation {
    additionalProperties = Models.unknownFields(additionalProperties);
  }
}
