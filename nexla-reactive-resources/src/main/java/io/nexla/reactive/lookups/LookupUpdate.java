package io.nexla.reactive.lookups;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.core.json.NexlaJson;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Request to change a lookup's definition (not its rows); fields left {@code null} are not sent. Start from
 * {@link #empty()} or from {@link #from(Lookup)} to send back everything a fetched lookup holds.
 */
public record LookupUpdate(
    @Nullable String name,
    @Nullable String description,
    @Nullable String mapPrimaryKey,
    @Nullable Map<String, Object> dataDefaults,
    @Nullable Boolean emitDataDefault,
    @Nullable List<String> tags,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

  public LookupUpdate {
    additionalProperties = Models.unknownFields(additionalProperties);
  }

  /** An update that changes nothing yet. */
  public static LookupUpdate empty() {
    return new LookupUpdate(null, null, null, null, null, null, null);
  }

  /** An update carrying every field of {@code lookup}, unknown ones included. */
  public static LookupUpdate from(Lookup lookup) {
    return NexlaJson.mapper().convertValue(lookup, LookupUpdate.class);
  }

  public LookupUpdate withName(String name) {
    return new LookupUpdate(name, description, mapPrimaryKey, dataDefaults, emitDataDefault, tags,
        additionalProperties);
  }

  public LookupUpdate withDescription(String description) {
    return new LookupUpdate(name, description, mapPrimaryKey, dataDefaults, emitDataDefault, tags,
        additionalProperties);
  }

  public LookupUpdate withDataDefaults(Map<String, ?> dataDefaults) {
    return new LookupUpdate(name, description, mapPrimaryKey, new LinkedHashMap<>(dataDefaults), emitDataDefault,
        tags, additionalProperties);
  }

  public LookupUpdate withEmitDataDefault(boolean emitDataDefault) {
    return new LookupUpdate(name, description, mapPrimaryKey, dataDefaults, emitDataDefault, tags,
        additionalProperties);
  }

  /** Sets any other field, sent as given. */
  public LookupUpdate with(String field, @Nullable Object value) {
    Map<String, Object> more = new LinkedHashMap<>(additionalProperties);
    more.put(field, value);
    return new LookupUpdate(name, description, mapPrimaryKey, dataDefaults, emitDataDefault, tags, more);
  }
}
