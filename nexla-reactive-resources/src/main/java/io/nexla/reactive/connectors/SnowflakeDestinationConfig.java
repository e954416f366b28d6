package io.nexla.reactive.connectors;

import java.util.List;
import java.util.Map;

/**
 * {@code sink_config} of a {@code snowflake} destination: the fully qualified table, and whether records are
 * merged (upserted by key columns) or appended.
 */
public final class SnowflakeDestinationConfig extends MapSettings {

  private SnowflakeDestinationConfig(Map<String, Object> values) {
    super(values);
  }

  /**
   * Merges records into {@code qualifiedTable} (e.g. {@code RAW.STAGING.ORDERS}) by {@code keyColumns}.
   *
   * @throws IllegalArgumentException when no key column is given, or the table is not {@code DB.SCHEMA.TABLE}
   */
  public static Builder merge(String qualifiedTable, String... keyColumns) {
    if (keyColumns.length == 0) {
      throw new IllegalArgumentException("A merge needs at least one key column");
    }
    for (String column : keyColumns) {
      if (column == null || column.isBlank()) {
        throw new IllegalArgumentException("Key columns must not be blank");
      }
    }
    return table(qualifiedTable).put("load_type", "merge").field("key_columns", List.of(keyColumns));
  }

  /**
   * Appends records to {@code qualifiedTable} (e.g. {@code RAW.STAGING.ORDERS}).
   *
   * @throws IllegalArgumentException when the table is not {@code DB.SCHEMA.TABLE}
   */
  public static Builder append(String qualifiedTable) {
    return table(qualifiedTable).put("load_type", "append");
  }

  private static Builder table(String qualifiedTable) {
    if (qualifiedTable == null || !qualifiedTable.matches("[^.\\s]+\\.[^.\\s]+\\.[^.\\s]+")) {
      throw new IllegalArgumentException("The table must be fully qualified as DATABASE.SCHEMA.TABLE");
    }
    return new Builder().put("table", qualifiedTable);
  }

  /** Builds {@link SnowflakeDestinationConfig}. */
  public static final class Builder extends Settings<Builder> {
    private Builder() {}

    /** The role the load runs as, e.g. {@code SYSADMIN} ({@code role}). */
    public Builder role(String role) {
      return put("role", role);
    }

    public SnowflakeDestinationConfig build() {
      return new SnowflakeDestinationConfig(snapshot());
    }
  }
}
