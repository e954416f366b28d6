package io.nexla.reactive.common;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Filters of an audit-log query. Every field is optional.
 *
 * @param from first day (sent as {@code YYYY-MM-DD})
 * @param to last day (sent as {@code YYYY-MM-DD})
 * @param eventFilter e.g. {@code update}
 * @param changeFilter a changed field name, e.g. {@code status}
 */
public record AuditLogQuery(
    @Nullable LocalDate from, @Nullable LocalDate to, @Nullable String eventFilter, @Nullable String changeFilter) {

  /** No filter: the whole log. */
  public static final AuditLogQuery ALL = new AuditLogQuery(null, null, null, null);

  /** Entries between two days, inclusive. */
  public static AuditLogQuery between(LocalDate from, LocalDate to) {
    return new AuditLogQuery(from, to, null, null);
  }
}
