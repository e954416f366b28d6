package io.nexla.reactive.lookups;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.nexla.reactive.common.AccessRole;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.common.OrgRef;
import io.nexla.reactive.common.Owner;
import io.nexla.reactive.core.json.NexlaModel;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A lookup (data map, {@code /data_maps}): a keyed table flows can enrich records from. Its rows are read and
 * written with {@code LookupsClient.entries}, {@code upsertEntries} and {@code deleteEntries}.
 */
@NexlaModel
public record Lookup(
    long id,
    @Nullable String name,
    @Nullable String description,
    @Nullable String mapPrimaryKey,
    @Nullable Owner owner,
    @Nullable OrgRef org,
    List<AccessRole> accessRoles,
    @JsonProperty("public") @Nullable Boolean isPublic,
    @Nullable Boolean managed,
    @Nullable LookupDataType dataType,
    @Nullable Boolean emitDataDefault,
    @Nullable Boolean useVersioning,
    @Nullable String dataFormat,
    @Nullable Long dataSinkId,
    Map<String, Object> dataDefaults,
    @Nullable Long dataSetId,
    @Nullable Long mapEntryCount,
    Map<String, Object> mapEntrySchema,
    List<String> tags,
    @Nullable Instant createdAt,
    @Nullable Instant updatedAt,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

  public Lookup {
    accessRoles = Models.list(accessRoles);
    dataDefaults = Models.map(dataDefaults);
    mapEntrySchema = Models.map(mapEntrySchema);
    tags = Models.list(tags);
    additionalProperties = Models.unknownFields(additionalProperties);
  }
}
