package io.nexla.reactive.genai;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.internal.RequestText;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Body of {@code POST /gen_ai_integration_configs}: a name, a provider type, its settings and the credential
 * holding its key are required; fields left {@code null} are not sent.
 *
 * @param name the configuration's name
 * @param type the provider, e.g. {@code genai_openai}
 * @param config the provider's settings (e.g. the model), sent as given
 * @param dataCredentialsId the credential holding the provider's key
 * @param description a description
 * @param additionalProperties other top-level fields, sent as given
 */
public record GenAiConfigCreate(
    String name,
    GenAiConfigType type,
    Map<String, Object> config,
    long dataCredentialsId,
    @Nullable String description,
    @JsonAnyGetter Map<String, Object> additionalProperties) {

  public GenAiConfigCreate {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(config, "config");
    additionalProperties = Models.unknownFields(additionalProperties);
  }

  /** A builder with everything a create needs. */
  public static Builder builder(String name, GenAiConfigType type, Map<String, ?> config, long dataCredentialsId) {
    return new Builder(name, type, config, dataCredentialsId);
  }

  /** Names the fields set, never their values (configurations may hold secrets). */
  @Override
  public String toString() {
    return RequestText.namesOfSetFields(this);
  }

  /** Builder of {@link GenAiConfigCreate}. */
  public static final class Builder {
    private final String name;
    private final GenAiConfigType type;
    private final Map<String, Object> config;
    private final long dataCredentialsId;
    private @Nullable String description;
    private final Map<String, Object> extra = new LinkedHashMap<>();

    private Builder(String name, GenAiConfigType type, Map<String, ?> config, long dataCredentialsId) {
      this.name = name;
      this.type = type;
      this.config = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(config, "config")));
      this.dataCredentialsId = dataCredentialsId;
    }

    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /** Any other top-level field, sent as given ({@code null} is sent as JSON {@code null}). */
    public Builder field(String name, @Nullable Object value) {
      extra.put(name, value);
      return this;
    }

    public GenAiConfigCreate build() {
      return new GenAiConfigCreate(name, type, config, dataCredentialsId, description, extra);
    }
  }
}
