package io.nexla.reactive.coverage;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** One row of {@code operations.csv}: a protocol operation a complete client offers. */
public record OperationRow(
    String group, String operation, String verb, String path, List<String> query, String body, String response,
    String source) {

  static OperationRow parse(String line) {
    String[] f = line.split(",", -1);
    List<String> q = f[4].isEmpty() ? List.of() : Arrays.asList(f[4].split(";"));
    return new OperationRow(f[0], f[1], f[2], f[3], q, f[5], f[6], f[7]);
  }

  /** Whether any query parameter is allowed ({@code *} in the row). */
  boolean anyQueryAllowed() {
    return query.contains("*");
  }

  /** A regex for request paths (below the base path) that match this row's template. */
  Pattern pathPattern() {
    if (path.equals("{webhook_url}")) {
      return Pattern.compile(".*");
    }
    String regex = Pattern.quote(path)
        .replace("{rt}", "\\E(data_sources|data_sets|data_sinks)\\Q")
        .replaceAll("\\{[a-z_]+}", "\\\\E[^/]+\\\\Q");
    return Pattern.compile(regex);
  }

  @Override
  public String toString() {
    return group + "." + operation + " " + verb + " " + path + " [" + source + "]";
  }
}
