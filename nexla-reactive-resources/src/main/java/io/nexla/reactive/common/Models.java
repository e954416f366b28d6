package io.nexla.reactive.common;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Helpers for model records: defensive, null-tolerant copies. */
public final class Models {

  private Models() {}

  /** An unmodifiable copy of the unknown fields of a model, preserving order and {@code null} values. */
  public static Map<String, Object> unknownFields(@Nullable Map<String, Object> fields) {
    return fields == null || fields.isEmpty()
        ? Map.of()
        : Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /** An unmodifiable copy of a list, empty for {@code null}; {@code null} elements are kept. */
  public static <T> List<T> list(@Nullable List<T> list) {
    return list == null || list.isEmpty() ? List.of() : Collections.unmodifiableList(new java.util.ArrayList<>(list));
  }

  /** An unmodifiable copy of a free-form map, empty for {@code null}. */
  public static Map<String, Object> map(@Nullable Map<String, Object> map) {
    return unknownFields(map);
  }
}
