package io.nexla.reactive.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.attributetransforms.AttributeTransform;
import io.nexla.reactive.attributetransforms.AttributeTransformCreate;
import io.nexla.reactive.attributetransforms.AttributeTransformUpdate;
import io.nexla.reactive.codecontainers.CodeContainer;
import io.nexla.reactive.codecontainers.CodeContainerCreate;
import io.nexla.reactive.codecontainers.CodeContainerUpdate;
import io.nexla.reactive.codecontainers.CodeEncoding;
import io.nexla.reactive.codecontainers.CodeOperation;
import io.nexla.reactive.codecontainers.CodeType;
import io.nexla.reactive.codecontainers.OutputType;
import io.nexla.reactive.common.AccessRole;
import io.nexla.reactive.common.Accessor;
import io.nexla.reactive.common.StandardResource;
import io.nexla.reactive.metrics.FlowLogsQuery;
import io.nexla.reactive.metrics.FlowMetricsQuery;
import io.nexla.reactive.flows.FlowResourceType;
import io.nexla.reactive.metrics.RunMetricsQuery;
import io.nexla.reactive.testkit.NexlaEmulator;
import io.nexla.reactive.transforms.Transform;
import io.nexla.reactive.transforms.TransformCreate;
import io.nexla.reactive.transforms.TransformUpdate;
import io.nexla.reactive.webhooks.WebhookSendOptions;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Every operation of metrics, code containers, transforms, attribute transforms and webhooks on the wire. */
class ToolsCoverageTest extends AbstractApiCoverageTest {

  private static final List<CodeOperation> CODE = List.of(CodeOperation.customScript("python", "base64",
      "ZGVmIHRyYW5zZm9ybShyKToKICAgIHJldHVybiBy"));

  @Override
  protected Map<String, Map<String, CoverageCall>> calls() {
    return Map.of(
        "code_containers", standard(NexlaClient::codeContainers, c -> c.codeContainers().listPublic(),
            name -> CodeContainerCreate.builder(name, OutputType.RECORD, CodeType.PYTHON, CodeEncoding.BASE64, CODE)
                .build(),
            CodeContainerUpdate.builder().description("changed").build(), CodeContainer::id),
        "transforms", standard(NexlaClient::transforms, c -> c.transforms().listPublic(),
            name -> TransformCreate.builder(name, OutputType.RECORD, CodeType.JOLT_CUSTOM, CodeEncoding.NONE, CODE)
                .build(),
            TransformUpdate.builder().description("changed").build(), Transform::id),
        "attribute_transforms", standard(NexlaClient::attributeTransforms, c -> c.attributeTransforms().listPublic(),
            name -> AttributeTransformCreate.builder(name, OutputType.ATTRIBUTE, CodeType.PYTHON, CodeEncoding.NONE,
                "  return value.upper()  ").build(),
            AttributeTransformUpdate.builder().description("changed").build(), AttributeTransform::id),
        "metrics", metrics(),
        "webhooks", Map.of("send_one_record|send_many_records", (client, emulator) -> {
          long source = emulator.store().create("data_sources", Map.of("name", "hook")).get("id").asLong();
          var hooks = client.webhooks(emulator.serviceKey());
          String url = emulator.webhookUrl(source);
          return hooks.sendRecord(url, Map.of("event", "page_view"))
              .doOnNext(r -> assertThat(r.processed()).isEqualTo(1L))
              .then(hooks.sendRecords(url, List.of(Map.of("id", 1), Map.of("id", 2)),
                  WebhookSendOptions.DEFAULTS.withForceSchemaDetection(true)))
              .doOnNext(r -> assertThat(r.processed()).isEqualTo(2L))
              .doOnNext(r -> assertThat(emulator.store().webhookRecords(source)).hasSize(3));
        }));
  }

