package io.nexla.reactive.nexsets;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import io.nexla.reactive.common.Models;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Request to create a derived nexset from {@code parentDataSetId}, transformed by an inline {@code transform} or a
 * reusable {@code transform_id}. {@code output_schema_validation_enabled}, {@code data_sinks} and {@code tags} are
 * always sent (defaults {@code false}, {@code []}, {@code []}); other fields only when set.
 */
public record NexsetCreate(
    String name,
    long parentDataSetId,
    boolean hasCustomTransform,
    @Nullable Map<String, Object> transform,
    @Nullable Long transformId,
    @Nullable String description,
    @Nullable Map<String, Object> outputSchemaAnnotations,
    boolean outputSchemaValidationEnabled,
    @Nullable Map<String, Object> outputValidationSchema,
    List<Object> dataSinks,
    @Nullable Map<String, Object> customConfig,
    List<String> tags,
    @JsonAnyGetter Map<String, Object> additionalProperties) {

  public NexsetCreate {
    Objects.requireNonNull(name, "name");
    dataSinks = Models.list(dataSinks);
    tags = Models.list(tags);
    additionalProperties = Models.unknownFields(additionalProperties);
  }

  /** A builder of a nexset derived from {@code parentDataSetId}. */
  public static Builder builder(String name, long parentDataSetId) {
    return new Builder(name, parentDataSetId);
  }

  /** Builder of {@link NexsetCreate}. */
  public static final class Builder {
    private final String name;
    private final long parentDataSetId;
    private boolean hasCustomTransform;
    private @Nullable Map<String, Object> transform;
    private @Nullable Long transformId;
    private @Nullable String description;
    private @Nullable Map<String, Object> outputSchemaAnnotations;
    private boolean outputSchemaValidationEnabled;
    private @Nullable Map<String, Object> outputValidationSchema;
    private final List<Object> dataSinks = new ArrayList<>();
    private @Nullable Map<String, Object> customConfig;
    private final List<String> tags = new ArrayList<>();
    private final Map<String, Object> extra = new LinkedHashMap<>();

    private Builder(String name, long parentDataSetId) {
      this.name = name;
      this.parentDataSetId = parentDataSetId;
    }

    /** An inline transform (e.g. {@code {"version": 1, "operations": [...]}}); sets {@code has_custom_transform}. */
    public Builder transform(Map<String, ?> transform) {
      this.transform = new LinkedHashMap<>(transform);
      this.hasCustomTransform = true;
      return this;
    }

    /** A reusable transform by id. */
    public Builder transformId(long transformId) {
      this.transformId = transformId;
      return this;
    }

    /** Overrides {@code has_custom_transform}. */
    public Builder hasCustomTransform(boolean hasCustomTransform) {
      this.hasCustomTransform = hasCustomTransform;
      return this;
    }

    public Builder description(String description) {
      this.description = description;
      return this;
    }

    public Builder outputSchemaAnnotations(Map<String, ?> annotations) {
      this.outputSchemaAnnotations = new LinkedHashMap<>(annotations);
      return this;
    }

    /** Validates output records against {@code schema}. */
    public Builder outputValidationSchema(Map<String, ?> schema) {
      this.outputValidationSchema = new LinkedHashMap<>(schema);
      this.outputSchemaValidationEnabled = true;
      return this;
    }

    /** A destination (by id) to attach. */
    public Builder dataSink(long destinationId) {
      dataSinks.add(destinationId);
      return this;
    }

    public Builder customConfig(Map<String, ?> customConfig) {
      this.customConfig = new LinkedHashMap<>(customConfig);
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

    public NexsetCreate build() {
      return new NexsetCreate(name, parentDataSetId, hasCustomTransform, transform, transformId, description,
          outputSchemaAnnotations, outputSchemaValidationEnabled, outputValidationSchema, dataSinks, customConfig,
          tags, extra);
    }
  }
}
