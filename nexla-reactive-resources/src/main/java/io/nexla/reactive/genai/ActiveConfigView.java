package io.nexla.reactive.genai;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.core.json.NexlaModel;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The configuration in effect for one gen-AI usage ({@code null} {@code activeConfig} when none is). */
@NexlaModel
public record ActiveConfigView(
    @Nullable GenAiUsage genAiUsage,
    @Nullable Map<String, Object> activeConfig,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

  public ActiveConfigView {
    additionalProperties = Models.unknownFields(additionalProperties);
  }
}
