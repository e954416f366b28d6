package io.nexla.reactive.projects;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.core.json.NexlaModel;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A flow attached to a project (by its source, nexset or sink, or by flow node id). */
@NexlaModel
public record ProjectDataFlow(
    @Nullable Long id,
    @Nullable Long projectId,
    @Nullable Long flowNodeId,
    @Nullable Long dataSourceId,
    @Nullable Long dataSetId,
    @Nullable Long dataSinkId,
    @Nullable String name,
    @Nullable String description,
    @Nullable Instant createdAt,
    @Nullable Instant updatedAt,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

  public ProjectDataFlow {
    additionalProperties = Models.unknownFields(additionalProperties);
  }
}
