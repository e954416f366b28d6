package io.nexla.reactive.destinations;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.connectors.ConnectorConfig;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Request to create a destination writing nexset {@code dataSetId} with credential {@code dataCredentialsId}.
 * Core sinks take a {@code sink_config}; templated APIs a {@code vendor_endpoint_id} and {@code template_config}.
 *
 * <pre>{@code
 * DestinationCreate.builder("Orders to Snowflake", DestinationType.SNOWFLAKE, credentialId, nexsetId)
 *     .snowflakeMerge("RAW.STAGING.ORDERS", "order_id").config("role", "SYSADMIN").build();
 * }</pre>
 */
public record DestinationCreate(
    String name,
    DestinationType sinkType,
    long dataCredentialsId,
    long dataSetId,
    @Nullable String description,
    @Nullable Map<String, Object> sinkConfig,
    @Nullable Long vendorEndpointId,
    @Nullable Map<String, Object> templateConfig,
    @JsonAnyGetter Map<String, Object> additionalProperties) {

  public DestinationCreate {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(sinkType, "sinkType");
    additionalProperties = Models.unknownFields(additionalProperties);
  }

  /** A builder for a destination of this name and connector, writing a nexset with a credential. */
  public static Builder builder(String name, DestinationType sinkType, long dataCredentialsId, long dataSetId) {
    return new Builder(name, sinkType, dataCredentialsId, dataSetId);
  }

  /** Builder of {@link DestinationCreate}. */
  public static final class Builder {
    private final String name;
    private final DestinationType sinkType;
    private final long dataCredentialsId;
    private final long dataSetId;
    private @Nullable String description;
    private @Nullable Map<String, Object> sinkConfig;
    private @Nullable Long vendorEndpointId;
    private @Nullable Map<String, Object> templateConfig;
    private final Map<String, Object> extra = new LinkedHashMap<>();

    private Builder(String name, DestinationType sinkType, long dataCredentialsId, long dataSetId) {
      this.name = name;
      this.sinkType = sinkType;
      this.dataCredentialsId = dataCredentialsId;
      this.dataSetId = dataSetId;
    }

    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /** Replaces the whole {@code sink_config}. */
    public Builder sinkConfig(Map<String, ?> config) {
      this.sinkConfig = new LinkedHashMap<>(config);
      return this;
    }

    /** Sets every key of typed connector settings (e.g. {@code SnowflakeDestinationConfig}) in {@code sink_config}. */
    public Builder config(ConnectorConfig config) {
      config.toMap().forEach(this::config);
      return this;
    }

    /** Sets one {@code sink_config} key, as given (e.g. {@code path}, {@code data_format}, {@code table}). */
    public Builder config(String key, Object value) {
      if (sinkConfig == null) {
        sinkConfig = new LinkedHashMap<>();
      }
      sinkConfig.put(key, value);
      return this;
    }

    /** Merges (upserts) into a fully qualified warehouse table by the given key columns. */
    public Builder snowflakeMerge(String qualifiedTable, String... keyColumns) {
      return config("table", qualifiedTable).config("load_type", "merge")
          .config("key_columns", List.copyOf(Arrays.asList(keyColumns)));
    }

    /** Appends to a fully qualified warehouse table. */
    public Builder snowflakeAppend(String qualifiedTable) {
      return config("table", qualifiedTable).config("load_type", "append");
    }

    public Builder vendorEndpointId(long id) {
      this.vendorEndpointId = id;
      return this;
    }

    public Builder templateConfig(Map<String, ?> templateConfig) {
      this.templateConfig = new LinkedHashMap<>(templateConfig);
      return this;
    }

    /** Any other top-level field, sent as given. */
    public Builder field(String name, @Nullable Object value) {
      extra.put(name, value);
      return this;
    }

    public DestinationCreate build() {
      return new DestinationCreate(name, sinkType, dataCredentialsId, dataSetId, description, sinkConfig,
          vendorEndpointId, templateConfig, extra);
    }
  }
}
