package io.nexla.reactive.runtimes;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.internal.RequestText;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Body of {@code PUT /runtimes/{id}}: only the fields set are sent, so only they change. Start with
 * {@link #builder()}.
 *
 * @param name the runtime's name (a new name)
 * @param description a description
 * @param active whether the runtime is active
 * @param dockerpath the container image, e.g. {@code nexla/python:3.11}
 * @param managed whether Nexla manages the runtime
 * @param config runtime settings, sent as given
 * @param additionalProperties other top-level fields, sent as given
 */
public record RuntimeUpdate(
    @Nullable String name,
    @Nullable String description,
    @Nullable Boolean active,
    @Nullable String dockerpath,
    @Nullable Boolean managed,
    @Nullable Map<String, Object> config,
    @JsonAnyGetter Map<String, Object> additionalProperties) {

  public RuntimeUpdate {
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

  /** Builder of {@link RuntimeUpdate}: every field optional. */
  public static final class Builder extends RuntimeFieldsBuilder<Builder> {
    private @Nullable String name;

    private Builder() {
    }

    /** A new name. */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    public RuntimeUpdate build() {
      return new RuntimeUpdate(name, description, active, dockerpath, managed, config, extra);
    }
  }
}
