package io.nexla.reactive.nexsets;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.nexla.reactive.common.AccessRole;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.common.OrgRef;
import io.nexla.reactive.common.Owner;
import io.nexla.reactive.common.ResourceStatus;
import io.nexla.reactive.core.json.NexlaModel;
import io.nexla.reactive.destinations.DestinationType;
import io.nexla.reactive.flows.FlowType;
import io.nexla.reactive.sources.Source;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A nexset (data set, {@code /data_sets}): a schema-bearing stream of records detected from a source or derived
 * from another nexset by a transform. Unknown fields are kept and written back by {@link NexsetUpdate#builder(Nexset)}.
 */
@NexlaModel
public record Nexset(
    long id,
    @Nullable String name,
    @Nullable String description,
    @Nullable ResourceStatus status,
    @Nullable Owner owner,
    @Nullable OrgRef org,
    List<AccessRole> accessRoles,
    @JsonAlias("flowType") @Nullable FlowType flowType,
    @Nullable Long dataSourceId,
    @Nullable Source dataSource,
    List<NexsetBrief> parentDataSets,
    List<SinkBrief> dataSinks,
    @Nullable Long transformId,
    Map<String, Object> outputSchema,
    @Nullable Long copiedFromId,
    List<String> tags,
    @Nullable Instant createdAt,
    @Nullable Instant updatedAt,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

  public Nexset {
    accessRoles = Models.list(accessRoles);
    parentDataSets = Models.list(parentDataSets);
    dataSinks = Models.list(dataSinks);
    outputSchema = Models.map(outputSchema);
    tags = Models.list(tags);
    additionalProperties = Models.unknownFields(additionalProperties);
  }

  /** A destination consuming this nexset, in brief. */
  @NexlaModel
  public record SinkBrief(
      long id,
      @Nullable String name,
      @Nullable Long ownerId,
      @Nullable Long orgId,
      @Nullable ResourceStatus status,
      @JsonAlias("sinkType") @Nullable DestinationType sinkType,
      @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

    public SinkBrief {
      additionalProperties = Models.unknownFields(additionalProperties);
    }
  }
}
