package io.nexla.reactive.flows;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Which log lines of one run of a resource's flow to read ({@code GET /{rt}/{id}/flow/logs}). Times are sent as
 * Unix milliseconds.
 *
 * @param runId the run
 * @param from earliest time
 * @param to latest time, or {@code null}
 * @param page page number (1-based), or {@code null}
 * @param perPage lines per page, or {@code null}
 */
public record ResourceLogQuery(
    long runId, Instant from, @Nullable Instant to, @Nullable Integer page, @Nullable Integer perPage) {

  public ResourceLogQuery {
    Objects.requireNonNull(from, "from");
  }

  /** Lines of run {@code runId} between two instants. */
  public static ResourceLogQuery of(long runId, Instant from, Instant to) {
    return new ResourceLogQuery(runId, from, to, null, null);
  }

  public ResourceLogQuery withPage(int page, int perPage) {
    return new ResourceLogQuery(runId, from, to, page, perPage);
  }
}
