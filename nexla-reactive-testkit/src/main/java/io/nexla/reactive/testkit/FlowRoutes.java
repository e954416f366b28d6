package io.nexla.reactive.testkit;

import static io.nexla.reactive.testkit.EmulatorStore.NODES;
import static io.nexla.reactive.testkit.FlowTree.FLOW_RESOURCES;
import static io.nexla.reactive.testkit.FlowTree.parentOf;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import tools.jackson.databind.node.ObjectNode;

/** Flows, flows by resource, flow logs and metrics, and flow health. */
final class FlowRoutes extends RouteGroup {

  private final FlowTree flows;

  FlowRoutes(EmulatorStore store, EmulatorSettings settings, Router router, FlowTree flows) {
    super(store, settings, router);
    this.flows = flows;
    flows();
    health();
    for (String rt : FLOW_RESOURCES) {
      flowOfResource(rt);
    }
  }

  private void flows() {
    route("GET", "/flows", x -> {
      List<Long> origins = selectedOrigins(x);
      int perPage = Math.min(x.intQuery("per_page", settings.defaultPageSize()), settings.maxPageSize());
      int pageNo = Math.max(1, x.intQuery("page", 1));
      int from = Math.min(origins.size(), (pageNo - 1) * perPage);
      List<Long> pageOrigins = origins.subList(from, Math.min(origins.size(), from + perPage));
      Reply reply = Reply.ok(withRunMetrics(x, flows.response(pageOrigins, x.flag("flows_only"))));
      reply.page = true;
      return reply;
    });
    route("GET", "/flows/{id}", x -> withRecord("flows", x, n -> Reply.ok(withRunMetrics(x,
        flows.response(List.of(flows.originOf(n.get("id").asLong())), x.flag("flows_only"))))));
    route("DELETE", "/flows/{id}", x -> withRecord("flows", x,
        n -> flows.delete(flows.affectedNodes(n.get("id").asLong(), x.flag("full_tree") || x.flag("all")))));
    route("PUT", "/flows/{id}/activate", x -> flowStatus(x, "ACTIVE"));
    route("PUT", "/flows/{id}/pause", x -> flowStatus(x, "PAUSED"));
    route("POST", "/flows/{id}/copy", x -> withRecord("flows", x, n -> flows.copy(flows.originOf(n.get("id").asLong()), objectBody(x))));
    route("POST", "/flows/{id}/docs/recommendation", x -> withRecord("flows", x, n -> SampleData.recommendation("flow", n)));
    route("GET", "/flows/{id}/logs", x -> withRecord("flows", x, n -> envelope(x,
        SampleData.logEntries(store, x, n.get("id").asLong(), 25), "current_page", "pages_count", "total_count")));
    route("POST", "/flows/{id}/logs_v2", x -> withRecord("flows", x, n -> {
      ObjectNode body = NODES.objectNode();
      List<ObjectNode> logs = SampleData.logEntries(store, x, n.get("id").asLong(), x.intQuery("size", 10));
      body.set("logs", EmulatorStore.array(logs));
      body.put("total", logs.size());
      if (x.flag("facets")) {
        body.putObject("facets").putObject("severity").put("INFO", logs.size());
      }
      return Reply.ok(body);
    }));
    route("GET", "/flows/{id}/run_status/{run_id}", x -> withRecord("flows", x, n -> {
      ObjectNode body = NODES.objectNode();
      body.put("flow_id", n.get("id").asLong());
      body.put("run_id", x.var("run_id"));
      body.put("status", "COMPLETED");
      body.put("records", 100);
      body.put("errors", 0);
      return Reply.ok(body);
    }));
    route("GET", "/data_flows/metrics/active_flows_metrics", x -> {
      ObjectNode body = NODES.objectNode();
      long active = store.list("flows").stream().filter(n -> n.path("status").asString("").equals("ACTIVE")).count();
      body.put("active_flows", active);
      body.put("org_id", EmulatorStore.CURRENT_ORG_ID);
      body.put("from", x.query("from"));
      body.put("to", x.query("to"));
      return Reply.ok(body);
    });
    route("GET", "/data_flows/metrics/{period}", x -> {
      ObjectNode body = NODES.objectNode();
      body.put("period", x.var("period"));
      body.set("data", EmulatorStore.array(SampleData.dailyMetrics(store, 3)));
      return Reply.ok(body);
    });
  }

