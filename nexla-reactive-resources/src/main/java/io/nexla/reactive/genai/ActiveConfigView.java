package io.nexla.reactive.genai;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.nexla.reactive.common.Models;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The configuration in effect for one gen-AI usage ({@code null} {@code activeConfig} when none is). */
public record ActiveConfigView(
    @Nullable GenAiUsage genAiUsage,
    @Nullable Map<String, Object> activeConfig,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

  public ActiveConfigView {
    additionalProperties = Models.unknownFields(additionalProperties);
  }
}
