package io.nexla.reactive.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.common.AccessRole;
import io.nexla.reactive.common.Accessor;
import io.nexla.reactive.common.StandardResource;
import io.nexla.reactive.credentials.Credential;
import io.nexla.reactive.credentials.CredentialCreate;
import io.nexla.reactive.credentials.CredentialType;
import io.nexla.reactive.credentials.CredentialUpdate;
import io.nexla.reactive.credentials.ProbeSampleRequest;
import io.nexla.reactive.credentials.ProbeTreeRequest;
import io.nexla.reactive.destinations.Destination;
import io.nexla.reactive.destinations.DestinationCreate;
import io.nexla.reactive.destinations.DestinationType;
import io.nexla.reactive.destinations.DestinationUpdate;
import io.nexla.reactive.flows.CredentialReplacement;
import io.nexla.reactive.flows.FlowCreate;
import io.nexla.reactive.flows.FlowCopyOptions;
import io.nexla.reactive.flows.FlowListOptions;
import io.nexla.reactive.flows.FlowLogQuery;
import io.nexla.reactive.flows.FlowLogSearch;
import io.nexla.reactive.flows.FlowOwnershipTransfer;
import io.nexla.reactive.metrics.FlowLogsQuery;
import io.nexla.reactive.metrics.FlowMetricsQuery;
import io.nexla.reactive.flows.FlowResourceType;
import io.nexla.reactive.flows.FlowScope;
import io.nexla.reactive.flows.HealthQuery;
import io.nexla.reactive.lookups.Lookup;
import io.nexla.reactive.lookups.LookupCreate;
import io.nexla.reactive.lookups.LookupDataType;
import io.nexla.reactive.lookups.LookupUpdate;
import io.nexla.reactive.nexsets.Nexset;
import io.nexla.reactive.nexsets.NexsetCreate;
import io.nexla.reactive.nexsets.NexsetDocInput;
import io.nexla.reactive.nexsets.NexsetUpdate;
import io.nexla.reactive.nexsets.SampleOptions;
import io.nexla.reactive.sources.Source;
import io.nexla.reactive.sources.SourceCreate;
import io.nexla.reactive.sources.SourceType;
import io.nexla.reactive.sources.SourceUpdate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import reactor.core.publisher.Mono;

/**
 * Every operation of the pipeline groups (flows, sources, destinations, nexsets, credentials, lookups) against the
 * emulator. Each call first creates, through the client, the resources it needs: a credential, a source (which
 * starts a flow), a nexset of the source and a destination of the nexset.
 */
class PipelineCoverageTest extends AbstractApiCoverageTest {

  private static final AtomicLong NAMES = new AtomicLong();
  private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant TO = Instant.parse("2026-01-02T00:00:00Z");
  private static final List<Accessor> ACCESSORS = List.of(Accessor.user("ana@example.com", AccessRole.COLLABORATOR));

  /** A complete small flow: credential → source → nexset → destination. */
  record Pipeline(Credential credential, Source source, Nexset nexset, Destination destination, long flowId) {}

  static String unique(String name) {
    return name + " " + NAMES.incrementAndGet();
  }

  static Mono<Credential> credential(NexlaClient c) {
    return c.credentials().create(CredentialCreate.builder(unique("bucket"), CredentialType.S3)
        .secret("access_key_id", "AKIAEXAMPLE").secret("secret_access_key", "example-secret")
        .secret("region", "us-east-1").build());
  }

  static Mono<Source> source(NexlaClient c, Credential credential) {
    return c.sources().create(SourceCreate.builder(unique("orders"), SourceType.S3)
        .dataCredentialsId(credential.id()).config("path", "raw/orders/").config("file_format", "json")
        .cron("0 * * * *").build());
  }

  static Mono<Nexset> nexset(NexlaClient c, Source source) {
    // a nexset detected from the source: attached to the source's flow node
    return c.nexsets().create(NexsetCreate.builder(unique("orders nexset"), 0).field("data_source_id", source.id())
        .build());
  }

  static Mono<Pipeline> pipeline(NexlaClient c) {
    return credential(c).flatMap(cred -> source(c, cred).flatMap(src -> nexset(c, src).flatMap(set ->
        c.destinations().create(DestinationCreate.builder(unique("orders sink"), DestinationType.SNOWFLAKE,
                cred.id(), set.id()).snowflakeMerge("RAW.STAGING.ORDERS", "order_id").build())
            .flatMap(sink -> c.flows().byResource(FlowResourceType.SOURCES, src.id(), true)
                .map(flow -> new Pipeline(cred, src, set, sink, flow.flowId().orElseThrow()))))));
  }

