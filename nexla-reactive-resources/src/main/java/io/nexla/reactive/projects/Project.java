package io.nexla.reactive.projects;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.nexla.reactive.common.AccessRole;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.common.OrgRef;
import io.nexla.reactive.common.Owner;
import io.nexla.reactive.core.json.NexlaModel;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A project: a named group of flows. */
@NexlaModel
public record Project(
    long id,
    @Nullable Owner owner,
    @Nullable OrgRef org,
    @Nullable String name,
    @Nullable String description,
    List<AccessRole> accessRoles,
    List<ProjectDataFlow> dataFlows,
    List<ProjectDataFlow> flows,
    @Nullable String clientIdentifier,
    @Nullable String clientUrl,
    @Nullable Integer flowsCount,
    List<String> tags,
    @Nullable Long copiedFromId,
    @Nullable Instant createdAt,
    @Nullable Instant updatedAt,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

  public Project {
    accessRoles = Models.list(accessRoles);
    dataFlows = Models.list(dataFlows);
    flows = Models.list(flows);
    tags = Models.list(tags);
    additionalProperties = Models.unknownFields(additionalProperties);
  }
}
