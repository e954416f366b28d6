package io.nexla.reactive.metrics;

import org.jspecify.annotations.Nullable;

/**
 * Query of {@code GET /{rt}/{id}/metrics/run_summary}; {@code null} parts are not sent. Note this endpoint pages
 * with {@code size}, not {@code per_page}.
 *
 * @param groupBy {@code runId} or {@code lastWritten}
 * @param orderBy {@code runId} or {@code lastWritten}
 */
public record RunMetricsQuery(
    @Nullable String groupBy, @Nullable String orderBy, @Nullable Integer page, @Nullable Integer size) {

  /** No grouping, ordering or paging: the server defaults. */
  public static final RunMetricsQuery DEFAULTS = new RunMetricsQuery(null, null, null, null);

  public static final String RUN_ID = "runId";
  public static final String LAST_WRITTEN = "lastWritten";

  public RunMetricsQuery withGroupBy(String field) {
    return new RunMetricsQuery(field, orderBy, page, size);
  }

  public RunMetricsQuery withOrderBy(String field) {
    return new RunMetricsQuery(groupBy, field, page, size);
  }

  /** One page (1-based) of {@code pageSize} runs. */
  public RunMetricsQuery withPage(int pageNumber, int pageSize) {
    return new RunMetricsQuery(groupBy, orderBy, pageNumber, pageSize);
  }
}
