package io.nexla.reactive.testkit;

import static io.nexla.reactive.testkit.EmulatorStore.NODES;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Credential probes, nexset samples and docs, lookup entries, public code lists and the webhook. */
final class DataRoutes extends RouteGroup {

  private final Lifecycle lifecycle;

  DataRoutes(EmulatorStore store, EmulatorSettings settings, Router router, Lifecycle lifecycle) {
    super(store, settings, router);
    this.lifecycle = lifecycle;
    for (String c : List.of("attribute_transforms", "code_containers", "transforms")) {
      route("GET", "/" + c + "/public", x -> page(x, filter(store.list(c), r -> r.path("public").asBoolean(false))));
    }
    credentials();
    lookups();
    nexsets();
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

  /**
   * The keys of a lookup-entry path: several keys are separated by a comma, sent literally or encoded ({@code %2C});
   * each key is percent-decoded ({@code +} stays a plus, as in any path).
   */
  static List<String> keys(Exchange x) {
    String decoded = java.net.URLDecoder.decode(x.var("keys").replace("+", "%2B"), StandardCharsets.UTF_8);
    List<String> keys = new ArrayList<>();
    for (String key : decoded.split(",")) {
      if (!key.isEmpty()) {
        keys.add(key);
      }
    }
    return keys;
  }

  private void nexsets() {
    route("GET", "/data_sets/{id}/samples", x -> withRecord("data_sets", x, set -> {
      int count = Math.max(0, Math.min(x.intQuery("count", 10), 1000));
      long setId = set.get("id").asLong();
      // The live flag asks for a fresh read; the emulator's samples are always current, so it changes nothing.
      List<JsonNode> records = lifecycle.samples(set, count);
      ArrayNode out = NODES.arrayNode();
      for (int i = 0; i < count; i++) {
        JsonNode record;
        if (records != null) {
          record = records.get(i);
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
    route("POST", "/data_sets/{id}/docs/recommendation", x -> withRecord("data_sets", x, r -> SampleData.recommendation("nexset", r)));
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
    long datasetId = lifecycle.detect(sourceId, true);
    if (datasetId != 0 && x.flag("force_schema_detection")) {
      ObjectNode change = NODES.objectNode();
      change.set("output_schema", Lifecycle.schemaOf(store.webhookRecords(sourceId)));
      store.update("data_sets", datasetId, change);
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
}
