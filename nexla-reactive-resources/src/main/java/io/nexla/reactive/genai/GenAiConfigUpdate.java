package io.nexla.reactive.genai;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.internal.RequestText;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Body of {@code PUT /gen_ai_integration_configs/{id}}: only the fields set are sent, so only they change. Start
 * with {@link #builder()}.
 *
 * @param name a new name
 * @param description a new description
 * @param status {@code active} or {@code paused} (lower case)
 * @param config new provider settings, sent as given
 * @param type a new provider
 * @param dataCredentialsId a new credential
 * @param additionalProperties other top-level fields, sent as given
 */
public record GenAiConfigUpdate(
    @Nullable String name,
    @Nullable String description,
    @Nullable String status,
    @Nullable Map<String, Object> config,
    @Nullable GenAiConfigType type,
    @Nullable Long dataCredentialsId,
    @JsonAnyGetter Map<String, Object> additionalProperties) {

  public GenAiConfigUpdate {
    additionalProperties = Models.unknownFields(additionalProperties);
  }

  /** A builder changing nothing yet. */
  public static Builder builder() {
    return new Builder();
  }

  /** Names the fields set, never their values (configurations may hold secrets). */
  @Override
  public String toString() {
    return RequestText.namesOfSetFields(this);
  }

  /** Builder of {@link GenAiConfigUpdate}. */
  public static final class Builder {
    private @Nullable String name;
    private @Nullable String description;
    private @Nullable String status;
    private @Nullable Map<String, Object> config;
    private @Nullable GenAiConfigType type;
    private @Nullable Long dataCredentialsId;
    private final Map<String, Object> extra = new LinkedHashMap<>();

    private Builder() {
    }

    public Builder name(String name) {
      this.name = name;
      return this;
    }

    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /** {@code active} or {@code paused} (lower case, as the API reads it). */
    public Builder status(String status) {
      this.status = status;
      return this;
    }

    /** Replaces the whole {@code config}. */
    public Builder config(Map<String, ?> config) {
      this.config = Collections.unmodifiableMap(new LinkedHashMap<>(config));
      return this;
    }

    public Builder type(GenAiConfigType type) {
      this.type = type;
      return this;
    }

    public Builder dataCredentialsId(long dataCredentialsId) {
      this.dataCredentialsId = dataCredentialsId;
      return this;
    }

    /** Any other top-level field, sent as given ({@code null} is sent as JSON {@code null}). */
    public Builder field(String name, @Nullable Object value) {
      extra.put(name, value);
      return this;
    }

    public GenAiConfigUpdate build() {
      return new GenAiConfigUpdate(name, description, status, config, type, dataCredentialsId, extra);
    }
  }
}
