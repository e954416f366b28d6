package io.nexla.reactive.credentials;

import org.jspecify.annotations.Nullable;

/**
 * What to list when probing the storage behind a credential: {@code depth} levels under {@code path} (file
 * systems) or under {@code database}/{@code table} (databases). Fields left {@code null} are not sent.
 */
public record ProbeTreeRequest(
    int depth, @Nullable String path, @Nullable String database, @Nullable String table) {

  /** {@code depth} levels under a file-system path. */
  public static ProbeTreeRequest path(String path, int depth) {
    return new ProbeTreeRequest(depth, path, null, null);
  }

  /** {@code depth} levels under a database (and optionally one table). */
  public static ProbeTreeRequest database(String database, @Nullable String table, int depth) {
    return new ProbeTreeRequest(depth, null, database, table);
  }
}
