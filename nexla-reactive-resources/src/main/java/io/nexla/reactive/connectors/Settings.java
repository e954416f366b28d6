package io.nexla.reactive.connectors;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The map every connector settings builder writes into: keys in the order set, blank required values refused. */
abstract class Settings<B extends Settings<B>> {

  private final Map<String, Object> values = new LinkedHashMap<>();

  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }

  /** Any other config key, sent as given ({@code null} removes it). */
  public B field(String name, @Nullable Object value) {
    Objects.requireNonNull(name, "name");
    if (value == null) {
      values.remove(name);
    } else {
      values.put(name, value);
    }
    return self();
  }

  final B put(String key, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(key + " must not be blank");
    }
    values.put(key, value);
    return self();
  }

  final Map<String, Object> snapshot() {
    return Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }
}
