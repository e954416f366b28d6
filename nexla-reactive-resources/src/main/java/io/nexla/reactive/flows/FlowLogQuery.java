package io.nexla.reactive.flows;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Which log lines of a flow to read ({@code GET /flows/{id}/logs}). Times are sent as Unix seconds; a field left
 * {@code null} is not sent.
 *
 * @param from earliest time; {@code null} lets the server choose, as the official SDK allows
 * @param to latest time
 * @param severity only lines of this severity (e.g. {@code ERROR})
 * @param runId only lines of this run
 * @param page page number (1-based)
 * @param perPage lines per page
 */
public record FlowLogQuery(
    @Nullable Instant from,
    @Nullable Instant to,
    @Nullable String severity,
    @Nullable Long runId,
    @Nullable Integer page,
    @Nullable Integer perPage) {

  /** The lines the server answers without a time range. */
  public static FlowLogQuery latest() {
    return new FlowLogQuery(null, null, null, null, null, null);
  }

  /** Lines between two instants. */
  public static FlowLogQuery between(Instant from, Instant to) {
    return new FlowLogQuery(from, to, null, null, null, null);
  }

  public FlowLogQuery withSeverity(String severity) {
    return new FlowLogQuery(from, to, severity, runId, page, perPage);
  }

  public FlowLogQuery withRunId(long runId) {
    return new FlowLogQuery(from, to, severity, runId, page, perPage);
  }

  public FlowLogQuery withPage(int page, int perPage) {
    return new FlowLogQuery(from, to, severity, runId, page, perPage);
  }
}
