package io.nexla.reactive.sources;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.connectors.ConnectorConfig;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Request to create a source. Core connectors take a {@code source_config}; templated vendor APIs take a
 * {@code vendor_endpoint_id} and a {@code template_config}. Fields left {@code null} are not sent.
 *
 * <pre>{@code
 * SourceCreate s3 = SourceCreate.builder("Orders", SourceType.S3).dataCredentialsId(7)
 *     .config("path", "raw/orders/").config("file_format", "json").cron("0 * * * *").build();
 * }</pre>
 */
public record SourceCreate(
    String name,
    SourceType sourceType,
    @Nullable Long dataCredentialsId,
    @Nullable String description,
    @Nullable Map<String, Object> sourceConfig,
    @Nullable Long vendorEndpointId,
    @Nullable IngestMethod ingestMethod,
    @Nullable Map<String, Object> templateConfig,
    @JsonAnyGetter Map<String, Object> additionalProperties) {

  public SourceCreate {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(sourceType, "sourceType");
    additionalProperties = Models.unknownFields(additionalProperties);
  }

  /** A builder for a source of this name and connector type. */
  public static Builder builder(String name, SourceType sourceType) {
    return new Builder(name, sourceType);
  }

  /** Builder of {@link SourceCreate}. */
  public static final class Builder {
    private final String name;
    private final SourceType sourceType;
    private @Nullable Long dataCredentialsId;
    private @Nullable String description;
    private @Nullable Map<String, Object> sourceConfig;
    private @Nullable Long vendorEndpointId;
    private @Nullable IngestMethod ingestMethod;
    private @Nullable Map<String, Object> templateConfig;
    private final Map<String, Object> extra = new LinkedHashMap<>();

    private Builder(String name, SourceType sourceType) {
      this.name = name;
      this.sourceType = sourceType;
    }

    /** The credential the source reads with. */
    public Builder dataCredentialsId(long id) {
      this.dataCredentialsId = id;
      return this;
    }

    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /** Replaces the whole {@code source_config}. */
    public Builder sourceConfig(Map<String, ?> config) {
      this.sourceConfig = new LinkedHashMap<>(config);
      return this;
    }

    /** Sets every key of typed connector settings (e.g. {@code S3SourceConfig}) in {@code source_config}. */
    public Builder config(ConnectorConfig config) {
      config.toMap().forEach(this::config);
      return this;
    }

    /** Sets one {@code source_config} key (as given, e.g. {@code path}, {@code file_format}). */
    public Builder config(String key, Object value) {
      if (sourceConfig == null) {
        sourceConfig = new LinkedHashMap<>();
      }
      sourceConfig.put(key, value);
      return this;
    }

    /** Polls on a cron schedule: {@code source_config."start.cron"}, e.g. {@code "0 * * * *"} for hourly. */
    public Builder cron(String cronExpression) {
      return config("start.cron", cronExpression);
    }

    /** The vendor endpoint of a templated API source. */
    public Builder vendorEndpointId(long id) {
      this.vendorEndpointId = id;
      return this;
    }

    public Builder ingestMethod(IngestMethod ingestMethod) {
      this.ingestMethod = ingestMethod;
      return this;
    }

    /** The {@code template_config} of a templated API source. */
    public Builder templateConfig(Map<String, ?> templateConfig) {
      this.templateConfig = new LinkedHashMap<>(templateConfig);
      return this;
    }

    /** The {@code template_config} of a templated REST source. */
    public Builder templateConfig(RestApiTemplate template) {
      return templateConfig(template.toMap());
    }

    /** Any other top-level field, sent as given. */
    public Builder field(String name, @Nullable Object value) {
      extra.put(name, value);
      return this;
    }

    public SourceCreate build() {
      return new SourceCreate(name, sourceType, dataCredentialsId, description, sourceConfig, vendorEndpointId,
          ingestMethod, templateConfig, extra);
    }
  }
}
