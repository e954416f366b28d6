package io.nexla.reactive.metrics;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Query of {@code GET /{rt}/{id}/flow/metrics}. Days are sent as {@code YYYY-MM-DD}; {@code null} parts are not
 * sent. Start with {@link #since(LocalDate)} and change parts with the {@code withX} methods.
 *
 * @param groupBy e.g. {@code runId}
 * @param orderBy {@code runId} or {@code created_at}
 */
public record FlowMetricsQuery(
    LocalDate from,
    @Nullable LocalDate to,
    @Nullable String groupBy,
    @Nullable String orderBy,
    @Nullable Integer page,
    @Nullable Integer perPage) {

  public FlowMetricsQuery {
    Objects.requireNonNull(from, "from");
  }

  /** Metrics from this day on. */
  public static FlowMetricsQuery since(LocalDate from) {
    return new FlowMetricsQuery(from, null, null, null, null, null);
  }

  public FlowMetricsQuery withTo(LocalDate day) {
    return new FlowMetricsQuery(from, day, groupBy, orderBy, page, perPage);
  }

  public FlowMetricsQuery withGroupBy(String field) {
    return new FlowMetricsQuery(from, to, field, orderBy, page, perPage);
  }

  public FlowMetricsQuery withOrderBy(String field) {
    return new FlowMetricsQuery(from, to, groupBy, field, page, perPage);
  }

  /** One page (1-based) of {@code perPage} entries. */
  public FlowMetricsQuery withPage(int pageNumber, int size) {
    return new FlowMetricsQuery(from, to, groupBy, orderBy, pageNumber, size);
  }
}
