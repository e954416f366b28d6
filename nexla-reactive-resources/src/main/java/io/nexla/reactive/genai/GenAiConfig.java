package io.nexla.reactive.genai;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.core.json.NexlaModel;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A gen-AI integration configuration (a model provider with its settings). {@link #toString()} leaves out
 * {@code config}, which may carry provider keys.
 */
@NexlaModel
public record GenAiConfig(
    long id,
    @Nullable String name,
    @Nullable String description,
    @Nullable String provider,
    @Nullable GenAiConfigType type,
    @Nullable String status,
    @Nullable Long dataCredentialsId,
    Map<String, Object> config,
    @Nullable Instant createdAt,
    @Nullable Instant updatedAt,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

  public GenAiConfig {
    config = Models.map(config);
    additionalProperties = Models.unknownFields(additionalProperties);
  }

  @Override
  public String toString() {
    return "GenAiConfig[id=" + id + ", name=" + name + ", type=" + type + ", provider=" + provider + ", status="
        + status + ", dataCredentialsId=" + dataCredentialsId + "]";
  }
}
