package io.nexla.reactive.genai;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.core.json.NexlaModel;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Which gen-AI configuration an organisation uses for one purpose. */
@NexlaModel
public record GenAiOrgSetting(
    long id,
    @Nullable Long orgId,
    @Nullable Long genAiConfigId,
    @Nullable GenAiUsage genAiUsage,
    @Nullable Map<String, Object> activeConfig,
    List<Map<String, Object>> configs,
    @Nullable Instant createdAt,
    @Nullable Instant updatedAt,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

  public GenAiOrgSetting {
    configs = Models.list(configs);
    additionalProperties = Models.unknownFields(additionalProperties);
  }
}
