package io.nexla.reactive.testkit;

import static io.nexla.reactive.testkit.EmulatorStore.NODES;
import static io.nexla.reactive.testkit.FlowTree.parentOf;

import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The current user, user settings, user metrics, quarantine settings and ownership transfer. */
final class UserRoutes extends RouteGroup {

  private static final String C = "users";

  UserRoutes(EmulatorStore store, EmulatorSettings settings, Router router) {
    super(store, settings, router);
    route("GET", "/user_settings", x -> {
      ArrayNode out = NODES.arrayNode();
      ObjectNode setting = out.addObject();
      setting.put("id", "ui.theme");
      setting.set("owner", EmulatorStore.owner());
      setting.set("org", EmulatorStore.orgBrief());
      setting.put("user_settings_type", "general");
      setting.putObject("settings").put("theme", "light");
      return Reply.ok(out);
    });
    route("GET", "/users/current", x -> Reply.ok(view(C, store.get(C, EmulatorStore.CURRENT_USER_ID))));
    route("GET", "/users/{id}/flows/account_metrics", x -> withRecord(C, x, r -> OrgRoutes.accountMetrics()));
    route("GET", "/users/{id}/flows/dashboard", x -> withRecord(C, x, r -> {
      ObjectNode body = NODES.objectNode();
      body.put("status", 200);
      ObjectNode metrics = body.putObject("metrics");
      metrics.put("flows", store.list("flows").stream().filter(n -> parentOf(n) == 0).count());
      metrics.put("sources", store.size("data_sources"));
      metrics.put("destinations", store.size("data_sinks"));
      return Reply.ok(body);
    }));
    route("GET", "/users/{id}/flows/status_metrics", x -> withRecord(C, x, r -> OrgRoutes.statusMetrics(store)));
    route("GET", "/users/{id}/metrics", x -> withRecord(C, x, r -> {
      ObjectNode body = NODES.objectNode();
      body.put("status", 200);
      body.set("metrics", EmulatorStore.array(SampleData.dailyMetrics(store, 7)));
      return Reply.ok(body);
    }));
    quarantine();
    route("PUT", "/users/{id}/transfer", x -> withRecord(C, x, r -> {
      ObjectNode body = objectBody(x);
      if (body == null) {
        return Reply.error(400, "Request body must be a JSON object");
      }
      ObjectNode out = NODES.objectNode();
      out.put("status", "ok");
      out.put("from_user_id", r.get("id").asLong());
      out.set("delegate_owner_id", body.get("delegate_owner_id"));
      return Reply.ok(out);
    }));
    route("GET", "/users/{id}/transferable", x -> withRecord(C, x, r -> {
      ObjectNode out = NODES.objectNode();
      for (String rt : List.of("data_sources", "data_sets", "data_sinks", "data_credentials", "data_maps")) {
        ArrayNode ids = out.putArray(rt);
        store.list(rt).forEach(res -> ids.add(res.get("id").asLong()));
      }
      return Reply.ok(out);
    }));
  }

  private void quarantine() {
    String q = "/users/{id}/quarantine_settings";
    route("GET", q, x -> withRecord(C, x, r -> {
      if (r.has("quarantine_settings")) {
        return Reply.ok(r.get("quarantine_settings"));
      }
      ObjectNode defaults = NODES.objectNode();
      defaults.put("owner_id", r.get("id").asLong());
      defaults.put("enabled", false);
      defaults.putObject("config");
      return Reply.ok(defaults);
    }));
    route("POST", q, x -> saveQuarantine(x, true));
    route("PUT", q, x -> saveQuarantine(x, false));
    route("DELETE", q, x -> withRecord(C, x, r -> {
      ObjectNode stripped = r.deepCopy();
      stripped.remove("quarantine_settings");
      store.collection(C).put(r.get("id").asLong(), stripped);
      ObjectNode body = NODES.objectNode();
      body.put("status", "deleted");
      return Reply.ok(body);
    }));
  }

  private Reply saveQuarantine(Exchange x, boolean create) {
    return withRecord(C, x, r -> {
      ObjectNode body = objectBody(x);
      if (body == null) {
        return Reply.error(400, "Request body must be a JSON object");
      }
      ObjectNode settingsNode = r.has("quarantine_settings") ? ((ObjectNode) r.get("quarantine_settings")).deepCopy() : NODES.objectNode();
      if (!settingsNode.has("id")) {
        settingsNode.put("id", store.nextId());
      }
      body.propertyNames().forEach(name -> settingsNode.set(name, body.get(name)));
      settingsNode.put("owner_id", r.get("id").asLong());
      ObjectNode change = NODES.objectNode();
      change.set("quarantine_settings", settingsNode);
      store.update(C, r.get("id").asLong(), change);
      return Reply.of(create ? 201 : 200, settingsNode);
    });
  }
}
