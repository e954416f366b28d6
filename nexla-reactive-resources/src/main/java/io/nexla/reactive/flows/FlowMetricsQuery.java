package io.nexla.reactive.flows;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Which run metrics of a resource's flow to read ({@code GET /{rt}/{id}/flow/metrics}). Dates are sent as
 * {@code YYYY-MM-DD}; a field left {@code null} is not sent.
 *
 * @param from first day
 * @param to last day
 * @param groupBy grouping, e.g. {@code runId}
 * @param orderBy ordering, {@code runId} or {@code created_at}
 * @param page page number (1-based)
 * @param perPage entries per page
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

  /** Metrics of the days from {@code from} to {@code to}. */
  public static FlowMetricsQuery between(LocalDate from, LocalDate to) {
    return new FlowMetricsQuery(from, to, null, null, null, null);
  }

  /** Metrics grouped per run. */
  public FlowMetricsQuery byRun() {
    return new FlowMetricsQuery(from, to, "runId", orderBy, page, perPage);
  }

  public FlowMetricsQuery withOrderBy(String orderBy) {
    return new FlowMetricsQuery(from, to, groupBy, orderBy, page, perPage);
  }

  public FlowMetricsQuery withPage(int page, int perPage) {
    return new FlowMetricsQuery(from, to, groupBy, orderBy, page, perPage);
  }
}
