package io.nexla.reactive.testkit;

import static io.nexla.reactive.testkit.EmulatorStore.NODES;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Every API route of the emulator. Handlers only touch the in-memory store, so they never block. */
final class ApiRoutes {

  /** Collections with the generic list/get/create/update/delete/activate/pause/copy/accessors/audit routes. */
  static final List<String> COLLECTIONS =
      List.of(
          "approval_requests", "async_tasks", "attribute_transforms", "code_containers", "data_credentials",
          "data_schemas", "data_sinks", "doc_containers", "flows", "data_maps", "api_auth_configs", "orgs",
          "projects", "runtimes", "data_sets", "data_sources", "teams", "transforms", "users", "notifications",
          "gen_ai_integration_configs", "gen_ai_org_settings", "notification_channel_settings",
          "notification_settings", "self_signup_blocked_domains", "self_signup_requests", "marketplace/domains");

  /** Collections whose names must be unique (409 on a duplicate create). */
  static final Set<String> UNIQUE_NAMES =
      Set.of("data_sources", "data_sinks", "data_sets", "data_credentials", "data_maps", "projects", "teams",
          "transforms", "attribute_transforms", "code_containers", "runtimes", "marketplace/domains");

  static final List<String> FLOW_RESOURCES = List.of("data_sources", "data_sets", "data_sinks");

  static final List<String> TASK_TYPES = List.of("BulkDeleteNotifications", "EXPORT_DATA", "export", "import");

  private final EmulatorStore store;
  private final EmulatorSettings settings;
  private final Router router = new Router();

  ApiRoutes(EmulatorStore store, EmulatorSettings settings) {
    this.store = store;
    this.settings = settings;
    for (String collection : COLLECTIONS) {
      generic(collection);
    }
    approvals();
    asyncTasks();
    publicLists();
    credentials();
    flows();
    flowResources();
    genAi();
    lookups();
    marketplace();
    metrics();
    nexsets();
    notifications();
    organizations();
    projects();
    selfSignup();
    teams();
    users();
  }

  Router router() {
    return router;
  }

  private void route(String method, String template, Router.Handler handler) {
    router.add(method, template, handler);
  }

  // ---------------------------------------------------------------- generic collection routes

  private void generic(String c) {
    String p = "/" + c;
    route("GET", p, x -> page(x, store.snapshot(c), r -> view(c, r)));
    route("POST", p, x -> create(c, x));
    route("GET", p + "/{id}", x -> withRecord(c, x, r -> Reply.ok(view(c, r))));
    route("PUT", p + "/{id}", x -> update(c, x));
    route("DELETE", p + "/{id}", x -> delete(c, x));
    route("PUT", p + "/{id}/activate", x -> setStatus(c, x, "ACTIVE"));
    route("PUT", p + "/{id}/pause", x -> setStatus(c, x, "PAUSED"));
    route("POST", p + "/{id}/copy", x -> copy(c, x));
    route("GET", p + "/{id}/audit_log", x -> withRecord(c, x, r -> page(x, store.auditLog(c, r.get("id").asLong()))));
    subList(p + "/{id}/accessors", c, "accessors", "accessors");
  }

  private Reply create(String c, Exchange x) {
    ObjectNode body = objectBody(x);
    if (body == null) {
      return Reply.error(400, "Request body must be a JSON object");
    }
    if (UNIQUE_NAMES.contains(c) && body.hasNonNull("name")) {
      String name = body.get("name").asString();
      for (ObjectNode existing : store.collection(c).values()) {
        if (name.equals(existing.path("name").asString(null))) {
          Reply conflict = Reply.error(409, "Name has already been taken: " + name);
          return conflict;
        }
      }
    }
    ObjectNode created = store.create(c, body);
    return Reply.of(c.equals("async_tasks") ? 200 : 201, view(c, created));
  }

  private Reply update(String c, Exchange x) {
    ObjectNode body = objectBody(x);
    if (body == null) {
      return Reply.error(400, "Request body must be a JSON object");
    }
    ObjectNode updated = store.update(c, x.id("id"), body);
    return updated == null ? notFound(c, x) : Reply.ok(view(c, updated));
  }

  private Reply delete(String c, Exchange x) {
    ObjectNode removed = store.delete(c, x.id("id"));
    if (removed == null) {
      return notFound(c, x);
    }
    ObjectNode body = NODES.objectNode();
    body.put("status", "deleted");
    body.put("id", removed.get("id").asLong());
    return Reply.ok(body);
  }

