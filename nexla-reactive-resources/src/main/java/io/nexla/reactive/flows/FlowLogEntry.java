package io.nexla.reactive.flows;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.core.json.NexlaModel;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One log line of a flow run. {@code severity}/{@code log} are accepted for {@code level}/{@code message}. */
@NexlaModel
public record FlowLogEntry(
    @Nullable Instant timestamp,
    @JsonAlias("severity") @Nullable String level,
    @JsonAlias("log") @Nullable String message,
    @Nullable String logType,
    @Nullable Long resourceId,
    @Nullable String resourceType,
    @Nullable Long runId,
    Map<String, Object> details,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

  public FlowLogEntry {
    details = Models.map(details);
    additionalProperties = Models.unknownFields(additionalProperties);
  }
}
