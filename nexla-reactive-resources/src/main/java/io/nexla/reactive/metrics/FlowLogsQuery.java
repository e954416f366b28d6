package io.nexla.reactive.metrics;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Query of {@code GET /{rt}/{id}/flow/logs}: the logs of one run within a time range. Times are sent as epoch
 * milliseconds, as this endpoint expects. Start with {@link #of(long, Instant)}.
 */
public record FlowLogsQuery(
    long runId,
    Instant from,
    @Nullable Instant to,
    @Nullable Integer page,
    @Nullable Integer perPage) {

  public FlowLogsQuery {
    Objects.requireNonNull(from, "from");
  }

  /** Logs of run {@code runId} from {@code from} on. */
  public static FlowLogsQuery of(long runId, Instant from) {
    return new FlowLogsQuery(runId, from, null, null, null);
  }

  public FlowLogsQuery withTo(Instant until) {
    return new FlowLogsQuery(runId, from, until, page, perPage);
  }

  /** One page (1-based) of {@code perPage} entries. */
  public FlowLogsQuery withPage(int pageNumber, int size) {
    return new FlowLogsQuery(runId, from, to, pageNumber, size);
  }
}
