package io.nexla.reactive.nexsets;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.core.json.NexlaJson;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Body of {@code PUT /data_sets/{id}}: fields left {@code null} are not sent and stay unchanged. Start with
 * {@link #builder()} for a partial update, or with {@link #builder(Nexset)} to send back everything a fetched
 * nexset holds (fields unknown to this client included) with some fields changed.
 *
 * @param additionalProperties other top-level fields, sent as given
 */
public record NexsetUpdate(
    @Nullable String name,
    @Nullable String description,
    @Nullable Map<String, Object> transform,
    @Nullable Long transformId,
    @Nullable Map<String, Object> outputSchemaAnnotations,
    @Nullable Boolean outputSchemaValidationEnabled,
    @Nullable Map<String, Object> outputValidationSchema,
    @Nullable Map<String, Object> customConfig,
    @Nullable List<String> tags,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

  public NexsetUpdate {
    tags = tags == null ? null : List.copyOf(tags);
    additionalProperties = Models.unknownFields(additionalProperties);
  }

  /** A builder of an update that changes nothing yet. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from every field of {@code nexset}, unknown ones included. */
  public static Builder builder(Nexset nexset) {
    NexsetUpdate all = NexlaJson.mapper().convertValue(nexset, NexsetUpdate.class);
    Builder builder = new Builder();
    builder.name = all.name;
    builder.description = all.description;
    builder.transform = all.transform;
    builder.transformId = all.transformId;
    builder.outputSchemaAnnotations = all.outputSchemaAnnotations;
    builder.outputSchemaValidationEnabled = all.outputSchemaValidationEnabled;
    builder.outputValidationSchema = all.outputValidationSchema;
    builder.customConfig = all.customConfig;
    builder.tags = all.tags;
    builder.extra.putAll(all.additionalProperties);
    return builder;
  }

  /** Builder of {@link NexsetUpdate}. */
  public static final class Builder {
    private @Nullable String name;
    private @Nullable String description;
    private @Nullable Map<String, Object> transform;
    private @Nullable Long transformId;
    private @Nullable Map<String, Object> outputSchemaAnnotations;
    private @Nullable Boolean outputSchemaValidationEnabled;
    private @Nullable Map<String, Object> outputValidationSchema;
    private @Nullable Map<String, Object> customConfig;
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

    /** A new inline transform (e.g. {@code {"version": 1, "operations": [...]}}). */
    public Builder transform(Map<String, ?> transform) {
      this.transform = new LinkedHashMap<>(transform);
      return this;
    }

    /** A reusable transform by id. */
    public Builder transformId(long transformId) {
      this.transformId = transformId;
      return this;
    }

    public Builder outputSchemaAnnotations(Map<String, ?> annotations) {
      this.outputSchemaAnnotations = new LinkedHashMap<>(annotations);
      return this;
    }

    /** Turns validation of output records against the validation schema on or off. */
    public Builder outputSchemaValidationEnabled(boolean enabled) {
      this.outputSchemaValidationEnabled = enabled;
      return this;
    }

    /** A new schema output records are validated against (sent as given; does not turn validation on). */
    public Builder outputValidationSchema(Map<String, ?> schema) {
      this.outputValidationSchema = new LinkedHashMap<>(schema);
      return this;
    }

    public Builder customConfig(Map<String, ?> customConfig) {
      this.customConfig = new LinkedHashMap<>(customConfig);
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

    public NexsetUpdate build() {
      return new NexsetUpdate(name, description, transform, transformId, outputSchemaAnnotations,
          outputSchemaValidationEnabled, outputValidationSchema, customConfig, tags, extra);
    }
  }
}
