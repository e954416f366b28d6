package io.nexla.reactive.coverage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The protocol's operation list ({@code operations.csv}, copied from the protocol specification). */
final class OperationsCatalog {

  private static final List<OperationRow> ROWS = load();

  private OperationsCatalog() {}

  static List<OperationRow> rows() {
    return ROWS;
  }

  static List<OperationRow> rows(String group) {
    return ROWS.stream().filter(r -> r.group().equals(group)).toList();
  }

  /** Declined rows of a group: operation → reason, from {@code api-coverage-exclusions/<group>.csv}. */
  static Map<String, String> exclusions(String group) {
    Map<String, String> result = new LinkedHashMap<>();
    try (InputStream in = OperationsCatalog.class.getResourceAsStream("/api-coverage-exclusions/" + group + ".csv")) {
      if (in == null) {
        return result;
      }
      new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .forEach(l -> {
            int comma = l.indexOf(',');
            result.put(l.substring(0, comma).trim(), l.substring(comma + 1).trim());
          });
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<OperationRow> load() {
    try (InputStream in = OperationsCatalog.class.getResourceAsStream("/operations.csv")) {
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
          .skip(1).filter(l -> !l.isBlank()).map(OperationRow::parse).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
