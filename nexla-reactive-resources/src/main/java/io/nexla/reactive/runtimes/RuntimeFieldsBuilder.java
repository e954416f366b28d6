package io.nexla.reactive.runtimes;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The setters {@link RuntimeCreate.Builder} and {@link RuntimeUpdate.Builder} share: the optional fields of both
 * bodies and {@code field(name, value)}. Each builder adds its own way to set the name and its {@code build()}.
 *
 * @param <B> the concrete builder, returned by every setter
 */
abstract class RuntimeFieldsBuilder<B extends RuntimeFieldsBuilder<B>> {
  @Nullable String description;
  @Nullable Boolean active;
  @Nullable String dockerpath;
  @Nullable Boolean managed;
  @Nullable Map<String, Object> config;
  final Map<String, Object> extra = new LinkedHashMap<>();

  RuntimeFieldsBuilder() {
  }

  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }

  public B description(String description) {
    this.description = description;
    return self();
  }

  public B active(boolean active) {
    this.active = active;
    return self();
  }

  public B dockerpath(String dockerpath) {
    this.dockerpath = dockerpath;
    return self();
  }

  public B managed(boolean managed) {
    this.managed = managed;
    return self();
  }

  /** Replaces the whole {@code config}, sent as given. */
  public B config(Map<String, ?> config) {
    this.config = Collections.unmodifiableMap(new LinkedHashMap<>(config));
    return self();
  }

  /** Any other top-level field, sent as given ({@code null} is sent as JSON {@code null}). */
  public B field(String name, @Nullable Object value) {
    extra.put(name, value);
    return self();
  }
}
