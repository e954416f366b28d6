package io.nexla.reactive.runtimes;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Body of a runtime create ({@code name} required) or update. Fields left {@code null} are not sent; further keys
 * the server accepts (e.g. {@code language}, {@code version}) go in {@link Builder#property(String, Object)}.
 */
public record RuntimeInput(
    @Nullable String name,
    @Nullable String description,
    @Nullable Boolean active,
    @Nullable String dockerpath,
    @Nullable Boolean managed,
    @Nullable Map<String, Object> config,
    @JsonAnyGetter Map<String, Object> additionalProperties) {

  public RuntimeInput {
    config = config == null ? null : Map.copyOf(config);
    additionalProperties = additionalProperties == null ? Map.of() : Map.copyOf(additionalProperties);
  }

  /** A builder for a create: a runtime with this name. */
  public static Builder create(String name) {
    return new Builder().name(name);
  }

  /** A builder for an update (nothing set). */
  public static Builder update() {
    return new Builder();
  }

  /** Builder of {@link RuntimeInput}. */
  public static final class Builder {
    private @Nullable String name;
    private @Nullable String description;
    private @Nullable Boolean active;
    private @Nullable String dockerpath;
    private @Nullable Boolean managed;
    private @Nullable Map<String, Object> config;
    private final Map<String, Object> more = new LinkedHashMap<>();

    private Builder() {}

    public Builder name(String name) {
      this.name = name;
      return this;
    }

    public Builder description(String description) {
      this.description = description;
      return this;
    }

    public Builder active(boolean active) {
      this.active = active;
      return this;
    }

    public Builder dockerpath(String dockerpath) {
      this.dockerpath = dockerpath;
      return this;
    }

    public Builder managed(boolean managed) {
      this.managed = managed;
      return this;
    }

    public Builder config(Map<String, Object> config) {
      this.config = config;
      return this;
    }

    /** A further body field sent as given. */
    public Builder property(String name, Object value) {
      more.put(name, value);
      return this;
    }

    public RuntimeInput build() {
      return new RuntimeInput(name, description, active, dockerpath, managed, config, more);
    }
  }
}
