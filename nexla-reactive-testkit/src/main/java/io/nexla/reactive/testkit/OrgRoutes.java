package io.nexla.reactive.testkit;

import static io.nexla.reactive.testkit.EmulatorStore.NODES;
import static io.nexla.reactive.testkit.FlowTree.parentOf;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Organizations and what hangs off them: members, custodians, auth settings, account metrics, approvals, teams,
 * projects, marketplace domains, gen-AI settings, self sign-up and rate limits.
 */
final class OrgRoutes extends RouteGroup {

  private final FlowTree flows;
  private final SubListRoutes subLists;
  private final CollectionRoutes collections;

  OrgRoutes(EmulatorStore store, EmulatorSettings settings, Router router, FlowTree flows, SubListRoutes subLists,
      CollectionRoutes collections) {
    super(store, settings, router);
    this.flows = flows;
    this.subLists = subLists;
    this.collections = collections;
    approvals();
    genAi();
    marketplace();
    route("GET", "/limits", x -> {
      ObjectNode body = NODES.objectNode();
      ObjectNode rate = body.putObject("rate_limit");
      rate.put("limit", 1000);
      rate.put("remaining", 1000);
      rate.put("reset", store.instant().getEpochSecond() + 60);
      body.put("max_page_size", settings.maxPageSize());
      return Reply.ok(body);
    });
    organizations();
    projects();
    selfSignup();
    subLists.register("/teams/{id}/members", "teams", "members", "members");
  }

  private void approvals() {
    route("GET", "/approval_requests/pending",
        x -> page(x, filter(store.list("approval_requests"), r -> !r.path("status").asString("").equals("APPROVED"))));
    route("GET", "/approval_requests/requested", x -> page(x, store.list("approval_requests")));
    route("PUT", "/approval_requests/{id}/approve", x -> collections.setStatus("approval_requests", x, "APPROVED"));
    route("DELETE", "/approval_requests/{id}/reject", x -> {
      ObjectNode body = objectBody(x);
      ObjectNode change = NODES.objectNode();
      change.put("status", "REJECTED");
      if (body != null && body.has("reason")) {
        change.set("reason", body.get("reason"));
      }
      ObjectNode updated = store.update("approval_requests", x.id("id"), change);
      return updated == null ? notFound("approval_requests", x) : Reply.ok(updated);
    });
  }

  private void genAi() {
    route("GET", "/gen_ai_org_settings/active_config", x -> {
      List<ObjectNode> configs = store.list("gen_ai_integration_configs");
      ObjectNode body = configs.isEmpty() ? NODES.objectNode() : configs.get(0);
      body.put("gen_ai_usage", x.query("gen_ai_usage") == null ? "all" : x.query("gen_ai_usage"));
      return Reply.ok(body);
    });
  }

  private void marketplace() {
    String c = "marketplace/domains";
    route("GET", "/marketplace/domains/for_org", x -> page(x, store.list(c)));
    subLists.register("/marketplace/domains/{id}/custodians", c, "custodians", "custodians");
    route("GET", "/marketplace/domains/{id}/items", x -> withRecord(c, x, r -> Reply.ok(arrayOrEmpty(r.get("items")))));
    route("POST", "/marketplace/domains/{id}/items", x -> subLists.change(c, x, "items", "items", "add"));
    // Creating domains accepts one domain or {"domains": [...]}.
    route("POST", "/marketplace/domains", x -> {
      ObjectNode body = objectBody(x);
      if (body == null) {
        return Reply.error(400, "Request body must be a JSON object");
      }
      if (body.has("domains") && body.get("domains").isArray()) {
        ArrayNode out = NODES.arrayNode();
        for (JsonNode domain : body.get("domains")) {
          if (domain.isObject()) {
            out.add(store.create(c, (ObjectNode) domain));
          }
        }
        return Reply.of(201, out);
      }
      return collections.create(c, x);
    });
  }

  private void organizations() {
    String c = "orgs";
    route("GET", "/api_auth_configs/all", x -> Reply.ok(EmulatorStore.array(store.list("api_auth_configs"))));
    route("GET", "/orgs/account_summary", x -> Reply.ok(accountSummary(EmulatorStore.CURRENT_ORG_ID)));
    route("GET", "/orgs/{id}/account_summary", x -> withRecord(c, x, r -> Reply.ok(accountSummary(r.get("id").asLong()))));
    route("GET", "/orgs/{id}/auth_settings", x -> withRecord(c, x, r -> {
      if (r.has("auth_settings")) {
        return Reply.ok(r.get("auth_settings"));
      }
      ArrayNode settingsArray = NODES.arrayNode();
      ObjectNode password = settingsArray.addObject();
      password.put("id", 1);
      password.put("name", "password");
      password.put("enabled", true);
      return Reply.ok(settingsArray);
    }));
    route("PUT", "/orgs/{id}/auth_settings/{setting_id}", x -> withRecord(c, x, r -> {
      ObjectNode body = objectBody(x);
      if (body == null) {
        return Reply.error(400, "Request body must be a JSON object");
      }
      ObjectNode setting = body.deepCopy();
      setting.put("id", x.id("setting_id"));
      setting.put("updated_at", store.now());
      return Reply.ok(setting);
    }));
    subLists.register("/orgs/{id}/custodians", c, "custodians", "custodians");
    route("GET", "/orgs/{id}/flows/account_metrics", x -> withRecord(c, x, r -> accountMetrics()));
    route("GET", "/orgs/{id}/flows/status_metrics", x -> withRecord(c, x, r -> statusMetrics(store)));
    subLists.register("/orgs/{id}/members", c, "members", "members");
    route("PUT", "/orgs/{id}/members/activate", x -> memberStatus(x, "ACTIVE"));
    route("PUT", "/orgs/{id}/members/deactivate", x -> memberStatus(x, "DEACTIVATED"));
    route("GET", "/orgs/{id}/{rt}/audit_log", x -> withRecord(c, x, r -> auditPage(x, store.auditEntriesOfCollection(x.var("rt")))));
  }

