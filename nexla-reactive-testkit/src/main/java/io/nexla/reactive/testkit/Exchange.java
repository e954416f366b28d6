package io.nexla.reactive.testkit;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** A parsed request as routes see it. */
record Exchange(
    String method,
    String path,
    Map<String, String> vars,
    Map<String, List<String>> query,
    Map<String, String> headers,
    @Nullable JsonNode body,
    String baseUrl,
    String rootUrl) {

  @Nullable String query(String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** {@code 1/true/True} are true, {@code 0/false/False} (or absent) false. */
  boolean flag(String name) {
    String value = query(name);
    return value != null && (value.equals("1") || value.toLowerCase(Locale.ROOT).equals("true"));
  }

  int intQuery(String name, int fallback) {
    String value = query(name);
    if (value == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  String var(String name) {
    String value = vars.get(name);
    if (value == null) {
      throw new IllegalStateException("No path variable " + name);
    }
    return value;
  }

  /** The {@code {id}} path variable as a number, or -1 when it is not numeric. */
  long id(String name) {
    try {
      return Long.parseLong(var(name));
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
