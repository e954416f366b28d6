package io.nexla.reactive.testkit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The emulator's in-memory data: one collection per resource path (e.g. {@code data_sources},
 * {@code marketplace/domains}), keyed by server-assigned id. Thread-safe and lock-free; tests may seed and inspect
 * it directly while the emulator serves requests.
 *
 * <p>Records are JSON objects. {@link #create} fills in what the real server adds (id, timestamps, owner, org,
 * status, resource-specific required fields) and wires flow nodes for sources, nexsets and sinks.
 */
public final class EmulatorStore {

  static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSX").withZone(ZoneOffset.UTC);
  static final JsonMapper JSON = JsonMapper.builder().build();
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Id of the emulated current user. */
  public static final long CURRENT_USER_ID = 1;
  /** Id of the emulated current organization. */
  public static final long CURRENT_ORG_ID = 1;

  private final Map<String, Records> collections = new ConcurrentHashMap<>();
  private final Map<Long, ConcurrentHashMap<String, ObjectNode>> lookupEntries = new ConcurrentHashMap<>();
  private final Map<String, ConcurrentLinkedQueue<ObjectNode>> auditLogs = new ConcurrentHashMap<>();
  private final Map<Long, ConcurrentLinkedQueue<JsonNode>> webhookRecords = new ConcurrentHashMap<>();
  private final AtomicLong ids = new AtomicLong(1000);
  private final Clock clock;

  EmulatorStore(Clock clock) {
    this.clock = clock;
    ObjectNode org = NODES.objectNode();
    org.put("id", CURRENT_ORG_ID);
    org.put("name", "Emulated Org");
    org.put("email_domain", "example.com");
    org.put("require_org_admin_to_publish", false);
    org.put("require_org_admin_to_subscribe", false);
    org.put("enable_nexla_password_login", true);
    org.put("status", "ACTIVE");
    org.set("access_roles", NODES.arrayNode().add("owner"));
    stamp(org);
    collection("orgs").put(CURRENT_ORG_ID, org);
    ObjectNode user = NODES.objectNode();
    user.put("id", CURRENT_USER_ID);
    user.put("email", "emulator@example.com");
    user.put("full_name", "Emulator User");
    decorate("users", user);
    stamp(user);
    collection("users").put(CURRENT_USER_ID, user);
  }

  /** Names of collections that hold at least one record (or were touched). */
  public Set<String> collections() {
    return Set.copyOf(collections.keySet());
  }

  /** Every record of a collection in id order (copies; changing them does not change the store). */
  public List<ObjectNode> list(String collection) {
    List<ObjectNode> out = new ArrayList<>();
    collection(collection).values().forEach(out::add);
    return out;
  }

  /** One record (a copy), or {@code null} when there is none with that id. */
  public @Nullable ObjectNode get(String collection, long id) {
    return collection(collection).get(id);
  }

  /** Number of records in a collection. */
  public int size(String collection) {
    return collection(collection).size();
  }

  /**
   * Creates a record as {@code POST /<collection>} would: assigns an id, adds timestamps, owner, org, status and
   * the fields clients require, and attaches sources, nexsets and sinks to flows. Returns a copy of the record.
   */
  public ObjectNode create(String collection, Map<String, ?> fields) {
    return create(collection, (ObjectNode) JSON.valueToTree(fields)).deepCopy();
  }

  /**
   * As {@link #create(String, Map)}, taking and returning plain maps (nested objects as maps, arrays as lists), for
   * tests that do not use Jackson.
   */
  public Map<String, Object> createMap(String collection, Map<String, ?> fields) {
    return toMap(create(collection, fields));
  }

  /** One record as a plain map, or {@code null} when there is none with that id. */
  public @Nullable Map<String, Object> getMap(String collection, long id) {
    ObjectNode node = get(collection, id);
    return node == null ? null : toMap(node);
  }

  /** Every record of a collection in id order, as plain maps. */
  public List<Map<String, Object>> listMaps(String collection) {
    return list(collection).stream().map(EmulatorStore::toMap).toList();
  }

  /**
   * Loads a fixture file (format in the testkit README: an object of collection path to array of records) into
   * this store, as {@code NexlaEmulator.builder().fixtures(file)} does at start.
   *
   * @throws IllegalArgumentException when the file is not in the fixture format
   * @throws java.io.UncheckedIOException when it cannot be read
   */
  public void loadFixtures(java.nio.file.Path file) {
    Fixtures.load(this, file);
  }

  /** Every collection in the fixture format, as plain maps; writing it as JSON gives a loadable fixture file. */
  public Map<String, Object> exportFixtures() {
    return toMap(Fixtures.export(this));
  }

  /** Adds {@code pipelines} complete pipelines with deterministic names, as {@code --populate N} does. */
  public void populate(int pipelines) {
    new Populator(this).pipelines(pipelines);
  }

