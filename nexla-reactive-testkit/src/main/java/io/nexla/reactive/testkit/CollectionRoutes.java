package io.nexla.reactive.testkit;

import static io.nexla.reactive.testkit.EmulatorStore.NODES;
import static io.nexla.reactive.testkit.FlowTree.FLOW_RESOURCES;

import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The generic routes of every described collection: list, get, create, update, delete, status, copy, audit. */
final class CollectionRoutes extends RouteGroup {

  private final FlowTree flows;
  private final Lifecycle lifecycle;

  CollectionRoutes(EmulatorStore store, EmulatorSettings settings, Router router, FlowTree flows, Lifecycle lifecycle,
      SubListRoutes subLists) {
    super(store, settings, router);
    this.flows = flows;
    this.lifecycle = lifecycle;
    for (CollectionSpec spec : CollectionSpec.withGenericRoutes()) {
      String c = spec.name();
      String p = spec.path();
      route("GET", p, x -> page(x, selected(x, store.snapshot(c)), r -> expanded(c, x, view(c, r))));
      route("POST", p, x -> create(c, x));
      route("GET", p + "/{id}", x -> withRecord(c, x, r -> Reply.ok(expanded(c, x, view(c, r)))));
      route("PUT", p + "/{id}", x -> update(c, x));
      route("DELETE", p + "/{id}", x -> delete(c, x));
      route("PUT", p + "/{id}/activate", x -> setStatus(c, x, "ACTIVE"));
      route("PUT", p + "/{id}/pause", x -> setStatus(c, x, spec.pausedStatus()));
      route("POST", p + "/{id}/copy", x -> copy(c, x));
      route("GET", p + "/{id}/audit_log", x -> withRecord(c, x, r -> auditPage(x, store.auditLog(c, r.get("id").asLong()))));
      subLists.register(p + "/{id}/accessors", c, "accessors", "accessors");
    }
  }

  /** With {@code expand=1}, the record with the related records the collection's description adds. */
  private JsonNode expanded(String c, Exchange x, ObjectNode record) {
    CollectionSpec.View expand = CollectionSpec.of(c).expand();
    return expand == null || !x.flag("expand") ? record : expand.apply(record.deepCopy(), store, settings);
  }

  Reply create(String c, Exchange x) {
    ObjectNode body = objectBody(x);
    if (body == null) {
      return Reply.error(400, "Request body must be a JSON object");
    }
    if (CollectionSpec.of(c).uniqueNames() && body.hasNonNull("name")) {
      String name = body.get("name").asString();
      for (ObjectNode existing : store.collection(c).values()) {
        if (name.equals(existing.path("name").asString(null))) {
          return Reply.error(409, "Name has already been taken: " + name);
        }
      }
    }
    ObjectNode created = store.create(c, body);
    lifecycle.created(c, created);
    return Reply.of(c.equals("async_tasks") ? 200 : 201, view(c, store.get(c, created.get("id").asLong())));
  }

  private Reply update(String c, Exchange x) {
    ObjectNode body = objectBody(x);
    if (body == null) {
      return Reply.error(400, "Request body must be a JSON object");
    }
    CollectionSpec.of(c).onWrite().apply(body, x.id("id"), store);
    ObjectNode updated = store.update(c, x.id("id"), body);
    return updated == null ? notFound(c, x) : Reply.ok(view(c, updated));
  }

  /**
   * Deletes a record. A source, nexset or destination goes with everything downstream of it in its flow, and
   * only when all of that is paused: otherwise 405 with the documented body, as for flow deletion.
   */
  private Reply delete(String c, Exchange x) {
    ObjectNode existing = store.get(c, x.id("id"));
    long nodeId = existing == null ? 0 : existing.path("flow_node_id").asLong(0);
    if (FLOW_RESOURCES.contains(c) && nodeId != 0 && store.get("flows", nodeId) != null) {
      Reply refused = flows.delete(flows.affectedNodes(nodeId, false));
      if (refused.status != 200) {
        return refused;
      }
      ObjectNode body = NODES.objectNode();
      body.put("status", "deleted");
      body.put("id", existing.get("id").asLong());
      return Reply.ok(body);
    }
    if (existing != null && FLOW_RESOURCES.contains(c) && existing.path("status").asString("").equals("ACTIVE")) {
      ObjectNode body = NODES.objectNode();
      body.set(c, NODES.arrayNode().add(existing.get("id").asLong()));
      body.put("message", "Active flow resources must be paused before flow deletion!");
      Reply reply = Reply.of(405, body);
      reply.processed = false;
      return reply;
    }
    ObjectNode removed = store.delete(c, x.id("id"));
    if (removed != null) {
      lifecycle.deleted(c, removed);
    }
    if (removed == null) {
      return notFound(c, x);
    }
    ObjectNode body = NODES.objectNode();
    body.put("status", "deleted");
    body.put("id", removed.get("id").asLong());
    return Reply.ok(body);
  }

  Reply setStatus(String c, Exchange x, String status) {
    if (FLOW_RESOURCES.contains(c) && (x.flag("all") || x.flag("full_tree"))) {
      return withRecord(c, x, r -> {
        if (c.equals("data_sources") && status.equals("ACTIVE")) {
          lifecycle.detect(r.get("id").asLong(), false);
        }
        long nodeId = r.path("flow_node_id").asLong(0);
        if (nodeId != 0) {
          flows.cascadeStatus(flows.affectedNodes(nodeId, true), status);
        } else {
          store.setStatus(c, r.get("id").asLong(), status);
        }
        ObjectNode result = view(c, store.get(c, r.get("id").asLong()));
        result.set("flows", nodeId == 0 ? NODES.arrayNode() : flows.response(List.of(flows.originOf(nodeId)), true).get("flows"));
        return Reply.ok(result);
      });
    }
    ObjectNode updated = store.setStatus(c, x.id("id"), status);
    if (updated == null) {
      return notFound(c, x);
    }
    if (c.equals("data_sources") && status.equals("ACTIVE") && lifecycle.detect(x.id("id"), false) != 0) {
      updated = store.get(c, x.id("id"));
    }
    ObjectNode result = view(c, updated);
    if (FLOW_RESOURCES.contains(c) && updated.path("flow_node_id").asLong(0) != 0) {
      result.set("flows", flows.response(List.of(flows.originOf(updated.get("flow_node_id").asLong())), true).get("flows"));
    }
    return Reply.ok(result);
  }

  private Reply copy(String c, Exchange x) {
    return withRecord(c, x, original -> {
      ObjectNode copy = original.deepCopy();
      for (String field : List.of("id", "flow_node_id", "origin_node_id", "created_at", "updated_at")) {
        copy.remove(field);
      }
      copy.put("copied_from_id", original.get("id").asLong());
      if (copy.has("name")) {
        copy.put("name", copy.get("name").asString() + " (copy " + store.nextId() + ")");
      }
      if (FLOW_RESOURCES.contains(c) || c.equals("runtimes")) {
        copy.put("status", "PAUSED");
      }
      ObjectNode options = objectBody(x);
      if (options != null) {
        if (options.has("owner_id")) {
          copy.withObjectProperty("owner").put("id", options.get("owner_id").asLong());
        }
        if (options.has("org_id")) {
          copy.withObjectProperty("org").put("id", options.get("org_id").asLong());
        }
      }
      return Reply.of(201, view(c, store.create(c, copy)));
    });
  }
}