  /** The rows of a group built on the generic template, each creating (under a fresh name) the item it works on. */
  private static <T, C, U> Map<String, CoverageCall> standard(
      Function<NexlaClient, StandardResource<T, C, U, Void>> group, Function<NexlaClient, Flux<T>> listPublic,
      Function<String, C> create, U update, ToLongFunction<T> id) {
    Map<String, CoverageCall> calls = new LinkedHashMap<>();
    AtomicInteger names = new AtomicInteger();
    Function<NexlaClient, Mono<Long>> created = c -> Mono.defer(() -> group.apply(c)
        .create(create.apply("coverage-" + names.incrementAndGet())).map(id::applyAsLong));
    List<Accessor> team = List.of(Accessor.team(42, AccessRole.OPERATOR));
    calls.put("list|paginate", (c, e) -> created.apply(c).thenMany(group.apply(c).list()));
    calls.put("create", (c, e) -> created.apply(c));
    calls.put("list_public", (c, e) -> listPublic.apply(c));
    calls.put("get", (c, e) -> created.apply(c).flatMap(i -> group.apply(c).get(i, true)));
    calls.put("update", (c, e) -> created.apply(c).flatMap(i -> group.apply(c).update(i, update)));
    calls.put("delete", (c, e) -> created.apply(c).flatMap(i -> group.apply(c).delete(i)));
    calls.put("activate", (c, e) -> created.apply(c).flatMap(i -> group.apply(c).activate(i)));
    calls.put("pause", (c, e) -> created.apply(c).flatMap(i -> group.apply(c).pause(i)));
    calls.put("copy", (c, e) -> created.apply(c).flatMap(i -> group.apply(c).copy(i)));
    calls.put("get_audit_log", (c, e) -> created.apply(c).flatMapMany(i -> group.apply(c).auditLog(i)));
    calls.put("get_accessors", (c, e) -> created.apply(c).flatMapMany(i -> group.apply(c).accessors(i)));
    calls.put("add_accessors", (c, e) -> created.apply(c).flatMapMany(i -> group.apply(c).addAccessors(i, team)));
    calls.put("replace_accessors",
        (c, e) -> created.apply(c).flatMapMany(i -> group.apply(c).replaceAccessors(i, team)));
    calls.put("delete_accessors", (c, e) -> created.apply(c)
        .flatMapMany(i -> group.apply(c).addAccessors(i, team).thenMany(group.apply(c).removeAccessors(i, team))));
    return calls;
  }

  private static Map<String, CoverageCall> metrics() {
    Map<String, CoverageCall> calls = new LinkedHashMap<>();
    calls.put("get_flow_metrics_summary", (c, e) -> c.metrics().flowMetricsSummary("daily"));
    calls.put("get_rate_limits", (c, e) -> c.metrics().rateLimits()
        .doOnNext(r -> assertThat(r.rateLimit().limit()).isPositive()));
    calls.put("get_resource_flow_metrics", (c, e) -> {
      long id = source(e);
      return Flux.concat(c.flows().byResource(FlowResourceType.SOURCES, id),
          c.metrics().resourceFlowMetrics(FlowResourceType.SOURCES, id, "records"));
    });
    calls.put("get_flow_logs", (c, e) -> c.metrics().flowLogs(FlowResourceType.SOURCES, source(e),
        FlowLogsQuery.of(1, Instant.parse("2024-01-01T00:00:00Z")).withTo(Instant.parse("2024-01-02T00:00:00Z"))
            .withPage(1, 10))
        .doOnNext(r -> assertThat(r.logs()).isNotEmpty().allSatisfy(l -> assertThat(l.message()).isNotBlank())));
    calls.put("get_flow_metrics", (c, e) -> c.metrics().flowMetrics(FlowResourceType.SOURCES, source(e),
        FlowMetricsQuery.since(LocalDate.of(2024, 1, 1)).withTo(LocalDate.of(2024, 1, 31)).withGroupBy("runId")
            .withOrderBy("runId").withPage(1, 10)));
    calls.put("get_resource_daily_metrics", (c, e) -> c.metrics().dailyMetrics(FlowResourceType.SOURCES,
        source(e), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 7))
        .doOnNext(r -> assertThat(r.metrics()).isNotEmpty()));
    calls.put("get_resource_metrics_by_run", (c, e) -> c.metrics().metricsByRun(FlowResourceType.SOURCES,
        source(e), RunMetricsQuery.DEFAULTS.withGroupBy(RunMetricsQuery.RUN_ID).withOrderBy(RunMetricsQuery.RUN_ID)
            .withPage(1, 5)));
    return calls;
  }

  private static long source(NexlaEmulator emulator) {
    return emulator.store().create("data_sources", Map.of("name", "metered")).get("id").asLong();
  }
}
