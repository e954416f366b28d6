package io.nexla.reactive.credentials;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.core.json.NexlaModel;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Answer of a credential probe. {@link #connectionType()} and {@link #object()} are set by tree probes,
 * {@link #output()} by sample probes; an async probe returns a request id among {@link #additionalProperties()}.
 */
@NexlaModel
public record ProbeResult(
    @Nullable String status,
    @Nullable String message,
    @Nullable Boolean connectionVerified,
    @Nullable String connectionType,
    Map<String, Object> object,
    Map<String, Object> output,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

  public ProbeResult {
    object = Models.map(object);
    output = Models.map(output);
    additionalProperties = Models.unknownFields(additionalProperties);
  }

  /** Whether the status is {@code ok} or {@code success} (both mean the credential works). */
  public boolean isSuccessful() {
    return status != null && (status.equalsIgnoreCase("ok") || status.equalsIgnoreCase("success"));
  }
}
