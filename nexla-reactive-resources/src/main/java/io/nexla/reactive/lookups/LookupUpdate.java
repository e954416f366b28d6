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
 * Body of {@code PUT /data_maps/{id}}, changing a lookup's definition (not its rows): fields left {@code null}
 * are not sent and stay unchanged. Start with {@link #builder()} for a partial update, or with
 * {@link #builder(Lookup)} to send back everything a fetched lookup holds with some fields changed.
 *
 * @param additionalProperties other top-level fields, sent as given
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
    tags = tags == null ? null : List.copyOf(tags);
    additionalProperties = Models.unknownFields(additionalProperties);
  }

  /** A builder of an update that changes nothing yet. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from every field of {@code lookup}, unknown ones included. */
  public static Builder builder(Lookup lookup) {
    LookupUpdate all = NexlaJson.mapper().convertValue(lookup, LookupUpdate.class);
    Builder builder = new Builder();
    builder.name = all.name;
    builder.description = all.description;
    builder.mapPrimaryKey = all.mapPrimaryKey;
    builder.dataDefaults = all.dataDefaults == null ? null : new LinkedHashMap<>(all.dataDefaults);
    builder.emitDataDefault = all.emitDataDefault;
    builder.tags = all.tags;
    builder.extra.putAll(all.additionalProperties);
    return builder;
  }

  /** Builder of {@link LookupUpdate}. */
  public static final class Builder {
    private @Nullable String name;
    private @Nullable String description;
    private @Nullable String mapPrimaryKey;
    private @Nullable Map<String, Object> dataDefaults;
    private @Nullable Boolean emitDataDefault;
    private @Nullable List<String> tags;
    private final Map<String, Object> extra = new LinkedHashMap<>();

    private Builder() {}

    public Builder name(String name) {
      this.name = name;
      return this;
    }

    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /** The column whose value keys the rows. */
    public Builder mapPrimaryKey(String mapPrimaryKey) {
      this.mapPrimaryKey = mapPrimaryKey;
      return this;
    }

    /** Replaces all default column values. */
    public Builder dataDefaults(Map<String, ?> dataDefaults) {
      this.dataDefaults = new LinkedHashMap<>(dataDefaults);
      return this;
    }

    /** Sets one default column value of the {@code data_defaults} to send; they are sent whole. */
    public Builder dataDefault(String column, Object value) {
      if (dataDefaults == null) {
        dataDefaults = new LinkedHashMap<>();
      }
      dataDefaults.put(column, value);
      return this;
    }

    public Builder emitDataDefault(boolean emitDataDefault) {
      this.emitDataDefault = emitDataDefault;
      return this;
    }

    /** Replaces all tags. */
    public Builder tags(List<String> tags) {
      this.tags = List.copyOf(tags);
      return this;
    }

    /** Any other top-level field, sent as given ({@code null} as JSON {@code null}). */
    public Builder field(String name, @Nullable Object value) {
      extra.put(name, value);
      return this;
    }

    public LookupUpdate build() {
      return new LookupUpdate(name, description, mapPrimaryKey, dataDefaults, emitDataDefault, tags, extra);
    }
  }
}