  private Reply setStatus(String c, Exchange x, String status) {
    if (FLOW_RESOURCES.contains(c) && (x.flag("all") || x.flag("full_tree"))) {
      return withRecord(c, x, r -> {
        long nodeId = r.path("flow_node_id").asLong(0);
        if (nodeId != 0) {
          cascadeStatus(affectedNodes(nodeId, true), status);
        } else {
          store.setStatus(c, r.get("id").asLong(), status);
        }
        ObjectNode result = view(c, store.get(c, r.get("id").asLong()));
        result.set("flows", nodeId == 0 ? NODES.arrayNode() : flowResponse(List.of(originOf(nodeId)), true).get("flows"));
        return Reply.ok(result);
      });
    }
    ObjectNode updated = store.setStatus(c, x.id("id"), status);
    if (updated == null) {
      return notFound(c, x);
    }
    ObjectNode result = view(c, updated);
    if (FLOW_RESOURCES.contains(c) && updated.path("flow_node_id").asLong(0) != 0) {
      result.set("flows", flowResponse(List.of(originOf(updated.get("flow_node_id").asLong())), true).get("flows"));
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

  /** A list kept inside a record (accessors, members, custodians, items): get, add, replace, remove. */
  private void subList(String template, String c, String field, String bodyKey) {
    route("GET", template, x -> withRecord(c, x, r -> Reply.ok(arrayOrEmpty(r.get(field)))));
    route("PUT", template, x -> changeSubList(c, x, field, bodyKey, "add"));
    route("POST", template, x -> changeSubList(c, x, field, bodyKey, "replace"));
    route("DELETE", template, x -> changeSubList(c, x, field, bodyKey, "remove"));
  }

  private Reply changeSubList(String c, Exchange x, String field, String bodyKey, String mode) {
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

  // ---------------------------------------------------------------- specific groups

  private void approvals() {
    route("GET", "/approval_requests/pending",
        x -> page(x, filter(store.list("approval_requests"), r -> !r.path("status").asString("").equals("APPROVED"))));
    route("GET", "/approval_requests/requested", x -> page(x, store.list("approval_requests")));
    route("PUT", "/approval_requests/{id}/approve", x -> setStatus("approval_requests", x, "APPROVED"));
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

  private void asyncTasks() {
    String p = "/async_tasks";
    route("GET", p + "/types", x -> Reply.ok(EmulatorStore.JSON.valueToTree(TASK_TYPES)));
    route("GET", p + "/of_type/{task_type}", x -> Reply.ok(EmulatorStore.array(filter(views("async_tasks",
        store.list("async_tasks")), t -> t.path("type").asString("").equals(x.var("task_type"))))));
    route("GET", p + "/by_status/{status}", x -> {
      String wanted = canonicalTaskStatus(x.var("status"));
      return Reply.ok(EmulatorStore.array(filter(views("async_tasks", store.list("async_tasks")),
          t -> t.path("status").asString("").equals(wanted))));
    });
    route("GET", p + "/explain_arguments/{task_type}", x -> {
      ObjectNode body = NODES.objectNode();
      body.put("task_type", x.var("task_type"));
      ArrayNode args = body.putArray("args");
      ObjectNode size = args.addObject();
      size.put("name", "size_bytes");
      size.put("type", "integer");
      size.put("description", "Size of the generated artifact in bytes");
      ObjectNode fail = args.addObject();
      fail.put("name", "fail");
      fail.put("type", "boolean");
      fail.put("description", "Make the task end in FAILED");
      return Reply.ok(body);
    });
    route("POST", p + "/{id}/acknowledge", x -> withRecord("async_tasks", x, r -> {
      ObjectNode change = NODES.objectNode();
      change.put("acknowledged", true);
      store.update("async_tasks", r.get("id").asLong(), change);
      ObjectNode body = NODES.objectNode();
      body.put("status", "ok");
      return Reply.ok(body);
    }));
    route("POST", p + "/{id}/rerun", x -> withRecord("async_tasks", x, r -> {
      ObjectNode change = NODES.objectNode();
      change.put("started_at", store.now());
      change.put("status", "QUEUED");
      return Reply.ok(view("async_tasks", store.update("async_tasks", r.get("id").asLong(), change)));
    }));
    route("GET", p + "/{id}/result", x -> withRecord("async_tasks", x, r -> {
      ObjectNode task = view("async_tasks", r);
      ObjectNode body = NODES.objectNode();
      body.put("task_id", task.get("id").asLong());
      body.put("status", task.get("status").asString());
      body.set("result", task.has("result") ? task.get("result") : NODES.nullNode());
      return Reply.ok(body);
    }));
    route("GET", p + "/{id}/download_link", x -> withRecord("async_tasks", x, r -> {
      ObjectNode task = view("async_tasks", r);
      if (!task.path("status").asString("").equals("DONE")) {
        return Reply.error(409, "Task " + task.get("id").asLong() + " has no artifact yet (" + task.path("status").asString() + ")");
      }
      ObjectNode body = NODES.objectNode();
      body.put("url", task.get("download_link").asString());
      body.put("expires_at", EmulatorStore.TIMESTAMP.format(store.instant().plus(Duration.ofHours(1))));
      return Reply.ok(body);
    }));
  }

  static String canonicalTaskStatus(String status) {
    return switch (status.toLowerCase(Locale.ROOT)) {
      case "pending", "queued" -> "QUEUED";
      case "running", "processing" -> "RUNNING";
      case "completed", "complete", "success", "done" -> "DONE";
      case "failed", "error" -> "FAILED";
      default -> status;
    };
  }

  /** Computes an async task's status from emulator time: QUEUED, RUNNING (with progress), DONE or FAILED. */
  private ObjectNode taskView(ObjectNode task) {
    ObjectNode view = task.deepCopy();
    Instant started = parseInstant(task.path("started_at").asString(null));
    if (started == null) {
      return view;
    }
    long total = settings.taskDuration().toMillis();
    long elapsed = Duration.between(started, store.instant()).toMillis();
    boolean fails = task.path("arguments").path("fail").asBoolean(false)
        || settings.failingTaskTypes().contains(task.path("type").asString(""));
    if (elapsed < total / 10) {
      view.put("status", "QUEUED");
      view.put("progress", 0);
    } else if (elapsed < total) {
      view.put("status", "RUNNING");
      view.put("progress", (int) (elapsed * 100 / Math.max(1, total)));
    } else {
      view.put("progress", 100);
      view.put("finished_at", EmulatorStore.TIMESTAMP.format(started.plusMillis(total)));
      if (fails) {
        view.put("status", "FAILED");
        view.put("error", "Task failed as requested by its arguments");
      } else {
        long id = task.get("id").asLong();
        long size = task.path("arguments").path("size_bytes").asLong(settings.artifactSize());
        String link = settings.rootUrl() + "/downloads/" + id;
        view.put("status", "DONE");
        ObjectNode result = view.putObject("result");
        result.put("records", Math.max(1, size / 64));
        result.put("file_size", size);
        result.put("download_link", link);
        view.put("download_link", link);
      }
    }
    return view;
  }

  /** Streams a generated artifact of {@code size} bytes in 64 KiB chunks, without holding it in memory. */
  Reply download(long taskId) {
    ObjectNode task = store.get("async_tasks", taskId);
    if (task == null) {
      return Reply.error(404, "No artifact " + taskId);
    }
    ObjectNode view = taskView(task);
    if (!view.path("status").asString("").equals("DONE")) {
      return Reply.error(404, "Artifact " + taskId + " is not ready");
    }
    long size = view.path("result").path("file_size").asLong(0);
    int chunk = 64 * 1024;
    long chunks = (size + chunk - 1) / chunk;
    byte[] line = "id,value,emulated\n".getBytes(StandardCharsets.US_ASCII);
    Flux<byte[]> body = Flux.<byte[], Long>generate(() -> 0L, (i, sink) -> {
      if (i >= chunks) {
        sink.complete();
        return i;
      }
      int length = (int) Math.min(chunk, size - i * chunk);
      byte[] bytes = new byte[length];
      for (int k = 0; k < length; k++) {
        bytes[k] = line[(int) ((i * chunk + k) % line.length)];
      }
      sink.next(bytes);
      return i + 1;
    });
    Reply reply = Reply.stream(body, "text/csv");
    reply.header("Content-Disposition", "attachment; filename=task-" + taskId + ".csv");
    return reply;
  }

  private void publicLists() {
    for (String c : List.of("attribute_transforms", "code_containers", "transforms")) {
      route("GET", "/" + c + "/public", x -> page(x, filter(store.list(c), r -> r.path("public").asBoolean(false))));
    }
  }

  private void credentials() {
    String p = "/data_credentials/{id}/probe";
    route("GET", p, x -> withRecord("data_credentials", x, r -> {
      ObjectNode body = NODES.objectNode();
      if (x.flag("async") && x.query("request_id") == null) {
        body.put("status", "accepted");
        body.put("request_id", store.nextId());
        return Reply.ok(body);
      }
      body.put("status", "success");
      body.put("message", "Connection verified");
      body.put("connection_verified", true);
      body.put("timestamp", store.now());
      return Reply.ok(body);
    }));
    route("POST", p + "/tree", x -> withRecord("data_credentials", x, r -> {
      ObjectNode body = probeBody(x, r);
      ObjectNode tree = body.putObject("object");
      JsonNode request = x.body() == null ? NODES.objectNode() : x.body();
      String path = request.path("path").asString("/");
      ArrayNode children = tree.putArray(path);
      children.add("part-0000.json");
      children.add("part-0001.json");
      return Reply.ok(body);
    }));
    route("POST", p + "/sample", x -> withRecord("data_credentials", x, r -> {
      ObjectNode body = probeBody(x, r);
      ArrayNode output = body.putObject("output").putArray("records");
      for (int i = 1; i <= 3; i++) {
        ObjectNode record = output.addObject();
        record.put("id", i);
        record.put("value", "sample-" + i);
      }
      return Reply.ok(body);
    }));
  }

  private ObjectNode probeBody(Exchange x, ObjectNode credential) {
    ObjectNode body = NODES.objectNode();
    body.put("status", "ok");
    body.put("message", "Probe succeeded");
    body.put("connection_type", credential.path("credentials_type").asString("s3"));
    if (x.flag("async")) {
      body.put("request_id", x.query("request_id") == null ? String.valueOf(store.nextId()) : x.query("request_id"));
    }
    return body;
  }

  // ---------------------------------------------------------------- flows

  private void flows() {
    route("GET", "/flows", x -> {
      List<Long> origins = new ArrayList<>();
      for (ObjectNode node : store.list("flows")) {
        if (parentOf(node) == 0) {
          origins.add(node.get("id").asLong());
        }
      }
      int perPage = Math.min(x.intQuery("per_page", settings.defaultPageSize()), settings.maxPageSize());
      int pageNo = Math.max(1, x.intQuery("page", 1));
      int from = Math.min(origins.size(), (pageNo - 1) * perPage);
      List<Long> pageOrigins = origins.subList(from, Math.min(origins.size(), from + perPage));
      Reply reply = Reply.ok(flowResponse(pageOrigins, x.flag("flows_only")));
      reply.page = true;
      return reply;
    });
    route("GET", "/flows/{id}", x -> withRecord("flows", x,
        n -> Reply.ok(flowResponse(List.of(originOf(n.get("id").asLong())), x.flag("flows_only")))));
    route("DELETE", "/flows/{id}", x -> withRecord("flows", x,
        n -> deleteFlow(affectedNodes(n.get("id").asLong(), x.flag("full_tree") || x.flag("all")))));
    route("PUT", "/flows/{id}/activate", x -> flowStatus(x, "ACTIVE"));
    route("PUT", "/flows/{id}/pause", x -> flowStatus(x, "PAUSED"));
    route("POST", "/flows/{id}/copy", x -> withRecord("flows", x, n -> copyFlow(originOf(n.get("id").asLong()), objectBody(x))));
    route("POST", "/flows/{id}/docs/recommendation", x -> withRecord("flows", x, n -> recommendation("flow", n)));
    route("GET", "/flows/{id}/logs", x -> withRecord("flows", x, n -> envelope(x, logEntries(n.get("id").asLong(), 25),
        "current_page", "pages_count", "total_count")));
    route("POST", "/flows/{id}/logs_v2", x -> withRecord("flows", x, n -> {
      ObjectNode body = NODES.objectNode();
      List<ObjectNode> logs = logEntries(n.get("id").asLong(), x.intQuery("size", 10));
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
      body.set("data", EmulatorStore.array(dailyMetrics(3)));
      return Reply.ok(body);
    });
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
      return envelope(x, entries, "currentPage", "pageCount", "totalCount");
    });
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
      cascadeStatus(affectedNodes(id, x.flag("full_tree") || x.flag("all")), status);
      return Reply.ok(flowResponse(List.of(originOf(id)), false));
    });
  }

  private void flowResources() {
    for (String rt : FLOW_RESOURCES) {
      String p = "/" + rt + "/{id}/flow";
      route("GET", p, x -> withFlowNode(rt, x, nodeId -> Reply.ok(flowResponse(List.of(originOf(nodeId)), x.flag("flows_only")))));
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
        for (ObjectNode node : affectedNodes(nodeId, x.flag("all"))) {
          store.update("flows", node.get("id").asLong(), change);
          ResourceRef ref = resourceOf(node);
          if (ref != null) {
            store.update(ref.collection(), ref.id(), change);
          }
        }
        return Reply.ok(flowResponse(List.of(originOf(nodeId)), false));
      }));
      route("DELETE", p, x -> withFlowNode(rt, x, nodeId -> deleteFlow(affectedNodes(nodeId, x.flag("all")))));
      for (String action : List.of("activate", "pause")) {
        String status = action.equals("activate") ? "ACTIVE" : "PAUSED";
        route("PUT", p + "/" + action, x -> withFlowNode(rt, x, nodeId -> {
          cascadeStatus(affectedNodes(nodeId, x.flag("all") || x.flag("full_tree")), status);
          return Reply.ok(flowResponse(List.of(originOf(nodeId)), false));
        }));
      }
      route("GET", p + "/logs", x -> withRecord(rt, x, r -> envelope(x, logEntries(r.get("id").asLong(), 30),
          "current_page", "pages_count", "total_count")));
      route("GET", p + "/metrics", x -> withRecord(rt, x, r -> envelope(x, dailyMetrics(7),
          "currentPage", "pageCount", "totalCount")));
      route("GET", p + "/{metric_type}", x -> withRecord(rt, x, r -> {
        ObjectNode body = NODES.objectNode();
        body.put("metric_type", x.var("metric_type"));
        body.set("metrics", EmulatorStore.array(dailyMetrics(3)));
        return Reply.ok(body);
      }));
      route("GET", "/" + rt + "/{id}/metrics", x -> withRecord(rt, x, r -> {
        ObjectNode body = NODES.objectNode();
        body.put("status", 200);
        body.set("metrics", EmulatorStore.array(dailyMetrics(7)));
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
          runs.add(run);
        }
        Exchange sized = withPerPage(x, x.intQuery("size", settings.defaultPageSize()));
        return envelope(sized, runs, "currentPage", "pageCount", "totalCount");
      }));
    }
  }

  private Exchange withPerPage(Exchange x, int perPage) {
    Map<String, List<String>> query = new LinkedHashMap<>(x.query());
    query.put("per_page", List.of(String.valueOf(perPage)));
    return new Exchange(x.method(), x.path(), x.vars(), query, x.headers(), x.body(), x.baseUrl(), x.rootUrl());
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

  record ResourceRef(String collection, long id) {}

  static @Nullable ResourceRef resourceOf(JsonNode node) {
    if (node.hasNonNull("data_source_id")) {
      return new ResourceRef("data_sources", node.get("data_source_id").asLong());
    }
    if (node.hasNonNull("data_set_id")) {
      return new ResourceRef("data_sets", node.get("data_set_id").asLong());
    }
    if (node.hasNonNull("data_sink_id")) {
      return new ResourceRef("data_sinks", node.get("data_sink_id").asLong());
    }
    return null;
  }

  private static long parentOf(JsonNode node) {
    return node.path("parent_node_id").asLong(0);
  }

  private long originOf(long nodeId) {
    ObjectNode node = store.get("flows", nodeId);
    long current = nodeId;
    int guard = 0;
    while (node != null && parentOf(node) != 0 && guard++ < 1000) {
      ObjectNode parent = store.get("flows", parentOf(node));
      if (parent == null) {
        break;
      }
      current = parentOf(node);
      node = parent;
    }
    return current;
  }

  /** The node and everything downstream of it, or the whole flow it belongs to. */
  private List<ObjectNode> affectedNodes(long nodeId, boolean wholeFlow) {
    long start = wholeFlow ? originOf(nodeId) : nodeId;
    List<ObjectNode> all = store.list("flows");
    List<ObjectNode> out = new ArrayList<>();
    List<Long> frontier = new ArrayList<>(List.of(start));
    Set<Long> seen = new HashSet<>();
    while (!frontier.isEmpty()) {
      long id = frontier.remove(frontier.size() - 1);
      if (!seen.add(id)) {
        continue;
      }
      for (ObjectNode node : all) {
        long nid = node.get("id").asLong();
        if (nid == id) {
          out.add(node);
        }
        if (parentOf(node) == id) {
          frontier.add(nid);
        }
      }
    }
    return out;
  }

  private void cascadeStatus(List<ObjectNode> nodes, String status) {
    for (ObjectNode node : nodes) {
      ObjectNode change = NODES.objectNode();
      change.put("status", status);
      store.update("flows", node.get("id").asLong(), change);
      ResourceRef ref = resourceOf(node);
      if (ref != null) {
        store.setStatus(ref.collection(), ref.id(), status);
      }
    }
  }

  private Reply deleteFlow(List<ObjectNode> nodes) {
    Map<String, ArrayNode> active = new LinkedHashMap<>();
    for (ObjectNode node : nodes) {
      ResourceRef ref = resourceOf(node);
      if (ref != null) {
        ObjectNode resource = store.get(ref.collection(), ref.id());
        if (resource != null && resource.path("status").asString("").equals("ACTIVE")) {
          active.computeIfAbsent(ref.collection(), k -> NODES.arrayNode()).add(ref.id());
        }
      }
    }
    if (!active.isEmpty()) {
      ObjectNode body = NODES.objectNode();
      active.forEach(body::set);
      body.put("message", "Active flow resources must be paused before flow deletion!");
      Reply reply = Reply.of(405, body);
      reply.processed = false;
      return reply;
    }
    for (ObjectNode node : nodes) {
      ResourceRef ref = resourceOf(node);
      if (ref != null) {
        store.delete(ref.collection(), ref.id());
      }
      store.delete("flows", node.get("id").asLong());
    }
    ObjectNode body = NODES.objectNode();
    body.put("status", "deleted");
    body.put("deleted_nodes", nodes.size());
    return Reply.ok(body);
  }

  /** {@code {flows:[tree...], data_sources:[...], data_sets:[...], data_sinks:[...]}}. */
  private ObjectNode flowResponse(List<Long> origins, boolean flowsOnly) {
    List<ObjectNode> all = store.list("flows");
    ObjectNode body = NODES.objectNode();
    ArrayNode trees = body.putArray("flows");
    Map<String, ArrayNode> resources = new LinkedHashMap<>();
    for (String rt : FLOW_RESOURCES) {
      resources.put(rt, NODES.arrayNode());
    }
    for (long origin : origins) {
      ObjectNode root = all.stream().filter(n -> n.get("id").asLong() == origin).findFirst().orElse(null);
      if (root != null) {
        trees.add(tree(root, all, resources, 0));
      }
    }
    if (!flowsOnly) {
      resources.forEach(body::set);
    }
    return body;
  }

  private ObjectNode tree(ObjectNode node, List<ObjectNode> all, Map<String, ArrayNode> resources, int depth) {
    ObjectNode copy = node.deepCopy();
    ResourceRef ref = resourceOf(node);
    if (ref != null) {
      ObjectNode resource = store.get(ref.collection(), ref.id());
      if (resource != null) {
        resources.get(ref.collection()).add(view(ref.collection(), resource));
      }
    }
    ArrayNode children = copy.putArray("children");
    if (depth < 100) {
      long id = node.get("id").asLong();
      for (ObjectNode candidate : all) {
        if (parentOf(candidate) == id) {
          children.add(tree(candidate, all, resources, depth + 1));
        }
      }
    }
    return copy;
  }

  private Reply copyFlow(long origin, @Nullable ObjectNode options) {
    Map<Long, Long> newNodeIds = new LinkedHashMap<>();
    for (ObjectNode node : affectedNodes(origin, true)) {
      ResourceRef ref = resourceOf(node);
      if (ref == null) {
        continue;
      }
      ObjectNode resource = store.get(ref.collection(), ref.id());
      if (resource == null) {
        continue;
      }
      ObjectNode copy = resource.deepCopy();
      for (String field : List.of("id", "flow_node_id", "origin_node_id", "data_source_id", "data_set_id", "parent_data_set_id")) {
        copy.remove(field);
      }
      copy.put("copied_from_id", ref.id());
      copy.put("name", resource.path("name").asString("") + " (copy " + store.nextId() + ")");
      copy.put("status", "PAUSED");
      if (options != null && options.path("reuse_data_credentials").asBoolean(true) == false) {
        copy.remove("data_credentials_id");
      }
      long parentNew = newNodeIds.getOrDefault(parentOf(node), 0L);
      if (parentNew != 0) {
        ObjectNode parentNode = store.get("flows", parentNew);
        ResourceRef parentRef = parentNode == null ? null : resourceOf(parentNode);
        if (parentRef != null && parentRef.collection().equals("data_sources")) {
          copy.put("data_source_id", parentRef.id());
        } else if (parentRef != null) {
          copy.put(ref.collection().equals("data_sinks") ? "data_set_id" : "parent_data_set_id", parentRef.id());
        }
      }
      ObjectNode created = store.create(ref.collection(), copy);
      newNodeIds.put(node.get("id").asLong(), created.path("flow_node_id").asLong(0));
    }
    long newOrigin = newNodeIds.getOrDefault(origin, 0L);
    if (newOrigin == 0) {
      return Reply.error(400, "Flow has no resources to copy");
    }
    return Reply.of(201, flowResponse(List.of(newOrigin), false));
  }

  private List<ObjectNode> logEntries(long resourceId, int count) {
    List<ObjectNode> logs = new ArrayList<>();
    long now = store.instant().toEpochMilli();
    for (int i = 0; i < count; i++) {
      ObjectNode log = NODES.objectNode();
      log.put("id", i + 1);
      log.put("resource_id", resourceId);
      log.put("run_id", 1);
      log.put("timestamp", now - (count - i) * 1000L);
      log.put("severity", i % 10 == 9 ? "WARN" : "INFO");
      log.put("log", "Emulated log line " + (i + 1));
      logs.add(log);
    }
    return logs;
  }

  private List<ObjectNode> dailyMetrics(int days) {
    List<ObjectNode> metrics = new ArrayList<>();
    for (int i = days - 1; i >= 0; i--) {
      ObjectNode m = NODES.objectNode();
      m.put("time", store.instant().minus(Duration.ofDays(i)).toString().substring(0, 10));
      m.put("record", 1000 + i);
      m.put("size", 100_000 + i);
      m.put("errors", 0);
      metrics.add(m);
    }
    return metrics;
  }

  private Reply recommendation(String kind, ObjectNode target) {
    ObjectNode body = NODES.objectNode();
    body.put("status", "ok");
    body.put("recommendation", "# " + target.path("name").asString(kind) + "\n\nEmulated documentation for this " + kind + ".");
    return Reply.ok(body);
  }

  // ---------------------------------------------------------------- remaining groups

  private void genAi() {
    route("GET", "/gen_ai_org_settings/active_config", x -> {
      List<ObjectNode> configs = store.list("gen_ai_integration_configs");
      ObjectNode body = configs.isEmpty() ? NODES.objectNode() : configs.get(0);
      body.put("gen_ai_usage", x.query("gen_ai_usage") == null ? "all" : x.query("gen_ai_usage"));
      return Reply.ok(body);
    });
  }

  private void lookups() {
    route("PUT", "/data_maps/{id}/entries", x -> withRecord("data_maps", x, map -> {
      JsonNode body = x.body();
      JsonNode entries = body == null ? null : body.isArray() ? body : body.get("entries");
      if (entries == null || !entries.isArray()) {
        return Reply.error(400, "Body must be {\"entries\": [...]}");
      }
      String primaryKey = map.path("map_primary_key").asString("key");
      Map<String, ObjectNode> stored = store.lookupEntries(map.get("id").asLong());
      ArrayNode out = NODES.arrayNode();
      for (JsonNode entry : entries) {
        if (!entry.isObject() || !entry.hasNonNull(primaryKey)) {
          return Reply.error(400, "Every entry needs the primary key '" + primaryKey + "'");
        }
        stored.put(entry.get(primaryKey).asString(), ((ObjectNode) entry).deepCopy());
        out.add(entry);
      }
      store.audit("data_maps", map.get("id").asLong(), "update", out);
      return Reply.ok(out);
    }));
    route("GET", "/data_maps/{id}/entries/{keys}", x -> withRecord("data_maps", x, map -> {
      Map<String, ObjectNode> stored = store.lookupEntries(map.get("id").asLong());
      ArrayNode out = NODES.arrayNode();
      for (String key : keys(x)) {
        if (key.endsWith("*")) {
          String prefix = key.substring(0, key.length() - 1);
          stored.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).sorted(Map.Entry.comparingByKey())
              .forEach(e -> out.add(e.getValue()));
        } else if (stored.containsKey(key)) {
          out.add(stored.get(key));
        }
      }
      return Reply.ok(out);
    }));
    route("DELETE", "/data_maps/{id}/entries/{keys}", x -> withRecord("data_maps", x, map -> {
      Map<String, ObjectNode> stored = store.lookupEntries(map.get("id").asLong());
      int deleted = 0;
      for (String key : keys(x)) {
        if (key.endsWith("*")) {
          String prefix = key.substring(0, key.length() - 1);
          int before = stored.size();
          stored.keySet().removeIf(k -> k.startsWith(prefix));
          deleted += before - stored.size();
        } else if (stored.remove(key) != null) {
          deleted++;
        }
      }
      ObjectNode body = NODES.objectNode();
      body.put("status", "deleted");
      body.put("deleted", deleted);
      return Reply.ok(body);
    }));
  }

  private static List<String> keys(Exchange x) {
    List<String> keys = new ArrayList<>();
    for (String raw : x.var("keys").split(",")) {
      // Split before decoding: an encoded comma (%2C) belongs to the key.
      keys.add(java.net.URLDecoder.decode(raw, StandardCharsets.UTF_8));
    }
    return keys;
  }

  private void marketplace() {
    String c = "marketplace/domains";
    route("GET", "/marketplace/domains/for_org", x -> page(x, store.list(c)));
    subList("/marketplace/domains/{id}/custodians", c, "custodians", "custodians");
    route("GET", "/marketplace/domains/{id}/items", x -> withRecord(c, x, r -> Reply.ok(arrayOrEmpty(r.get("items")))));
    route("POST", "/marketplace/domains/{id}/items", x -> changeSubList(c, x, "items", "items", "add"));
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
      return create(c, x);
    });
  }

  private void metrics() {
    route("GET", "/limits", x -> {
      ObjectNode body = NODES.objectNode();
      ObjectNode rate = body.putObject("rate_limit");
      rate.put("limit", 1000);
      rate.put("remaining", 1000);
      rate.put("reset", store.instant().getEpochSecond() + 60);
      body.put("max_page_size", settings.maxPageSize());
      return Reply.ok(body);
    });
  }

  private void nexsets() {
    route("GET", "/data_sets/{id}/samples", x -> withRecord("data_sets", x, set -> {
      int count = Math.max(0, Math.min(x.intQuery("count", 10), 1000));
      long setId = set.get("id").asLong();
      long sourceId = set.path("data_source_id").asLong(0);
      List<JsonNode> received = sourceId == 0 ? List.of() : store.webhookRecords(sourceId);
      ArrayNode out = NODES.arrayNode();
      for (int i = 0; i < count; i++) {
        JsonNode record;
        if (i < received.size()) {
          record = received.get(i);
        } else {
          ObjectNode generated = NODES.objectNode();
          generated.put("id", i + 1);
          generated.put("name", "record-" + (i + 1));
          generated.put("value", (i * 7919) % 1000);
          record = generated;
        }
        if (x.flag("include_metadata")) {
          ObjectNode wrapped = NODES.objectNode();
          wrapped.set("rawMessage", record);
          ObjectNode meta = wrapped.putObject("nexlaMetaData");
          meta.put("ingestTime", store.instant().toEpochMilli());
          meta.put("runId", 1);
          meta.put("resourceId", setId);
          meta.put("resourceType", "DATASET");
          out.add(wrapped);
        } else {
          out.add(record);
        }
      }
      return Reply.ok(out);
    }));
    route("GET", "/data_sets/{id}/docs", x -> withRecord("data_sets", x, r -> Reply.ok(arrayOrEmpty(r.get("docs")))));
    route("POST", "/data_sets/{id}/docs", x -> withRecord("data_sets", x, r -> {
      JsonNode body = x.body();
      JsonNode docs = body == null ? null : body.get("docs");
      if (docs == null || !docs.isArray()) {
        return Reply.error(400, "Body must be {\"docs\": [...]}");
      }
      ArrayNode out = NODES.arrayNode();
      for (JsonNode doc : docs) {
        ObjectNode d = doc.isObject() ? ((ObjectNode) doc).deepCopy() : NODES.objectNode();
        d.put("id", store.nextId());
        if (!d.has("doc_type")) {
          d.put("doc_type", "md");
        }
        d.put("created_at", store.now());
        d.put("updated_at", store.now());
        out.add(d);
      }
      ObjectNode change = NODES.objectNode();
      change.set("docs", out);
      store.update("data_sets", r.get("id").asLong(), change);
      return Reply.ok(out);
    }));
    route("POST", "/data_sets/{id}/docs/recommendation", x -> withRecord("data_sets", x, r -> recommendation("nexset", r)));
  }

  private void notifications() {
    route("GET", "/notifications", x -> {
      List<ObjectNode> all = store.list("notifications");
      String read = x.query("read");
      if (read != null) {
        boolean wanted = x.flag("read");
        all = filter(all, n -> n.path("read").asBoolean(false) == wanted);
      }
      String level = x.query("level");
      if (level != null) {
        all = filter(all, n -> n.path("level").asString("").equalsIgnoreCase(level));
      }
      return page(x, all);
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
        filter(store.list("notification_settings"), s -> s.path("resource_id").asString("").equals(x.var("resource_id"))))));
    route("GET", "/notification_types", x -> Reply.ok(EmulatorStore.array(notificationTypes())));
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

  private List<ObjectNode> notificationTypes() {
    List<ObjectNode> types = new ArrayList<>();
    String[][] known = {{"FLOW_FAILED", "SOURCE"}, {"READ_DONE", "SOURCE"}, {"WRITE_DONE", "SINK"}};
    for (int i = 0; i < known.length; i++) {
      ObjectNode t = NODES.objectNode();
      t.put("id", i + 1);
      t.put("name", known[i][0]);
      t.put("event_type", known[i][0]);
      t.put("resource_type", known[i][1]);
      t.put("status", "ACTIVE");
      t.put("category", "PLATFORM");
      t.put("default", true);
      types.add(t);
    }
    return types;
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
    subList("/orgs/{id}/custodians", c, "custodians", "custodians");
    route("GET", "/orgs/{id}/flows/account_metrics", x -> withRecord(c, x, r -> accountMetrics()));
    route("GET", "/orgs/{id}/flows/status_metrics", x -> withRecord(c, x, r -> statusMetrics()));
    subList("/orgs/{id}/members", c, "members", "members");
    route("PUT", "/orgs/{id}/members/activate", x -> memberStatus(x, "ACTIVE"));
    route("PUT", "/orgs/{id}/members/deactivate", x -> memberStatus(x, "DEACTIVATED"));
    route("GET", "/orgs/{id}/{rt}/audit_log", x -> withRecord(c, x, r -> page(x, store.auditEntriesOfCollection(x.var("rt")))));
  }

  private Reply memberStatus(Exchange x, String status) {
    Reply result = changeSubList("orgs", x, "members", "members", "add");
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
    ObjectNode counts = body.putObject("data_sources");
    counts.put("total", store.size("data_sources"));
    body.putObject("data_sets").put("total", store.size("data_sets"));
    body.putObject("data_sinks").put("total", store.size("data_sinks"));
    body.putObject("flows").put("total", store.list("flows").stream().filter(n -> parentOf(n) == 0).count());
    return body;
  }

  private Reply accountMetrics() {
    ObjectNode body = NODES.objectNode();
    body.put("status", 200);
    ObjectNode metrics = body.putObject("metrics");
    metrics.put("records", 12345);
    metrics.put("size", 6789012);
    metrics.put("errors", 0);
    return Reply.ok(body);
  }

  private Reply statusMetrics() {
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
    subList("/projects/{id}/flows", c, "flows", "flows");
    // Registered after the generic sub-list so that it wins: project flows are answered as a flow response.
    route("GET", "/projects/{id}/flows", x -> withRecord(c, x, r -> {
      List<Long> origins = new ArrayList<>();
      for (JsonNode f : arrayOrEmpty(r.get("flows"))) {
        long id = f.path("id").asLong(0);
        if (store.get("flows", id) != null) {
          origins.add(originOf(id));
        }
      }
      return Reply.ok(flowResponse(origins, false));
    }));
    route("POST", "/projects/{id}/flows/search", x -> withRecord(c, x, r -> {
      List<Long> origins = new ArrayList<>();
      for (JsonNode f : arrayOrEmpty(r.get("flows"))) {
        long id = f.path("id").asLong(0);
        if (store.get("flows", id) != null) {
          origins.add(originOf(id));
        }
      }
      return Reply.ok(flowResponse(origins, false));
    }));
  }

  private void selfSignup() {
    route("PUT", "/self_signup_requests/{id}/approve", x -> setStatus("self_signup_requests", x, "APPROVED"));
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

  private void teams() {
    subList("/teams/{id}/members", "teams", "members", "members");
  }

  private void users() {
    String c = "users";
    route("GET", "/user_settings", x -> {
      ArrayNode out = NODES.arrayNode();
      ObjectNode setting = out.addObject();
      setting.put("id", "ui.theme");
      setting.put("owner_id", EmulatorStore.CURRENT_USER_ID);
      setting.put("value", "light");
      return Reply.ok(out);
    });
    route("GET", "/users/current", x -> Reply.ok(view(c, store.get(c, EmulatorStore.CURRENT_USER_ID))));
    route("GET", "/users/{id}/flows/account_metrics", x -> withRecord(c, x, r -> accountMetrics()));
    route("GET", "/users/{id}/flows/dashboard", x -> withRecord(c, x, r -> {
      ObjectNode body = NODES.objectNode();
      body.put("status", 200);
      ObjectNode metrics = body.putObject("metrics");
      metrics.put("flows", store.list("flows").stream().filter(n -> parentOf(n) == 0).count());
      metrics.put("sources", store.size("data_sources"));
      metrics.put("destinations", store.size("data_sinks"));
      return Reply.ok(body);
    }));
    route("GET", "/users/{id}/flows/status_metrics", x -> withRecord(c, x, r -> statusMetrics()));
    route("GET", "/users/{id}/metrics", x -> withRecord(c, x, r -> {
      ObjectNode body = NODES.objectNode();
      body.put("status", 200);
      body.set("metrics", EmulatorStore.array(dailyMetrics(7)));
      return Reply.ok(body);
    }));
    String q = "/users/{id}/quarantine_settings";
    route("GET", q, x -> withRecord(c, x, r -> {
      if (r.has("quarantine_settings")) {
        return Reply.ok(r.get("quarantine_settings"));
      }
      ObjectNode defaults = NODES.objectNode();
      defaults.put("owner_id", r.get("id").asLong());
      defaults.put("enabled", false);
      defaults.putObject("config");
      return Reply.ok(defaults);
    }));
    route("POST", q, x -> quarantine(x, true));
    route("PUT", q, x -> quarantine(x, false));
    route("DELETE", q, x -> withRecord(c, x, r -> {
      ObjectNode stripped = r.deepCopy();
      stripped.remove("quarantine_settings");
      store.collection(c).put(r.get("id").asLong(), stripped);
      ObjectNode body = NODES.objectNode();
      body.put("status", "deleted");
      return Reply.ok(body);
    }));
    route("PUT", "/users/{id}/transfer", x -> withRecord(c, x, r -> {
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
    route("GET", "/users/{id}/transferable", x -> withRecord(c, x, r -> {
      ObjectNode out = NODES.objectNode();
      for (String rt : List.of("data_sources", "data_sets", "data_sinks", "data_credentials", "data_maps")) {
        ArrayNode ids = out.putArray(rt);
        store.list(rt).forEach(res -> ids.add(res.get("id").asLong()));
      }
      return Reply.ok(out);
    }));
  }

  private Reply quarantine(Exchange x, boolean create) {
    return withRecord("users", x, r -> {
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
      store.update("users", r.get("id").asLong(), change);
      return Reply.of(create ? 201 : 200, settingsNode);
    });
  }

  /** {@code POST /webhook/{id}}: records go to the source's nexset. */
  Reply webhook(Exchange x, long sourceId) {
    ObjectNode source = store.get("data_sources", sourceId);
    if (source == null) {
      return Reply.error(404, "Unknown webhook");
    }
    JsonNode body = x.body();
    if (body == null || !(body.isArray() || body.isObject())) {
      return Reply.error(400, "Body must be a JSON object or array of records");
    }
    List<JsonNode> records = new ArrayList<>();
    if (body.isArray()) {
      body.forEach(records::add);
    } else {
      records.add(body);
    }
    for (JsonNode record : records) {
      ObjectNode stored = record.isObject() ? ((ObjectNode) record).deepCopy() : NODES.objectNode().set("value", record);
      if (x.flag("include_headers")) {
        x.headers().forEach((name, value) -> {
          if (!Set.of("authorization", "content-type", "content-length", "host", "user-agent", "accept", "connection")
              .contains(name)) {
            stored.put("header_" + name, value);
          }
        });
      }
      if (x.flag("include_url_params")) {
        x.query().forEach((name, values) -> {
          if (!Set.of("api_key", "include_headers", "include_url_params", "force_schema_detection").contains(name)) {
            stored.put("url_param_" + name, values.get(0));
          }
        });
      }
      store.addWebhookRecord(sourceId, stored);
    }
    long datasetId = 0;
    for (ObjectNode set : store.list("data_sets")) {
      if (set.path("data_source_id").asLong(0) == sourceId) {
        datasetId = set.get("id").asLong();
        break;
      }
    }
    ObjectNode answer = NODES.objectNode();
    if (datasetId != 0) {
      answer.put("dataset_id", datasetId);
    } else {
      answer.putNull("dataset_id");
    }
    answer.put("processed", records.size());
    return Reply.ok(answer);
  }

  // ---------------------------------------------------------------- helpers

  private Reply withRecord(String c, Exchange x, Function<ObjectNode, Reply> action) {
    ObjectNode record = store.get(c, x.id(c.equals("flows") && x.vars().containsKey("flow_id") ? "flow_id" : "id"));
    return record == null ? notFound(c, x) : action.apply(record);
  }

  private static Reply notFound(String c, Exchange x) {
    Reply reply = Reply.error(404, singular(c) + " not found");
    if (reply.body instanceof ObjectNode body) {
      body.put("resource_type", c);
      body.put("resource_id", x.vars().getOrDefault("id", "unknown"));
    }
    return reply;
  }

  private static String singular(String c) {
    return switch (c) {
      case "data_sources" -> "Source";
      case "data_sets" -> "Nexset";
      case "data_sinks" -> "Destination";
      case "data_maps" -> "Lookup";
      case "data_credentials" -> "Credential";
      case "flows" -> "Flow";
      default -> "Resource";
    };
  }

  private static @Nullable ObjectNode objectBody(Exchange x) {
    JsonNode body = x.body();
    if (body == null) {
      return NODES.objectNode();
    }
    return body.isObject() ? ((ObjectNode) body).deepCopy() : null;
  }

  private static ArrayNode arrayOrEmpty(@Nullable JsonNode node) {
    return node != null && node.isArray() ? ((ArrayNode) node).deepCopy() : NODES.arrayNode();
  }

  private static <T> List<T> filter(List<T> items, Predicate<T> keep) {
    return items.stream().filter(keep).toList();
  }

  private List<ObjectNode> views(String c, List<ObjectNode> records) {
    return records.stream().map(r -> view(c, r)).toList();
  }

  private ObjectNode view(String c, @Nullable ObjectNode record) {
    if (record == null) {
      return NODES.objectNode();
    }
    if (c.equals("async_tasks")) {
      return taskView(record);
    }
    if (c.equals("data_sources") && record.has("webhook_url") && record.get("webhook_url").asString("").startsWith("/")) {
      ObjectNode copy = record.deepCopy();
      copy.put("webhook_url", settings.rootUrl() + record.get("webhook_url").asString());
      return copy;
    }
    return record;
  }

  /** A page of a list, as a bare array or (in envelope mode) {@code {meta, data}}. */
  private Reply page(Exchange x, List<? extends JsonNode> all) {
    return page(x, all, r -> r);
  }

  /** As {@link #page(Exchange, List)}, shaping only the records of the requested page. */
  private <T extends JsonNode> Reply page(Exchange x, List<T> all, Function<T, JsonNode> shape) {
    if (settings.envelopePagination()) {
      return envelope(x, all, "currentPage", "pageCount", "totalCount", shape);
    }
    return Reply.page(EmulatorStore.array(slice(x, all).stream().map(shape).toList()));
  }

  private Reply envelope(Exchange x, List<? extends JsonNode> all, String currentKey, String countKey, String totalKey) {
    return envelope(x, all, currentKey, countKey, totalKey, r -> r);
  }

  private <T extends JsonNode> Reply envelope(
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

  private int perPage(Exchange x) {
    return Math.max(1, Math.min(x.intQuery("per_page", settings.defaultPageSize()), settings.maxPageSize()));
  }

  private <T> List<T> slice(Exchange x, List<T> all) {
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
