package io.nexla.reactive.runtimes;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import io.nexla.reactive.common.Models;
import io.nexla.reactive.internal.RequestText;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Body of {@code POST /runtimes}: {@code name} is required, fields left {@code null} are not sent. Keys the model
 * does not name (e.g. {@code language}, {@code version}) go through the {@link Builder}'s
 * {@code field(name, value)}.
 *
 * <pre>{@code
 * RuntimeCreate py = RuntimeCreate.builder("py311").dockerpath("nexla/python:3.11")
 *     .field("language", "python").build();
 * }</pre>
 *
 * @param name the runtime's name
 * @param description a description
 * @param active whether the runtime is active
 * @param dockerpath the container image, e.g. {@code nexla/python:3.11}
 * @param managed whether Nexla manages the runtime
 * @param config runtime settings, sent as given
 * @param additionalProperties other top-level fields, sent as given
 */
public record RuntimeCreate(
    String name,
    @Nullable String description,
    @Nullable Boolean active,
    @Nullable String dockerpath,
    @Nullable Boolean managed,
    @Nullable Map<String, Object> config,
    @JsonAnyGetter Map<String, Object> additionalProperties) {

  public RuntimeCreate {
    Objects.requireNonNull(name, "name");
    additionalProperties = Models.unknownFields(additionalProperties);
  }

  /** A builder for a runtime of this name. */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** Names the fields set, never their values (configurations may hold secrets). */
  @Override
  public String toString() {
    return RequestText.namesOfSetFields(this);
  }

  /** Builder of {@link RuntimeCreate}: the name it was started with, and the optional fields set. */
  public static final class Builder extends RuntimeFieldsBuilder<Builder> {
    private final String name;

    private Builder(String name) {
      this.name = name;
    }

    public RuntimeCreate build() {
      return new RuntimeCreate(name, description, active, dockerpath, managed, config, extra);
    }
  }
}
