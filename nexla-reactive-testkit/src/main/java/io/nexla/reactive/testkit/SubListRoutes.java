package io.nexla.reactive.testkit;

import static io.nexla.reactive.testkit.EmulatorStore.NODES;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Lists kept inside a record (accessors, members, custodians, items, project flows): get, add, replace, remove. */
final class SubListRoutes extends RouteGroup {

  SubListRoutes(EmulatorStore store, EmulatorSettings settings, Router router) {
    super(store, settings, router);
  }

  void register(String template, String c, String field, String bodyKey) {
    route("GET", template, x -> withRecord(c, x, r -> Reply.ok(arrayOrEmpty(r.get(field)))));
    route("PUT", template, x -> change(c, x, field, bodyKey, "add"));
    route("POST", template, x -> change(c, x, field, bodyKey, "replace"));
    route("DELETE", template, x -> change(c, x, field, bodyKey, "remove"));
  }

  Reply change(String c, Exchange x, String field, String bodyKey, String mode) {
    long id = x.id("id");
    if (store.get(c, id) == null) {
      return notFound(c, x);
    }
    JsonNode body = x.body();
    JsonNode itemsNode = body == null ? null : body.isArray() ? body : itemsOf(body, field, bodyKey);
    if (body != null && itemsNode == null && !mode.equals("remove")) {
      return Reply.error(400, "Body must contain '" + bodyKey + "'");
    }
    List<JsonNode> items = new ArrayList<>();
    if (itemsNode != null) {
      itemsNode.forEach(item -> items.add(item.isObject() ? item : NODES.objectNode().set("id", item)));
    }
    ObjectNode current = store.get(c, id);
    ArrayNode existing = arrayOrEmpty(current == null ? null : current.get(field));
    ArrayNode next = NODES.arrayNode();
    switch (mode) {
      case "replace" -> items.forEach(item -> next.add(normaliseItem(c, field, id, item, store)));
      case "add" -> {
        List<JsonNode> merged = new ArrayList<>();
        existing.forEach(merged::add);
        for (JsonNode item : items) {
          int at = indexOf(merged, item);
          if (at < 0) {
            merged.add(normaliseItem(c, field, id, item, store));
          } else {
            ObjectNode updated = ((ObjectNode) merged.get(at)).deepCopy();
            item.propertyNames().forEach(name -> updated.set(name, item.get(name)));
            merged.set(at, normaliseItem(c, field, id, updated, store));
          }
        }
        merged.forEach(next::add);
      }
      default -> existing.forEach(e -> {
        if (itemsNode != null && items.stream().noneMatch(item -> sameItem(e, item))) {
          next.add(e);
        }
      });
    }
    ObjectNode change = NODES.objectNode();
    change.set(field, next);
    store.update(c, id, change);
    return Reply.ok(next);
  }

  /**
   * The items a sub-list change carries: the {@code bodyKey} array, project flows also as {@code data_flows}, and a
   * marketplace item as the single object it is documented to be ({@code {name, description?, data_set_id}}).
   */
  private static @Nullable JsonNode itemsOf(JsonNode body, String field, String bodyKey) {
    JsonNode items = body.get(bodyKey);
    if (items == null && field.equals("flows")) {
      items = body.get("data_flows");
    }
    if (items == null && field.equals("items") && body.isObject() && body.has("data_set_id")) {
      items = NODES.arrayNode().add(body);
    }
    return items;
  }

  /** The items of a nested list in their documented shape (see {@link #normaliseItem}). */
  static ArrayNode normalise(String c, String field, long ownerId, ArrayNode items, EmulatorStore store) {
    ArrayNode out = NODES.arrayNode();
    items.forEach(item -> out.add(normaliseItem(c, field, ownerId, item, store)));
    return out;
  }

  /**
   * One item of a nested list in its documented shape: an accessor, an org member ({@code OrgMember}), a team
   * member ({@code TeamMember}), a custodian ({@code CustodianUser}), a project flow ({@code ProjectDataFlow}) or a
   * marketplace item; a bare id becomes {@code {id}}, and items the request did not identify get a new id.
   */
  static ObjectNode normaliseItem(String c, String field, long ownerId, JsonNode item, EmulatorStore store) {
    ObjectNode copy;
    if (item.isObject()) {
      copy = ((ObjectNode) item).deepCopy();
    } else {
      copy = NODES.objectNode();
      copy.set("id", item);
    }
    switch (field) {
      case "accessors" -> {
        if (!copy.has("access_roles")) {
          copy.set("access_roles", NODES.arrayNode().add("collaborator"));
        }
        if (!copy.has("type")) {
          copy.put("type", "USER");
        }
        copy.put("created_at", store.now());
        copy.put("updated_at", store.now());
      }
      case "members" -> {
        CollectionSpec.putIfAbsent(copy, "id", store.nextId());
        CollectionSpec.putIfAbsent(copy, "email", "user" + copy.get("id").asLong() + "@example.com");
        boolean admin = copy.path("admin").asBoolean(false) || copy.path("is_admin?").asBoolean(false);
        if (c.equals("orgs")) {
          CollectionSpec.putIfAbsent(copy, "full_name", copy.get("email").asString());
          copy.put("is_admin?", admin);
          CollectionSpec.putIfAbsent(copy, "org_membership_status", "ACTIVE");
          CollectionSpec.putIfAbsent(copy, "user_status", "ACTIVE");
          CollectionSpec.setIfAbsent(copy, "access_role", NODES.arrayNode().add(admin ? "admin" : "member"));
        } else {
          copy.put("admin", admin);
        }
      }
      case "flows", "data_flows" -> copy.put("project_id", ownerId);
      case "custodians", "items" -> CollectionSpec.putIfAbsent(copy, "id", store.nextId());
      default -> { }
    }
    return copy;
  }

  private static int indexOf(List<JsonNode> items, JsonNode wanted) {
    for (int i = 0; i < items.size(); i++) {
      if (sameItem(items.get(i), wanted)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether a request item names a stored one: same type (when given) and the same id, email, name or domain. */
  private static boolean sameItem(JsonNode stored, JsonNode requested) {
    if (requested.hasNonNull("type") && !requested.get("type").asString().equals(stored.path("type").asString(""))) {
      return false;
    }
    for (String key : List.of("id", "email", "name", "domain")) {
      if (requested.hasNonNull(key)) {
        return stored.hasNonNull(key) && stored.get(key).asString().equals(requested.get(key).asString());
      }
    }
    return stored.equals(requested);
  }

}