  static Mono<Lookup> lookup(NexlaClient c) {
    return c.lookups().create(LookupCreate.builder(unique("events"), LookupDataType.STRING, "eventId")
        .entry(Map.of("eventId", "001", "description", "Login")).build());
  }

  @Override
  protected Map<String, Map<String, CoverageCall>> calls() {
    Map<String, Map<String, CoverageCall>> calls = new LinkedHashMap<>();
    calls.put("flows", flows());
    calls.put("sources", sources());
    calls.put("destinations", destinations());
    calls.put("nexsets", nexsets());
    calls.put("credentials", credentials());
    calls.put("lookups", lookups());
    return calls;
  }

  /** The generic rows of a standard collection, each on a fresh item made by {@code item}. */
  private static Map<String, CoverageCall> generic(Function<NexlaClient, StandardResource<?, ?, ?, ?>> group,
      Function<NexlaClient, Mono<Long>> item) {
    Map<String, CoverageCall> m = new LinkedHashMap<>();
    m.put("get", (c, e) -> item.apply(c).flatMap(id -> group.apply(c).get(id, true)));
    m.put("delete", (c, e) -> item.apply(c).flatMap(id -> group.apply(c).delete(id)));
    m.put("get_accessors", (c, e) -> item.apply(c).flatMapMany(id -> group.apply(c).accessors(id)));
    m.put("add_accessors", (c, e) -> item.apply(c).flatMapMany(id -> group.apply(c).addAccessors(id, ACCESSORS)));
    m.put("replace_accessors", (c, e) -> item.apply(c)
        .flatMapMany(id -> group.apply(c).replaceAccessors(id, ACCESSORS)));
    m.put("delete_accessors", (c, e) -> item.apply(c)
        .flatMapMany(id -> group.apply(c).addAccessors(id, ACCESSORS).thenMany(
            group.apply(c).removeAccessors(id, ACCESSORS))));
    m.put("activate", (c, e) -> item.apply(c).flatMap(id -> group.apply(c).activate(id)));
    m.put("pause", (c, e) -> item.apply(c).flatMap(id -> group.apply(c).pause(id)));
    m.put("copy", (c, e) -> item.apply(c).flatMap(id -> group.apply(c).copy(id)));
    m.put("get_audit_log", (c, e) -> item.apply(c).flatMapMany(id -> group.apply(c).auditLog(id)));
    return m;
  }

