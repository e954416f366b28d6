package io.nexla.reactive.metrics;

import io.nexla.reactive.common.ClientHandle;
import io.nexla.reactive.flows.FlowResourceType;
import io.nexla.reactive.common.GroupClient;
import io.nexla.reactive.core.http.NexlaRequest;
import io.nexla.reactive.internal.ClientContext;
import io.nexla.reactive.internal.ResourceOperations;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * Metrics, logs and rate limits of resources and flows. Obtain it from {@code NexlaClient.metrics()}. Resources are
 * named by a typed {@link FlowResourceType} and id; days are {@link LocalDate}s sent as {@code YYYY-MM-DD}, times
 * are {@link Instant}s converted to the unit each endpoint expects.
 *
 * <p>Every method is cold: the request is sent on subscription (and again on each subscription). All are GETs,
 * retried on transient failures. Each signals {@code NotFoundException} for an unknown resource, other
 * {@code NexlaServiceException}s, {@code NexlaTransportException}, {@code NexlaTimeoutException}, or
 * {@code NexlaDecodeException} when a typed answer has an unexpected shape. Immutable and thread-safe.
 */
public final class MetricsClient extends GroupClient<MetricsClient> {

  private static final String RESOURCE = "/{rt}/{id}";

  private final ResourceOperations<JsonNode> ops;

  public MetricsClient(ClientHandle context) {
    super(context);
    this.ops = new ResourceOperations<>(context, "metrics", "", JsonNode.class);
  }

  /**
   * Emits the daily totals of a resource from {@code from} (inclusive) to {@code to} ({@code null}: up to now),
   * aggregated per day ({@code GET /{rt}/{id}/metrics?from=…&aggregate=1&to=…}).
   */
  public Mono<DailyMetricsResponse> dailyMetrics(FlowResourceType<?> type, long id, LocalDate from,
      @Nullable LocalDate to) {
    return ops.retrieve(resource(type, id, "/metrics", "getResourceDailyMetrics")
        .query("from", from.toString()).query("aggregate", "1").query("to", to == null ? null : to.toString()),
        DailyMetricsResponse.class);
  }

  /** Emits the totals of a resource per run or per last-written time ({@code GET /{rt}/{id}/metrics/run_summary}). */
  public Mono<RunMetricsResponse> metricsByRun(FlowResourceType<?> type, long id, RunMetricsQuery query) {
    return ops.retrieve(resource(type, id, "/metrics/run_summary", "getResourceMetricsByRun")
        .query("groupby", query.groupBy()).query("orderby", query.orderBy())
        .query("page", query.page()).query("size", query.size()), RunMetricsResponse.class);
  }

  /** Emits the caller's API rate limits ({@code GET /limits}). */
  public Mono<RateLimits> rateLimits() {
    return ops.retrieve(ops.request(HttpMethod.GET, "/limits", "getRateLimits"), RateLimits.class);
  }

  /**
   * Emits the flow metrics of the flow a resource belongs to, per resource ({@code GET /{rt}/{id}/flow/metrics}).
   */
  public Mono<FlowMetricsResponse> flowMetrics(FlowResourceType<?> type, long id, FlowMetricsQuery query) {
    return ops.retrieve(resource(type, id, "/flow/metrics", "getFlowMetrics")
        .query("from", query.from().toString()).query("to", query.to() == null ? null : query.to().toString())
        .query("groupby", query.groupBy()).query("orderby", query.orderBy())
        .query("page", query.page()).query("per_page", query.perPage()), FlowMetricsResponse.class);
  }

  /**
   * Emits one page of the logs of a run of the flow a resource belongs to ({@code GET /{rt}/{id}/flow/logs}); the
   * times are sent as epoch milliseconds.
   */
  public Mono<FlowLogsResponse> flowLogs(FlowResourceType<?> type, long id, FlowLogsQuery query) {
    return ops.retrieve(resource(type, id, "/flow/logs", "getFlowLogs")
        .query("run_id", query.runId()).query("from", query.from().toEpochMilli())
        .query("to", query.to() == null ? null : query.to().toEpochMilli())
        .query("page", query.page()).query("per_page", query.perPage()), FlowLogsResponse.class);
  }

  /**
   * Emits one kind of flow metrics of a resource, e.g. {@code records}, as the server sends it
   * ({@code GET /{rt}/{id}/flow/{metric_type}}). Completes empty for an empty body.
   */
  public Mono<JsonNode> resourceFlowMetrics(FlowResourceType<?> type, long id, String metricType) {
    return ops.retrieve(resource(type, id, "/flow/{metric_type}", "getResourceFlowMetrics")
        .pathVariable("metric_type", metricType));
  }

  /**
   * Emits the account-wide flow metrics of a period, e.g. {@code daily} or {@code total}, as the server sends them
   * ({@code GET /data_flows/metrics/{period}}). Completes empty for an empty body.
   */
  public Mono<JsonNode> flowMetricsSummary(String period) {
    return ops.retrieve(ops.request(HttpMethod.GET, "/data_flows/metrics/{period}", "getFlowMetricsSummary")
        .pathVariable("period", period));
  }

  private NexlaRequest.Builder resource(FlowResourceType<?> type, long id, String suffix, String operation) {
    return ops.request(HttpMethod.GET, RESOURCE + suffix, operation).pathVariable("rt", type.pathSegment())
        .pathVariable("id", id);
  }

  @Override
  protected MetricsClient newInstance(ClientContext context) {
    return new MetricsClient(context);
  }
}
