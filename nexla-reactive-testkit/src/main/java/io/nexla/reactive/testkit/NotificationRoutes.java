package io.nexla.reactive.testkit;

import static io.nexla.reactive.testkit.EmulatorStore.NODES;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Notifications (filters, counts, read marks), notification settings by type or resource, notification types. */
final class NotificationRoutes extends RouteGroup {

  NotificationRoutes(EmulatorStore store, EmulatorSettings settings, Router router) {
    super(store, settings, router);
    route("GET", "/notifications", x -> {
      List<ObjectNode> all = store.list("notifications");
      String read = x.query("read");
      if (read != null) {
        boolean wanted = x.flag("read");
        all = filter(all, n -> n.path("read").asBoolean(false) == wanted);
      }
      return page(x, selected(x, all));
    });
    route("DELETE", "/notifications/all", x -> {
      int count = store.size("notifications");
      store.collection("notifications").clear();
      ObjectNode body = NODES.objectNode();
      body.put("status", "deleted");
      body.put("deleted", count);
      return Reply.ok(body);
    });
    route("GET", "/notifications/count", x -> {
      List<ObjectNode> all = store.list("notifications");
      if (x.query("read") != null) {
        boolean wanted = x.flag("read");
        all = filter(all, n -> n.path("read").asBoolean(false) == wanted);
      }
      ObjectNode body = NODES.objectNode();
      body.put("count", all.size());
      return Reply.ok(body);
    });
    route("PUT", "/notifications/mark_read", x -> markRead(x, true));
    route("PUT", "/notifications/mark_unread", x -> markRead(x, false));
    route("GET", "/notification_settings/notification_types/{type_id}", x -> Reply.ok(EmulatorStore.array(
        filter(store.list("notification_settings"), s -> s.path("notification_type_id").asString("").equals(x.var("type_id"))))));
    route("GET", "/notification_settings/{resource_type}/{resource_id}", x -> Reply.ok(EmulatorStore.array(
        filter(store.list("notification_settings"), s -> s.path("resource_id").asString("").equals(x.var("resource_id"))
            && (x.query("notification_type_id") == null || s.path("notification_type_id").asString("").equals(x.query("notification_type_id")))))));
    // status=ACTIVE lists the enabled types, status=PAUSE the disabled ones (none are).
    route("GET", "/notification_types", x -> Reply.ok(EmulatorStore.array(filter(notificationTypes(),
        t -> x.query("status") == null || t.get("status").asBoolean() == x.query("status").equalsIgnoreCase("ACTIVE")))));
    route("GET", "/notification_types/list", x -> {
      ObjectNode type = notificationTypes().get(0);
      if (x.query("event_type") != null) {
        type.put("event_type", x.query("event_type"));
      }
      if (x.query("resource_type") != null) {
        type.put("resource_type", x.query("resource_type"));
      }
      return Reply.ok(type);
    });
  }

  private static final String[][] TYPES = {
      {"FLOW_FAILED", "SOURCE", "A flow failed"}, {"READ_DONE", "SOURCE", "A source finished reading"},
      {"WRITE_DONE", "SINK", "A destination finished writing"}};

  private static List<ObjectNode> notificationTypes() {
    List<ObjectNode> types = new ArrayList<>();
    for (int i = 1; i <= TYPES.length; i++) {
      types.add(type(i));
    }
    return types;
  }

  /** The notification type with this id (ids beyond the known ones wrap around). */
  static ObjectNode type(long id) {
    String[] known = TYPES[(int) Math.floorMod(id - 1, (long) TYPES.length)];
    ObjectNode t = NODES.objectNode();
    t.put("id", id);
    t.put("name", known[0]);
    t.put("description", known[2]);
    t.put("event_type", known[0]);
    t.put("resource_type", known[1]);
    // The type's own status is a boolean; the list filter's ACTIVE/PAUSE values map onto it.
    t.put("status", true);
    t.put("category", "PLATFORM");
    t.put("default", true);
    return t;
  }

  private Reply markRead(Exchange x, boolean read) {
    List<Long> ids = new ArrayList<>();
    if ("all".equals(x.query("notification_id"))) {
      store.list("notifications").forEach(n -> ids.add(n.get("id").asLong()));
    } else {
      JsonNode body = x.body();
      if (body == null || !body.isArray()) {
        return Reply.error(400, "Body must be a JSON array of notification ids");
      }
      body.forEach(id -> ids.add(id.asLong(0)));
    }
    int changed = 0;
    for (long id : ids) {
      ObjectNode change = NODES.objectNode();
      change.put("read", read);
      if (store.update("notifications", id, change) != null) {
        changed++;
      }
    }
    ObjectNode body = NODES.objectNode();
    body.put("status", "ok");
    body.put("updated", changed);
    return Reply.ok(body);
  }
}
