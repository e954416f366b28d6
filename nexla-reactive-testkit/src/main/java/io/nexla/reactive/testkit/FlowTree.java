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

/**
 * Flow trees over the store's {@code flows} collection: origins, downstream nodes, status cascades, deletion with
 * the documented refusal, copies, and the {@code FlowResponse} shape with side-loaded resources.
 */
final class FlowTree {

  static final List<String> FLOW_RESOURCES = List.of("data_sources", "data_sets", "data_sinks");

  private final EmulatorStore store;
  private final EmulatorSettings settings;
  private final Lifecycle lifecycle;

  FlowTree(EmulatorStore store, EmulatorSettings settings, Lifecycle lifecycle) {
    this.store = store;
    this.settings = settings;
    this.lifecycle = lifecycle;
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

  static long parentOf(JsonNode node) {
    return node.path("parent_node_id").asLong(0);
  }

  /** Root node ids, in id order. */
  List<Long> origins() {
    List<Long> origins = new ArrayList<>();
    for (ObjectNode node : store.list("flows")) {
      if (parentOf(node) == 0) {
        origins.add(node.get("id").asLong());
      }
    }
    return origins;
  }

  long originOf(long nodeId) {
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
  List<ObjectNode> affectedNodes(long nodeId, boolean wholeFlow) {
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

  void cascadeStatus(List<ObjectNode> nodes, String status) {
    for (ObjectNode node : nodes) {
      ObjectNode change = NODES.objectNode();
      change.put("status", status);
      store.update("flows", node.get("id").asLong(), change);
      ResourceRef ref = resourceOf(node);
      if (ref != null) {
        store.setStatus(ref.collection(), ref.id(), status);
        if (ref.collection().equals("data_sources") && status.equals("ACTIVE")) {
          lifecycle.detect(ref.id(), false);
        }
      }
    }
  }

  Reply delete(List<ObjectNode> nodes) {
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
      ObjectNode removed = ref == null ? null : store.delete(ref.collection(), ref.id());
      if (removed != null) {
        lifecycle.deleted(ref.collection(), removed);
      }
      store.delete("flows", node.get("id").asLong());
    }
    ObjectNode body = NODES.objectNode();
    body.put("status", "deleted");
    body.put("deleted_nodes", nodes.size());
    return Reply.ok(body);
  }

  /** {@code {flows:[tree...], data_sources:[...], data_sets:[...], data_sinks:[...]}}. */
  ObjectNode response(List<Long> origins, boolean flowsOnly) {
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
        resources.get(ref.collection()).add(CollectionSpec.of(ref.collection()).view(resource, store, settings));
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

  Reply copy(long origin, @Nullable ObjectNode options) {
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
    return Reply.of(201, response(List.of(newOrigin), false));
  }
}