  private void health() {
    route("GET", "/health/flow/{flow_id}", x -> {
      ObjectNode node = store.get("flows", x.id("flow_id"));
      if (node == null) {
        return Reply.error(404, "Flow not found");
      }
      return Reply.ok(health(node));
    });
    route("GET", "/health/org/all", x -> {
      ObjectNode body = NODES.objectNode();
      long total = store.list("flows").stream().filter(n -> parentOf(n) == 0).count();
      body.put("total", total);
      body.put("GREEN", total);
      body.put("YELLOW", 0);
      body.put("RED", 0);
      return Reply.ok(body);
    });
    route("GET", "/health/org/flows", x -> {
      List<ObjectNode> entries = new ArrayList<>();
      for (ObjectNode n : store.list("flows")) {
        if (parentOf(n) == 0) {
          entries.add(health(n));
        }
      }
      // Every emulated flow is healthy: GREEN (also asked for as OK) selects them all, YELLOW and RED none.
      String wanted = x.query("health_status");
      if (wanted != null && !wanted.equalsIgnoreCase("GREEN") && !wanted.equalsIgnoreCase("OK")) {
        entries.clear();
      }
      return envelope(withPerPage(x, x.intQuery("size", perPage(x))), entries, "currentPage", "pageCount", "totalCount");
    });
  }

  /**
   * The flows the list parameters select: {@code access_role} and extras apply to the root node together with the
   * resource on it (so {@code status=ACTIVE} or {@code access_role=admin} work as on the resource lists).
   */
  private List<Long> selectedOrigins(Exchange x) {
    java.util.function.Predicate<ObjectNode> keep = QueryFilters.of(x);
    if (keep == null) {
      return flows.origins();
    }
    List<Long> out = new ArrayList<>();
    for (long origin : flows.origins()) {
      ObjectNode root = store.get("flows", origin);
      FlowTree.ResourceRef ref = root == null ? null : FlowTree.resourceOf(root);
      ObjectNode resource = ref == null ? null : store.get(ref.collection(), ref.id());
      ObjectNode merged = resource == null ? NODES.objectNode() : resource;
      if (root != null) {
        root.propertyNames().forEach(name -> merged.set(name, root.get(name)));
      }
      if (keep.test(merged)) {
        out.add(origin);
      }
    }
    return out;
  }

  /** With {@code include_run_metrics=1}, one {@code FlowMetrics} entry per flow of the response. */
  private ObjectNode withRunMetrics(Exchange x, ObjectNode response) {
    if (x.flag("include_run_metrics")) {
      var metrics = response.putArray("metrics");
      response.get("flows").forEach(root -> {
        ObjectNode m = metrics.addObject();
        m.put("origin_node_id", root.get("id").asLong());
        m.put("records", 100);
        m.put("size", 4096);
        m.put("errors", 0);
        m.put("reporting_date", store.now());
        m.put("run_id", 1);
      });
    }
    return response;
  }

  private ObjectNode health(ObjectNode node) {
    ObjectNode h = NODES.objectNode();
    h.put("origin_node_id", node.path("origin_node_id").asLong());
    h.put("healthStatus", "GREEN");
    h.put("latestErrorCount", 0);
    h.put("latestRecordCount", 100);
    h.put("latestRunId", 1);
    h.putNull("errorSummary");
    h.put("updatedAtEpoch", store.instant().toEpochMilli());
    return h;
  }

  private Reply flowStatus(Exchange x, String status) {
    return withRecord("flows", x, n -> {
      long id = n.get("id").asLong();
      flows.cascadeStatus(flows.affectedNodes(id, x.flag("full_tree") || x.flag("all")), status);
      return Reply.ok(flows.response(List.of(flows.originOf(id)), false));
    });
  }