  private Reply memberStatus(Exchange x, String status) {
    Reply result = subLists.change("orgs", x, "members", "members", "add");
    if (result.status != 200 || result.body == null) {
      return result;
    }
    ArrayNode out = NODES.arrayNode();
    for (JsonNode member : result.body) {
      ObjectNode m = ((ObjectNode) member).deepCopy();
      m.put("org_membership_status", status);
      out.add(m);
    }
    ObjectNode change = NODES.objectNode();
    change.set("members", out);
    store.update("orgs", x.id("id"), change);
    return Reply.ok(out);
  }

  private ObjectNode accountSummary(long orgId) {
    ObjectNode body = NODES.objectNode();
    body.put("org_id", orgId);
    body.set("data_sources", statusCounts(store.list("data_sources")));
    List<ObjectNode> nexsets = store.list("data_sets");
    ObjectNode sets = body.putObject("data_sets");
    sets.set("detected", statusCounts(filter(nexsets, n -> Lifecycle.parentOf(n) == 0)));
    sets.set("derived", statusCounts(filter(nexsets, n -> Lifecycle.parentOf(n) != 0)));
    body.set("data_sinks", statusCounts(store.list("data_sinks")));
    body.putObject("flows").put("total", store.list("flows").stream().filter(n -> parentOf(n) == 0).count());
    return body;
  }

  private static ObjectNode statusCounts(List<ObjectNode> records) {
    ObjectNode counts = NODES.objectNode();
    counts.put("total", records.size());
    counts.put("active", records.stream().filter(r -> r.path("status").asString("").equals("ACTIVE")).count());
    counts.put("paused", records.stream().filter(r -> r.path("status").asString("").equals("PAUSED")).count());
    return counts;
  }

  static Reply accountMetrics() {
    ObjectNode body = NODES.objectNode();
    body.put("status", 200);
    ObjectNode metrics = body.putObject("metrics");
    metrics.put("records", 12345);
    metrics.put("size", 6789012);
    metrics.put("errors", 0);
    return Reply.ok(body);
  }

  static Reply statusMetrics(EmulatorStore store) {
    ObjectNode body = NODES.objectNode();
    body.put("status", 200);
    ObjectNode metrics = body.putObject("metrics");
    for (String status : List.of("ACTIVE", "PAUSED")) {
      metrics.put(status, store.list("flows").stream()
          .filter(n -> parentOf(n) == 0 && n.path("status").asString("").equals(status)).count());
    }
    return Reply.ok(body);
  }

  private void projects() {
    String c = "projects";
    subLists.register("/projects/{id}/flows", c, "flows", "flows");
    // Registered after the generic sub-list so that it wins: project flows are answered as a flow response.
    route("GET", "/projects/{id}/flows", x -> withRecord(c, x, r -> Reply.ok(flows.response(projectOrigins(r), false))));
    route("POST", "/projects/{id}/flows/search", x -> withRecord(c, x, r -> Reply.ok(flows.response(projectOrigins(r), false))));
  }

  private List<Long> projectOrigins(ObjectNode project) {
    List<Long> origins = new ArrayList<>();
    for (JsonNode f : arrayOrEmpty(project.get("flows"))) {
      long id = f.path("id").asLong(0);
      if (store.get("flows", id) != null) {
        origins.add(flows.originOf(id));
      }
    }
    return origins;
  }

  private void selfSignup() {
    route("PUT", "/self_signup_requests/{id}/approve", x -> collections.setStatus("self_signup_requests", x, "APPROVED"));
    route("POST", "/signup", x -> {
      ObjectNode body = objectBody(x);
      if (body == null || !body.hasNonNull("email")) {
        return Reply.error(400, "email is required");
      }
      ObjectNode request = store.create("self_signup_requests", body);
      ObjectNode change = NODES.objectNode();
      change.put("status", "PENDING");
      return Reply.of(201, store.update("self_signup_requests", request.get("id").asLong(), change));
    });
    route("GET", "/signup/verify_email", x -> {
      if (x.query("token") == null) {
        return Reply.error(400, "token is required");
      }
      ObjectNode body = NODES.objectNode();
      body.put("status", "verified");
      return Reply.ok(body);
    });
  }
}
