package io.nexla.reactive.sources;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.core.json.NexlaJson;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Body of {@code PUT /data_sources/{id}}: fields left {@code null} are not sent and stay unchanged. Start with
 * {@link #builder()} for a partial update, or with {@link #builder(Source)} to send back everything a fetched
 * source holds (fields unknown to this client included) with some fields changed.
 *
 * <pre>{@code
 * SourceUpdate.builder().description("nightly").field("poll_schedule", "daily").build();
 * }</pre>
 *
 * @param additionalProperties other top-level fields, sent as given
 */
public record SourceUpdate(
    @Nullable String name,
    @Nullable String description,
    @Nullable Map<String, Object> sourceConfig,
    @Nullable Long dataCredentialsId,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

  public SourceUpdate {
    additionalProperties = Models.unknownFields(additionalProperties);
  }

  /** A builder of an update that changes nothing yet. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from every field of {@code source}, unknown ones included. */
  public static Builder builder(Source source) {
    SourceUpdate all = NexlaJson.mapper().convertValue(source, SourceUpdate.class);
    Builder builder = new Builder();
    builder.name = all.name;
    builder.description = all.description;
    builder.sourceConfig = all.sourceConfig == null ? null : new LinkedHashMap<>(all.sourceConfig);
    builder.dataCredentialsId = all.dataCredentialsId;
    builder.extra.putAll(all.additionalProperties);
    return builder;
  }

  /** Builder of {@link SourceUpdate}. */
  public static final class Builder {
    private @Nullable String name;
    private @Nullable String description;
    private @Nullable Map<String, Object> sourceConfig;
    private @Nullable Long dataCredentialsId;
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

    /** Replaces the whole {@code source_config}. */
    public Builder sourceConfig(Map<String, ?> sourceConfig) {
      this.sourceConfig = new LinkedHashMap<>(sourceConfig);
      return this;
    }

    /**
     * Sets one key of the {@code source_config} to send (after {@link SourceUpdate#builder(Source)}, of the
     * source's own config); the config is sent whole.
     */
    public Builder config(String key, Object value) {
      if (sourceConfig == null) {
        sourceConfig = new LinkedHashMap<>();
      }
      sourceConfig.put(key, value);
      return this;
    }

    /** The credential the source reads with. */
    public Builder dataCredentialsId(long dataCredentialsId) {
      this.dataCredentialsId = dataCredentialsId;
      return this;
    }

    /** Any other top-level field, sent as given ({@code null} as JSON {@code null}). */
    public Builder field(String name, @Nullable Object value) {
      extra.put(name, value);
      return this;
    }

    public SourceUpdate build() {
      return new SourceUpdate(name, description, sourceConfig, dataCredentialsId, extra);
    }
  }
}