  private void flowOfResource(String rt) {
    String p = "/" + rt + "/{id}/flow";
    route("GET", p, x -> withFlowNode(rt, x, nodeId -> Reply.ok(flows.response(List.of(flows.originOf(nodeId)), x.flag("flows_only")))));
    route("PUT", p, x -> withFlowNode(rt, x, nodeId -> {
      ObjectNode body = objectBody(x);
      if (body == null) {
        return Reply.error(400, "Request body must be a JSON object");
      }
      ObjectNode change = NODES.objectNode();
      if (body.has("owner_id")) {
        ObjectNode owner = EmulatorStore.owner();
        owner.put("id", body.get("owner_id").asLong());
        change.set("owner", owner);
      }
      if (body.has("org_id")) {
        ObjectNode org = EmulatorStore.orgBrief();
        org.put("id", body.get("org_id").asLong());
        change.set("org", org);
      }
      for (ObjectNode node : flows.affectedNodes(nodeId, x.flag("all") || x.flag("full_tree"))) {
        store.update("flows", node.get("id").asLong(), change);
        FlowTree.ResourceRef ref = FlowTree.resourceOf(node);
        if (ref != null) {
          store.update(ref.collection(), ref.id(), change);
        }
      }
      return Reply.ok(flows.response(List.of(flows.originOf(nodeId)), false));
    }));
    route("DELETE", p, x -> withFlowNode(rt, x, nodeId -> flows.delete(flows.affectedNodes(nodeId, x.flag("all") || x.flag("full_tree")))));
    for (String action : List.of("activate", "pause")) {
      String status = action.equals("activate") ? "ACTIVE" : "PAUSED";
      route("PUT", p + "/" + action, x -> withFlowNode(rt, x, nodeId -> {
        flows.cascadeStatus(flows.affectedNodes(nodeId, x.flag("all") || x.flag("full_tree")), status);
        return Reply.ok(flows.response(List.of(flows.originOf(nodeId)), false));
      }));
    }
    // The live shape: {status, message, logs: {data, meta}}.
    route("GET", p + "/logs", x -> withRecord(rt, x, r -> nested("logs", envelope(x,
        SampleData.logEntries(store, x, r.get("id").asLong(), 30), "current_page", "pages_count", "total_count"))));
    // {status, message, metrics: {data: {resource id: metrics}, meta}}.
    route("GET", p + "/metrics", x -> withRecord(rt, x, r -> {
      ObjectNode page = NODES.objectNode();
      ObjectNode metric = page.putObject("data").putObject(r.get("id").asString());
      metric.put("records", 1200);
      metric.put("size", 48_211);
      metric.put("errors", 0);
      metric.put("runId", 1);
      metric.put("reporting_date", store.now());
      ObjectNode meta = page.putObject("meta");
      meta.put("currentPage", 1);
      meta.put("pageCount", 1);
      meta.put("totalCount", 1);
      return nested("metrics", Reply.page(page));
    }));
    route("GET", p + "/{metric_type}", x -> withRecord(rt, x, r -> {
      ObjectNode body = NODES.objectNode();
      body.put("metric_type", x.var("metric_type"));
      body.set("metrics", EmulatorStore.array(SampleData.dailyMetrics(store, 3)));
      return Reply.ok(body);
    }));
    route("GET", "/" + rt + "/{id}/metrics", x -> withRecord(rt, x, r -> {
      ObjectNode body = NODES.objectNode();
      body.put("status", 200);
      body.set("metrics", EmulatorStore.array(SampleData.dailyMetrics(store, 7)));
      return Reply.ok(body);
    }));
    route("GET", "/" + rt + "/{id}/metrics/run_summary", x -> withRecord(rt, x, r -> {
      List<ObjectNode> runs = new ArrayList<>();
      for (int i = 1; i <= 5; i++) {
        ObjectNode run = NODES.objectNode();
        run.put("runId", i);
        run.put("records", 100 * i);
        run.put("size", 1000 * i);
        run.put("errors", 0);
        run.put("lastWritten", store.instant().toEpochMilli());
        run.put("dataSetId", rt.equals("data_sets") ? r.get("id").asLong() : r.path("data_set_id").asLong(r.get("id").asLong()));
        runs.add(run);
      }
      Exchange sized = withPerPage(x, x.intQuery("size", settings.defaultPageSize()));
      return nested("metrics", envelope(sized, runs, "currentPage", "pageCount", "totalCount"));
    }));
  }

  /** {@code {status: 200, message: "Ok", <key>: <the page>}}, the shape per-resource metrics and logs answer in. */
  private static Reply nested(String key, Reply page) {
    ObjectNode body = NODES.objectNode();
    body.put("status", 200);
    body.put("message", "Ok");
    body.set(key, page.body);
    return Reply.page(body);
  }

  private Reply withFlowNode(String rt, Exchange x, Function<Long, Reply> action) {
    return withRecord(rt, x, r -> {
      long nodeId = r.path("flow_node_id").asLong(0);
      if (nodeId == 0 || store.get("flows", nodeId) == null) {
        return Reply.error(404, "Resource is not part of a flow");
      }
      return action.apply(nodeId);
    });
  }
}
