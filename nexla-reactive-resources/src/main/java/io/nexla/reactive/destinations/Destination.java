package io.nexla.reactive.destinations;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.nexla.reactive.common.AccessRole;
import io.nexla.reactive.common.Connector;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.common.OrgRef;
import io.nexla.reactive.common.Owner;
import io.nexla.reactive.common.ResourceStatus;
import io.nexla.reactive.core.json.NexlaModel;
import io.nexla.reactive.credentials.Credential;
import io.nexla.reactive.flows.FlowType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A destination (data sink, {@code /data_sinks}): where a flow writes a nexset. Unknown fields are kept in
 * {@link #additionalProperties()} and written back by {@link DestinationUpdate#builder(Destination)}.
 */
@NexlaModel
public record Destination(
    long id,
    @Nullable String name,
    @Nullable ResourceStatus status,
    @Nullable DestinationType sinkType,
    @Nullable String connectorType,
    @Nullable Owner owner,
    @Nullable OrgRef org,
    List<AccessRole> accessRoles,
    @Nullable Boolean managed,
    @Nullable Connector connector,
    @Nullable String description,
    @Nullable Long dataSetId,
    @Nullable Long dataMapId,
    @Nullable Long dataSourceId,
    @Nullable DestinationFormat sinkFormat,
    Map<String, Object> sinkConfig,
    @Nullable String sinkSchedule,
    @Nullable Boolean inMemory,
    @Nullable Map<String, Object> dataSet,
    @Nullable Map<String, Object> dataMap,
    @Nullable Long dataCredentialsId,
    @Nullable Credential dataCredentials,
    @Nullable Long copiedFromId,
    @Nullable FlowType flowType,
    @Nullable Boolean hasTemplate,
    @Nullable Map<String, Object> vendorEndpoint,
    @Nullable Map<String, Object> vendor,
    List<String> tags,
    @Nullable Instant createdAt,
    @Nullable Instant updatedAt,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

  public Destination {
    accessRoles = Models.list(accessRoles);
    sinkConfig = Models.map(sinkConfig);
    tags = Models.list(tags);
    additionalProperties = Models.unknownFields(additionalProperties);
  }
}