  /** Adds {@code count} sources named {@code source-0000001}... (no credentials, nexsets or destinations). */
  public void populateSources(int count) {
    new Populator(this).sources(count);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> toMap(ObjectNode node) {
    return JSON.treeToValue(node, Map.class);
  }

  /** Records received by the webhook of a data source, oldest first. */
  public List<JsonNode> webhookRecords(long sourceId) {
    ConcurrentLinkedQueue<JsonNode> records = webhookRecords.get(sourceId);
    return records == null ? List.of() : List.copyOf(records);
  }

  /** Audit-log entries of one record, oldest first. */
  public List<ObjectNode> auditLog(String collection, long id) {
    ConcurrentLinkedQueue<ObjectNode> log = auditLogs.get(collection + "/" + id);
    return log == null ? List.of() : List.copyOf(log);
  }

  /** Removes every record except the emulated current user and organization. */
  public void clear() {
    collections.forEach(
        (name, records) -> records.removeIf(id -> !(id == CURRENT_USER_ID && (name.equals("users") || name.equals("orgs")))));
    lookupEntries.clear();
    auditLogs.clear();
    webhookRecords.clear();
  }

  // ---- package-private operations used by the HTTP layer ----

  /**
   * The records in id order as a lazy list: {@code size()} is the collection's size and {@code subList} decodes
   * only the records of that range, so serving a page costs time proportional to the page.
   */
  List<ObjectNode> snapshot(String collection) {
    return new PagedView(collection(collection));
  }

  Records collection(String name) {
    return collections.computeIfAbsent(name, k -> new Records());
  }

  long nextId() {
    return ids.incrementAndGet();
  }

  String now() {
    return TIMESTAMP.format(clock.instant());
  }

  Instant instant() {
    return clock.instant();
  }

  ObjectNode create(String collection, ObjectNode body) {
    ObjectNode node = insert(collection, body);
    audit(collection, node.get("id").asLong(), "create", node);
    return node;
  }

  /**
   * As {@link #create(String, ObjectNode)} without an audit-log entry (populating and loading fixtures); keeps the
   * body's {@code id} when it has one and assigns later ids above it. A body with {@code created_at} is taken as
   * a complete stored record and not decorated.
   */
  ObjectNode insert(String collection, ObjectNode body) {
    ObjectNode node = body.deepCopy();
    long id;
    if (node.path("id").canConvertToExactIntegral() && node.get("id").asLong() > 0) {
      id = node.get("id").asLong();
      ids.accumulateAndGet(id, Math::max);
    } else {
      id = nextId();
      node.put("id", id);
    }
    if (!node.has("created_at")) {
      // A record without timestamps is hand-written: complete it; one with them was exported and stays as is.
      stamp(node);
      decorate(collection, node);
    }
    if (!node.has("flow_node_id")) {
      attachToFlow(collection, node);
    }
    collection(collection).put(id, node);
    return node;
  }

  @Nullable ObjectNode update(String collection, long id, ObjectNode changes) {
    String now = now();
    ObjectNode updated =
        collection(collection)
            .computeIfPresent(
                id,
                (key, old) -> {
                  ObjectNode copy = old;
                  for (String name : changes.propertyNames()) {
                    if (!name.equals("id")) {
                      copy.set(name, changes.get(name).deepCopy());
                    }
                  }
                  copy.put("updated_at", now);
                  return copy;
                });
    if (updated == null) {
      return null;
    }
    audit(collection, id, "update", changes);
    return updated;
  }

  @Nullable ObjectNode setStatus(String collection, long id, String status) {
    ObjectNode change = NODES.objectNode();
    change.put("status", status);
    if (collection.equals("runtimes")) {
      change.put("active", status.equals("ACTIVE"));
    }
    ObjectNode node = update(collection, id, change);
    if (node == null) {
      return null;
    }
    long nodeId = node.path("flow_node_id").asLong(0);
    if (nodeId != 0 && !collection.equals("flows")) {
      ObjectNode flowChange = NODES.objectNode();
      flowChange.put("status", status);
      collection("flows")
          .computeIfPresent(
              nodeId,
              (key, old) -> old.put("status", status));
    }
    return node;
  }

  @Nullable ObjectNode delete(String collection, long id) {
    ObjectNode removed = collection(collection).remove(id);
    if (removed != null) {
      audit(collection, id, "delete", NODES.objectNode());
      long nodeId = removed.path("flow_node_id").asLong(0);
      if (nodeId != 0 && !collection.equals("flows")) {
        collection("flows").remove(nodeId);
      }
    }
    return removed;
  }

  Map<String, ObjectNode> lookupEntries(long mapId) {
    return lookupEntries.computeIfAbsent(mapId, k -> new ConcurrentHashMap<>());
  }

  void addWebhookRecord(long sourceId, JsonNode record) {
    webhookRecords.computeIfAbsent(sourceId, k -> new ConcurrentLinkedQueue<>()).add(record);
  }

  void audit(String collection, long id, String event, JsonNode changes) {
    ObjectNode entry = NODES.objectNode();
    entry.put("id", nextId());
    entry.put("item_type", CollectionSpec.of(collection).itemType());
    entry.put("item_id", id);
    entry.put("event", event);
    entry.set("change_summary", NODES.arrayNode().add(event));
    entry.set("object_changes", objectChanges(changes));
    entry.put("request_ip", "127.0.0.1");
    entry.put("request_user_agent", "emulator");
    entry.put("request_url", "/" + collection + "/" + id);
    entry.set("user", owner());
    entry.put("org_id", CURRENT_ORG_ID);
    entry.put("owner_id", CURRENT_USER_ID);
    entry.put("owner_email", "emulator@example.com");
    entry.put("created_at", now());
    auditLogs.computeIfAbsent(collection + "/" + id, k -> new ConcurrentLinkedQueue<>()).add(entry);
  }

  /** Audit entries document changes as {@code field -> [old, new]}; the emulator does not keep old values. */
  private static ObjectNode objectChanges(JsonNode changes) {
    ObjectNode out = NODES.objectNode();
    if (changes.isObject()) {
      changes.propertyNames().forEach(name -> out.set(name, NODES.arrayNode().addNull().add(changes.get(name).deepCopy())));
    } else {
      out.set("entries", NODES.arrayNode().addNull().add(changes.deepCopy()));
    }
    return out;
  }

  List<ObjectNode> allAuditEntries() {
    List<ObjectNode> out = new ArrayList<>();
    auditLogs.values().forEach(out::addAll);
    out.sort(Comparator.comparingLong(n -> n.path("id").asLong(0)));
    return out;
  }

  List<ObjectNode> auditEntriesOfCollection(String collection) {
    List<ObjectNode> out = new ArrayList<>();
    auditLogs.forEach((key, log) -> {
      if (key.startsWith(collection + "/")) {
        out.addAll(log);
      }
    });
    out.sort(Comparator.comparingLong(n -> n.path("id").asLong(0)));
    return out;
  }

  static ObjectNode owner() {
    ObjectNode owner = NODES.objectNode();
    owner.put("id", CURRENT_USER_ID);
    owner.put("full_name", "Emulator User");
    owner.put("email", "emulator@example.com");
    return owner;
  }

  static ObjectNode orgBrief() {
    ObjectNode org = NODES.objectNode();
    org.put("id", CURRENT_ORG_ID);
    org.put("name", "Emulated Org");
    return org;
  }

  private void stamp(ObjectNode node) {
    String now = now();
    node.put("created_at", now);
    node.put("updated_at", now);
  }

  private void decorate(String collection, ObjectNode node) {
    CollectionSpec.of(collection).decorate(node, this);
  }

  private void attachToFlow(String collection, ObjectNode node) {
    long parentNodeId;
    String key;
    switch (collection) {
      case "data_sources" -> {
        parentNodeId = 0;
        key = "data_source_id";
        node.put("webhook_url", "/webhook/" + node.get("id").asLong());
      }
      case "data_sets" -> {
        key = "data_set_id";
        parentNodeId = flowNodeOf("data_sets", node.path("parent_data_set_id").asLong(0));
        if (parentNodeId == 0) {
          parentNodeId = flowNodeOf("data_sources", node.path("data_source_id").asLong(0));
        }
      }
      case "data_sinks" -> {
        key = "data_sink_id";
        parentNodeId = flowNodeOf("data_sets", node.path("data_set_id").asLong(0));
      }
      default -> {
        return;
      }
    }
    if (!collection.equals("data_sources") && parentNodeId == 0) {
      return;
    }
    long nodeId = nextId();
    ObjectNode flowNode = NODES.objectNode();
    flowNode.put("id", nodeId);
    ObjectNode parent = parentNodeId == 0 ? null : collection("flows").get(parentNodeId);
    flowNode.put("origin_node_id", parent == null ? nodeId : parent.path("origin_node_id").asLong(nodeId));
    if (parent == null) {
      flowNode.putNull("parent_node_id");
    } else {
      flowNode.put("parent_node_id", parentNodeId);
    }
    flowNode.put(key, node.get("id").asLong());
    flowNode.put("status", node.path("status").asString("PAUSED"));
    flowNode.put("flow_type", "streaming");
    flowNode.put("name", node.path("name").asString(""));
    stamp(flowNode);
    collection("flows").put(nodeId, flowNode);
    node.put("flow_node_id", nodeId);
    node.put("origin_node_id", flowNode.get("origin_node_id").asLong());
  }

  private long flowNodeOf(String collection, long id) {
    if (id == 0) {
      return 0;
    }
    ObjectNode resource = collection(collection).get(id);
    return resource == null ? 0 : resource.path("flow_node_id").asLong(0);
  }

  static ArrayNode array(List<? extends JsonNode> nodes) {
    ArrayNode array = NODES.arrayNode();
    nodes.forEach(array::add);
    return array;
  }
}