  private static Map<String, CoverageCall> flows() {
    Map<String, CoverageCall> m = new LinkedHashMap<>();
    Function<NexlaClient, Mono<Long>> flow = c -> pipeline(c).map(Pipeline::flowId);
    m.put("get_active_flows_metrics", (c, e) -> c.flows().activeFlowsMetrics(LocalDate.of(2026, 1, 1),
        LocalDate.of(2026, 1, 31), null));
    m.put("list", (c, e) -> pipeline(c).then(c.flows().firstPage(FlowListOptions.DEFAULTS.withRunMetrics(true)))
        .doOnNext(r -> assertThat(r.flows()).isNotEmpty()));
    m.put("create", (c, e) -> c.flows().create(FlowCreate.builder().name(unique("bare flow")).build()));
    m.put("delete", (c, e) -> flow.apply(c).flatMap(id -> c.flows().delete(id, FlowScope.WHOLE_FLOW)));
    m.put("get", (c, e) -> flow.apply(c).flatMap(id -> c.flows().get(id, false, true))
        .doOnNext(r -> assertThat(r.nodes()).hasSize(3)));
    m.put("update", (c, e) -> flow.apply(c).flatMap(id -> c.flows().transferOwnership(id,
        FlowOwnershipTransfer.withEverything(6, 2), FlowScope.WHOLE_FLOW)));
    m.put("get_accessors", (c, e) -> flow.apply(c).flatMapMany(id -> c.flows().accessors(id)));
    m.put("add_accessors", (c, e) -> flow.apply(c).flatMapMany(id -> c.flows().addAccessors(id, ACCESSORS)));
    m.put("replace_accessors", (c, e) -> flow.apply(c)
        .flatMapMany(id -> c.flows().replaceAccessors(id, ACCESSORS)));
    m.put("delete_accessors", (c, e) -> flow.apply(c).flatMapMany(id -> c.flows().addAccessors(id, ACCESSORS)
        .thenMany(c.flows().removeAccessors(id, ACCESSORS))));
    m.put("activate", (c, e) -> flow.apply(c).flatMap(id -> c.flows().activate(id, FlowScope.WHOLE_FLOW)));
    m.put("pause", (c, e) -> flow.apply(c).flatMap(id -> c.flows().pauseInBackground(id, FlowScope.WHOLE_FLOW)));
    m.put("get_audit_log", (c, e) -> flow.apply(c).flatMapMany(id -> c.flows().auditLog(id)));
    m.put("copy", (c, e) -> flow.apply(c).flatMap(id -> c.flows().copy(id, FlowCopyOptions.DEFAULTS))
        .doOnNext(r -> assertThat(r.flowId()).isPresent()));
    m.put("copy_and_replace_credentials", (c, e) -> pipeline(c).flatMap(p -> credential(c).flatMap(fresh ->
        c.flows().copyAndReplaceCredentials(p.flowId(), FlowCopyOptions.DEFAULTS,
            CredentialReplacement.none().source(p.source().id(), fresh.id())))));
    m.put("docs_recommendation", (c, e) -> flow.apply(c).flatMap(id -> c.flows().docsRecommendation(id)));
    m.put("get_flow_logs", (c, e) -> flow.apply(c).flatMap(id -> c.flows().logs(id,
        FlowLogQuery.between(FROM, TO).withPage(1, 10))));
    m.put("search_flow_logs", (c, e) -> flow.apply(c).flatMap(id -> c.flows().searchLogs(id,
        FlowLogSearch.between(FROM, TO).withSeverities("ERROR").withSize(10).withFacets(true))));
    m.put("get_run_status", (c, e) -> flow.apply(c).flatMap(id -> c.flows().runStatus(id, 1)));
    m.put("get_flow_health", (c, e) -> flow.apply(c).flatMap(id -> c.flows().health(id)));
    m.put("get_org_health_summary", (c, e) -> c.flows().orgHealthSummary(HealthQuery.ALL));
    m.put("get_org_health_flows", (c, e) -> pipeline(c).then(c.flows().orgHealthFlows(HealthQuery.ALL
        .withPage(1, 10).withSort("updated_at", "desc"))));
    m.put("activate_by_resource", (c, e) -> pipeline(c).flatMap(p -> c.flows()
        .activateResource(FlowResourceType.SOURCES, p.source().id(), FlowScope.WHOLE_FLOW)));
    m.put("delete_by_resource", (c, e) -> pipeline(c).flatMap(p -> c.flows()
        .deleteFlowOf(FlowResourceType.NEXSETS, p.nexset().id(), FlowScope.DOWNSTREAM)));
    m.put("get_by_resource", (c, e) -> pipeline(c).flatMap(p -> c.flows()
        .byResource(FlowResourceType.DESTINATIONS, p.destination().id())));
    m.put("update_flow_by_resource", (c, e) -> pipeline(c).flatMap(p -> c.flows().transferOwnershipOf(
        FlowResourceType.SOURCES, p.source().id(), FlowOwnershipTransfer.withEverything(6, 2), FlowScope.WHOLE_FLOW)));
    m.put("activate_flow_by_resource", (c, e) -> pipeline(c).flatMap(p -> c.flows()
        .activateFlowOf(FlowResourceType.SOURCES, p.source().id(), FlowScope.WHOLE_FLOW)));
    m.put("pause_flow_by_resource", (c, e) -> pipeline(c).flatMap(p -> c.flows()
        .pauseFlowOf(FlowResourceType.NEXSETS, p.nexset().id(), FlowScope.WHOLE_FLOW)));
    m.put("get_logs", (c, e) -> pipeline(c).flatMap(p -> c.metrics().flowLogs(FlowResourceType.SOURCES,
        p.source().id(), FlowLogsQuery.of(1, FROM).withTo(TO).withPage(1, 10))));
    m.put("get_metrics", (c, e) -> pipeline(c).flatMap(p -> c.metrics().flowMetrics(FlowResourceType.DESTINATIONS,
        p.destination().id(), FlowMetricsQuery.since(LocalDate.of(2026, 1, 1)).withTo(LocalDate.of(2026, 1, 7))
            .withGroupBy("runId"))));
    m.put("pause_by_resource", (c, e) -> pipeline(c).flatMap(p -> c.flows()
        .pauseResource(FlowResourceType.DESTINATIONS, p.destination().id(), FlowScope.DOWNSTREAM)));
    return m;
  }

  private static Map<String, CoverageCall> sources() {
    Map<String, CoverageCall> m = generic(NexlaClient::sources, c -> credential(c).flatMap(cr -> source(c, cr))
        .map(Source::id));
    m.put("list|paginate", (c, e) -> credential(c).flatMap(cr -> source(c, cr)).thenMany(c.sources().list()));
    m.put("create", (c, e) -> credential(c).flatMap(cr -> source(c, cr)));
    m.put("update", (c, e) -> credential(c).flatMap(cr -> source(c, cr))
        .flatMap(s -> c.sources().update(s.id(), SourceUpdate.builder(s).description("hourly orders").build()))
        .doOnNext(s -> assertThat(s.description()).isEqualTo("hourly orders")));
    return m;
  }

