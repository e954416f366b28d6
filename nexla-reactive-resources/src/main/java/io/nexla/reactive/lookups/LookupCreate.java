package io.nexla.reactive.lookups;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import io.nexla.reactive.common.Models;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Request to create a lookup keyed by {@code map_primary_key}. {@code data_defaults}, {@code emit_data_default}
 * and {@code tags} are always sent ({@code {}}, {@code false}, {@code []} by default); {@code data_map} rows only
 * when given.
 */
public record LookupCreate(
    String name,
    LookupDataType dataType,
    String mapPrimaryKey,
    @Nullable String description,
    Map<String, Object> dataDefaults,
    boolean emitDataDefault,
    @Nullable List<Map<String, Object>> dataMap,
    List<String> tags,
    @JsonAnyGetter Map<String, Object> additionalProperties) {

  public LookupCreate {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(dataType, "dataType");
    Objects.requireNonNull(mapPrimaryKey, "mapPrimaryKey");
    dataDefaults = Models.map(dataDefaults);
    tags = Models.list(tags);
    additionalProperties = Models.unknownFields(additionalProperties);
  }

  public static Builder builder(String name, LookupDataType dataType, String mapPrimaryKey) {
    return new Builder(name, dataType, mapPrimaryKey);
  }

  /** Builder of {@link LookupCreate}. */
  public static final class Builder {
    private final String name;
    private final LookupDataType dataType;
    private final String mapPrimaryKey;
    private @Nullable String description;
    private final Map<String, Object> dataDefaults = new LinkedHashMap<>();
    private boolean emitDataDefault;
    private @Nullable List<Map<String, Object>> dataMap;
    private final List<String> tags = new ArrayList<>();
    private final Map<String, Object> extra = new LinkedHashMap<>();

    private Builder(String name, LookupDataType dataType, String mapPrimaryKey) {
      this.name = name;
      this.dataType = dataType;
      this.mapPrimaryKey = mapPrimaryKey;
    }

    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /** A default column value, used for keys without an entry when {@link #emitDataDefault} is on. */
    public Builder dataDefault(String column, Object value) {
      dataDefaults.put(column, value);
      return this;
    }

    public Builder emitDataDefault(boolean emit) {
      this.emitDataDefault = emit;
      return this;
    }

    /** An initial row. */
    public Builder entry(Map<String, ?> row) {
      if (dataMap == null) {
        dataMap = new ArrayList<>();
      }
      dataMap.add(new LinkedHashMap<>(row));
      return this;
    }

    public Builder tag(String tag) {
      tags.add(tag);
      return this;
    }

    /** Any other top-level field, sent as given. */
    public Builder field(String name, @Nullable Object value) {
      extra.put(name, value);
      return this;
    }

    public LookupCreate build() {
      return new LookupCreate(name, dataType, mapPrimaryKey, description, dataDefaults, emitDataDefault,
          dataMap == null ? null : List.copyOf(dataMap), tags, extra);
    }
  }
}
