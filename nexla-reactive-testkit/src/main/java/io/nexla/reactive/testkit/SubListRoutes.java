package io.nexla.reactive.testkit;

import static io.nexla.reactive.testkit.EmulatorStore.NODES;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
      itemsNode.forEach(item -> items.add(normaliseItem(item, field)));
    }
    ObjectNode current = store.get(c, id);
    ArrayNode existing = arrayOrEmpty(current == null ? null : current.get(field));
    ArrayNode next = NODES.arrayNode();
    switch (mode) {
      case "replace" -> items.forEach(next::add);
      case "add" -> {
        Map<String, JsonNode> merged = new LinkedHashMap<>();
        existing.forEach(e -> merged.put(itemKey(e), e));
        items.forEach(e -> merged.put(itemKey(e), e));
        merged.values().forEach(next::add);
      }
      default -> {
        if (itemsNode != null) {
          Set<String> removed = new HashSet<>();
          items.forEach(e -> removed.add(itemKey(e)));
          existing.forEach(e -> {
            if (!removed.contains(itemKey(e))) {
              next.add(e);
            }
          });
        }
      }
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

  private JsonNode normaliseItem(JsonNode item, String field) {
    if (!item.isObject()) {
      ObjectNode wrapped = NODES.objectNode();
      wrapped.set("id", item);
      item = wrapped;
    }
    ObjectNode copy = ((ObjectNode) item).deepCopy();
    if (field.equals("accessors")) {
      if (!copy.has("access_roles")) {
        copy.set("access_roles", NODES.arrayNode().add("collaborator"));
      }
      if (!copy.has("type")) {
        copy.put("type", "USER");
      }
      copy.put("created_at", store.now());
      copy.put("updated_at", store.now());
    }
    return copy;
  }

  private static String itemKey(JsonNode item) {
    for (String key : List.of("id", "email", "name", "domain")) {
      if (item.hasNonNull(key)) {
        return item.path("type").asString("") + ":" + key + ":" + item.get(key).asString();
      }
    }
    return item.toString();
  }
}
