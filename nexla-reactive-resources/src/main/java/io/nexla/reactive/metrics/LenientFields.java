package io.nexla.reactive.metrics;

import io.nexla.reactive.core.json.NexlaJson;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;

/**
 * Decodes the fields of a metrics answer whose shape the server does not keep fixed. A field that fits its typed
 * model is taken out of the map; one that does not stays in the map, so it ends up, untouched, among the answer's
 * additional properties instead of failing the whole answer.
 */
final class LenientFields {

  private final Map<String, Object> rest;

  LenientFields(Map<String, Object> json) {
    this.rest = new LinkedHashMap<>(json);
  }

  <T> @Nullable T take(String key, Class<T> type) {
    Object value = rest.get(key);
    if (value != null && !fitsScalar(value, type)) {
      return null;
    }
    return take(key, NexlaJson.mapper().constructType(type));
  }

  <T> @Nullable T take(String key, TypeReference<T> type) {
    return take(key, NexlaJson.mapper().constructType(type));
  }

  private <T> @Nullable T take(String key, tools.jackson.databind.JavaType type) {
    Object value = rest.get(key);
    if (value == null) {
      rest.remove(key);
      return null;
    }
    try {
      T typed = NexlaJson.mapper().convertValue(value, type);
      rest.remove(key);
      return typed;
    } catch (JacksonException | IllegalArgumentException e) {
      return null;
    }
  }

  /** Text only from a JSON string: a number or object sent where text belongs is kept raw, not turned into text. */
  private static boolean fitsScalar(Object value, Class<?> type) {
    return type != String.class || value instanceof String;
  }

  /** Whatever was not taken, or did not fit. */
  Map<String, Object> rest() {
    return rest;
  }
}
