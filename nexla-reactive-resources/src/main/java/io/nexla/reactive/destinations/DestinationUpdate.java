package io.nexla.reactive.destinations;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.core.json.NexlaJson;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Body of {@code PUT /data_sinks/{id}}: fields left {@code null} are not sent and stay unchanged. Start with
 * {@link #builder()} for a partial update, or with {@link #builder(Destination)} to send back everything a
 * fetched destination holds (fields unknown to this client included) with some fields changed.
 *
 * @param additionalProperties other top-level fields, sent as given
 */
public record DestinationUpdate(
    @Nullable String name,
    @Nullable String description,
    @Nullable Map<String, Object> sinkConfig,
    @Nullable Long dataCredentialsId,
    @Nullable Long dataSetId,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

  public DestinationUpdate {
    additionalProperties = Models.unknownFields(additionalProperties);
  }

  /** A builder of an update that changes nothing yet. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from every field of {@code destination}, unknown ones included. */
  public static Builder builder(Destination destination) {
    DestinationUpdate all = NexlaJson.mapper().convertValue(destination, DestinationUpdate.class);
    Builder builder = new Builder();
    builder.name = all.name;
    builder.description = all.description;
    builder.sinkConfig = all.sinkConfig == null ? null : new LinkedHashMap<>(all.sinkConfig);
    builder.dataCredentialsId = all.dataCredentialsId;
    builder.dataSetId = all.dataSetId;
    builder.extra.putAll(all.additionalProperties);
    return builder;
  }

  /** Builder of {@link DestinationUpdate}. */
  public static final class Builder {
    private @Nullable String name;
    private @Nullable String description;
    private @Nullable Map<String, Object> sinkConfig;
    private @Nullable Long dataCredentialsId;
    private @Nullable Long dataSetId;
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

    /** Replaces the whole {@code sink_config}. */
    public Builder sinkConfig(Map<String, ?> sinkConfig) {
      this.sinkConfig = new LinkedHashMap<>(sinkConfig);
      return this;
    }

    /**
     * Sets one key of the {@code sink_config} to send (after {@link DestinationUpdate#builder(Destination)}, of
     * the destination's own config); the config is sent whole.
     */
    public Builder config(String key, Object value) {
      if (sinkConfig == null) {
        sinkConfig = new LinkedHashMap<>();
      }
      sinkConfig.put(key, value);
      return this;
    }

    /** The credential the destination writes with. */
    public Builder dataCredentialsId(long dataCredentialsId) {
      this.dataCredentialsId = dataCredentialsId;
      return this;
    }

    /** The nexset the destination writes. */
    public Builder dataSetId(long dataSetId) {
      this.dataSetId = dataSetId;
      return this;
    }

    /** Any other top-level field, sent as given ({@code null} as JSON {@code null}). */
    public Builder field(String name, @Nullable Object value) {
      extra.put(name, value);
      return this;
    }

    public DestinationUpdate build() {
      return new DestinationUpdate(name, description, sinkConfig, dataCredentialsId, dataSetId, extra);
    }
  }
}
