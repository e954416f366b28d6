package io.nexla.reactive.testkit;

import static io.nexla.reactive.testkit.EmulatorStore.NODES;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Base of the route classes: the shared store, settings and router, and the helpers every group uses (record
 * lookup, not-found answers, views, both pagination shapes). Handlers only touch the in-memory store, so they
 * never block.
 */
abstract class RouteGroup {

  final EmulatorStore store;
  final EmulatorSettings settings;
  private final Router router;

  RouteGroup(EmulatorStore store, EmulatorSettings settings, Router router) {
    this.store = store;
    this.settings = settings;
    this.router = router;
  }

  final void route(String method, String template, Router.Handler handler) {
    router.add(method, template, handler);
  }

  final Reply withRecord(String c, Exchange x, Function<ObjectNode, Reply> action) {
    ObjectNode record = store.get(c, x.id(c.equals("flows") && x.vars().containsKey("flow_id") ? "flow_id" : "id"));
    return record == null ? notFound(c, x) : action.apply(record);
  }

  static Reply notFound(String c, Exchange x) {
    Reply reply = Reply.error(404, CollectionSpec.of(c).singular() + " not found");
    if (reply.body instanceof ObjectNode body) {
      body.put("resource_type", c);
      body.put("resource_id", x.vars().getOrDefault("id", "unknown"));
    }
    return reply;
  }

  static @Nullable ObjectNode objectBody(Exchange x) {
    JsonNode body = x.body();
    if (body == null) {
      return NODES.objectNode();
    }
    return body.isObject() ? ((ObjectNode) body).deepCopy() : null;
  }

  static ArrayNode arrayOrEmpty(@Nullable JsonNode node) {
    return node != null && node.isArray() ? ((ArrayNode) node).deepCopy() : NODES.arrayNode();
  }

  static <T> List<T> filter(List<T> items, Predicate<T> keep) {
    return items.stream().filter(keep).toList();
  }

  final List<ObjectNode> views(String c, List<ObjectNode> records) {
    return records.stream().map(r -> view(c, r)).toList();
  }

  final ObjectNode view(String c, @Nullable ObjectNode record) {
    return CollectionSpec.of(c).view(record, store, settings);
  }

  /** A page of a list, as a bare array or (in envelope mode) {@code {meta, data}}. */
  final Reply page(Exchange x, List<? extends JsonNode> all) {
    return page(x, all, r -> r);
  }

  /** As {@link #page(Exchange, List)}, shaping only the records of the requested page. */
  final <T extends JsonNode> Reply page(Exchange x, List<T> all, Function<T, JsonNode> shape) {
    if (settings.envelopePagination()) {
      return envelope(x, all, "currentPage", "pageCount", "totalCount", shape);
    }
    return Reply.page(EmulatorStore.array(slice(x, all).stream().map(shape).toList()));
  }

  final Reply envelope(Exchange x, List<? extends JsonNode> all, String currentKey, String countKey, String totalKey) {
    return envelope(x, all, currentKey, countKey, totalKey, r -> r);
  }

  final <T extends JsonNode> Reply envelope(
      Exchange x, List<T> all, String currentKey, String countKey, String totalKey, Function<T, JsonNode> shape) {
    int perPage = perPage(x);
    ObjectNode body = NODES.objectNode();
    ObjectNode meta = body.putObject("meta");
    meta.put(currentKey, Math.max(1, x.intQuery("page", 1)));
    meta.put(countKey, (all.size() + perPage - 1) / perPage);
    meta.put(totalKey, all.size());
    meta.put("perPage", perPage);
    body.set("data", EmulatorStore.array(slice(x, all).stream().map(shape).toList()));
    return Reply.page(body);
  }

  final int perPage(Exchange x) {
    return Math.max(1, Math.min(x.intQuery("per_page", settings.defaultPageSize()), settings.maxPageSize()));
  }

  final <T> List<T> slice(Exchange x, List<T> all) {
    int perPage = perPage(x);
    int page = x.intQuery("page", 1);
    if (page < 1) {
      return List.of();
    }
    long from = (long) (page - 1) * perPage;
    if (from >= all.size()) {
      return List.of();
    }
    return all.subList((int) from, (int) Math.min(all.size(), from + perPage));
  }

  static Exchange withPerPage(Exchange x, int perPage) {
    Map<String, List<String>> query = new LinkedHashMap<>(x.query());
    query.put("per_page", List.of(String.valueOf(perPage)));
    return new Exchange(x.method(), x.path(), x.vars(), query, x.headers(), x.body(), x.baseUrl(), x.rootUrl());
  }

  /** The records the request's list parameters select ({@link QueryFilters}). */
  static List<ObjectNode> selected(Exchange x, List<ObjectNode> records) {
    Predicate<ObjectNode> keep = QueryFilters.of(x);
    return keep == null ? records : filter(records, keep);
  }

  /** A page of audit-log entries, filtered by {@code event_filter}, {@code change_filter}, {@code from}, {@code to}. */
  final Reply auditPage(Exchange x, List<ObjectNode> entries) {
    List<ObjectNode> out = entries;
    String event = x.query("event_filter");
    if (event != null) {
      out = filter(out, e -> e.path("event").asString("").equalsIgnoreCase(event));
    }
    String change = x.query("change_filter");
    if (change != null) {
      out = filter(out, e -> e.path("object_changes").has(change));
    }
    Predicate<ObjectNode> time = QueryFilters.timeRange(x, "created_at");
    return page(x, time == null ? out : filter(out, time));
  }

  static @Nullable Instant parseInstant(@Nullable String text) {
    if (text == null) {
      return null;
    }
    try {
      return Instant.parse(text);
    } catch (RuntimeException e) {
      return null;
    }
  }
}
