package io.nexla.reactive.benchmarks;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code --key value} options of a scenario, with defaults given where they are read. */
public final class Args {

  private final Map<String, String> values = new LinkedHashMap<>();

  private Args() {}

  /** Parses {@code --key value} pairs; a {@code --flag} followed by another option or nothing means "true". */
  public static Args parse(String[] args, int from) {
    Args parsed = new Args();
    for (int i = from; i < args.length; i++) {
      String arg = args[i];
      if (!arg.startsWith("--")) {
        throw new IllegalArgumentException("Expected --key value, got: " + arg);
      }
      String key = arg.substring(2);
      int eq = key.indexOf('=');
      if (eq > 0) {
        parsed.values.put(key.substring(0, eq), key.substring(eq + 1));
      } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
        parsed.values.put(key, args[++i]);
      } else {
        parsed.values.put(key, "true");
      }
    }
    return parsed;
  }

  public int integer(String key, int defaultValue) {
    String v = values.get(key);
    return v == null ? defaultValue : Integer.parseInt(v.replace("_", ""));
  }

  public long longValue(String key, long defaultValue) {
    String v = values.get(key);
    return v == null ? defaultValue : Long.parseLong(v.replace("_", ""));
  }

  public boolean flag(String key, boolean defaultValue) {
    String v = values.get(key);
    return v == null ? defaultValue : Boolean.parseBoolean(v);
  }

  public String string(String key, String defaultValue) {
    return values.getOrDefault(key, defaultValue);
  }

  /** A duration such as {@code 20ms}, {@code 60s} or {@code 2m}. */
  public Duration duration(String key, Duration defaultValue) {
    String v = values.get(key);
    return v == null ? defaultValue : parseDuration(v);
  }

  static Duration parseDuration(String text) {
    String t = text.trim();
    if (t.endsWith("ms")) {
      return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
    }
    if (t.endsWith("s")) {
      return Duration.ofMillis(Math.round(Double.parseDouble(t.substring(0, t.length() - 1)) * 1000));
    }
    if (t.endsWith("m")) {
      return Duration.ofSeconds(Long.parseLong(t.substring(0, t.length() - 1)) * 60);
    }
    return Duration.ofMillis(Long.parseLong(t));
  }

  /** The options as given, for the JSON report. */
  public Map<String, String> asMap() {
    return Map.copyOf(values);
  }
}