  private static Map<String, CoverageCall> destinations() {
    Map<String, CoverageCall> m = generic(NexlaClient::destinations, c -> pipeline(c).map(p -> p.destination().id()));
    m.put("list|paginate", (c, e) -> pipeline(c).thenMany(c.destinations().list()));
    m.put("create", (c, e) -> pipeline(c));
    m.put("update", (c, e) -> pipeline(c).flatMap(p -> c.destinations().update(p.destination().id(),
        DestinationUpdate.builder(p.destination()).name(unique("renamed sink")).build())));
    return m;
  }

  private static Map<String, CoverageCall> nexsets() {
    Function<NexlaClient, Mono<Long>> nexset = c -> pipeline(c).map(p -> p.nexset().id());
    Map<String, CoverageCall> m = generic(NexlaClient::nexsets, nexset);
    m.put("list|paginate", (c, e) -> pipeline(c).thenMany(c.nexsets().list()));
    m.put("create", (c, e) -> pipeline(c).flatMap(p -> c.nexsets().create(
        NexsetCreate.builder(unique("clean orders"), p.nexset().id())
            .transform(Map.of("version", 1, "operations", List.of())).build())));
    m.put("update", (c, e) -> pipeline(c).flatMap(p -> c.nexsets().update(p.nexset().id(),
        NexsetUpdate.builder(p.nexset()).description("orders, cleaned").build())));
    m.put("list_docs", (c, e) -> nexset.apply(c).flatMapMany(id -> c.nexsets().docs(id)));
    m.put("update_docs", (c, e) -> nexset.apply(c).flatMapMany(id -> c.nexsets().updateDocs(id,
        List.of(NexsetDocInput.markdown("fields", "# Fields\n* order_id\n")))));
    m.put("copy_docs", (c, e) -> nexset.apply(c).flatMapMany(from -> c.nexsets()
        .updateDocs(from, List.of(NexsetDocInput.markdown("fields", "# Fields\n")))
        .thenMany(nexset.apply(c).flatMapMany(to -> c.nexsets().copyDocs(from, to)))));
    m.put("docs_recommendation", (c, e) -> nexset.apply(c).flatMap(id -> c.nexsets().docsRecommendation(id)));
    m.put("get_samples", (c, e) -> nexset.apply(c).flatMapMany(id -> c.nexsets().samples(id,
        new SampleOptions(5, true, false))));
    return m;
  }

  private static Map<String, CoverageCall> credentials() {
    Function<NexlaClient, Mono<Long>> item = c -> credential(c).map(Credential::id);
    Map<String, CoverageCall> m = generic(NexlaClient::credentials, item);
    m.put("list|paginate", (c, e) -> credential(c).thenMany(c.credentials().list(CredentialType.S3)));
    m.put("create", (c, e) -> credential(c));
    m.put("update", (c, e) -> credential(c).flatMap(cr -> c.credentials().update(cr.id(),
        CredentialUpdate.builder().credentials(Map.of("secret_access_key", "rotated")).build())));
    m.put("probe", (c, e) -> item.apply(c).flatMap(id -> c.credentials().probe(id)));
    m.put("probe_tree", (c, e) -> item.apply(c).flatMap(id -> c.credentials().probeTree(id,
        ProbeTreeRequest.path("/raw", 2))));
    m.put("probe_sample", (c, e) -> item.apply(c).flatMap(id -> c.credentials().probeSample(id,
        ProbeSampleRequest.path("/raw/orders/a.json"))));
    return m;
  }

  private static Map<String, CoverageCall> lookups() {
    Function<NexlaClient, Mono<Long>> item = c -> lookup(c).map(Lookup::id);
    Map<String, CoverageCall> m = generic(NexlaClient::lookups, item);
    m.put("list|paginate", (c, e) -> lookup(c).thenMany(c.lookups().list()));
    m.put("create", (c, e) -> lookup(c));
    m.put("update", (c, e) -> lookup(c).flatMap(l -> c.lookups().update(l.id(),
        LookupUpdate.builder(l).description("login events").build())));
    m.put("upsert_entries", (c, e) -> item.apply(c).flatMapMany(id -> c.lookups().upsertEntries(id,
        List.of(Map.of("eventId", "002", "description", "Logout")))));
    m.put("get_entries", (c, e) -> item.apply(c).flatMapMany(id -> c.lookups().entries(id, "001")));
    m.put("delete_entries", (c, e) -> item.apply(c).flatMap(id -> c.lookups().deleteEntries(id, "001")));
    return m;
  }
}
