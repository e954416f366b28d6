package io.nexla.reactive.testkit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The fields the real server fills in on create: names, owner, org, status and resource-specific required fields. */
final class RecordDefaults {

  private RecordDefaults() {}

  static void decorate(String collection, ObjectNode node, String now) {
    long id = node.path("id").asLong(0);
    putIfAbsent(node, "name", collection.replace('/', '_') + "-" + id);
    if (!collection.equals("users") && !collection.equals("orgs")) {
      setIfAbsent(node, "owner", EmulatorStore.owner());
      setIfAbsent(node, "org", EmulatorStore.orgBrief());
      setIfAbsent(node, "access_roles", EmulatorStore.NODES.arrayNode().add("owner"));
    }
    putIfAbsent(node, "description", "");
    switch (collection) {
      case "data_sources" -> {
        putIfAbsent(node, "status", "PAUSED");
        putIfAbsent(node, "source_type", "s3");
      }
      case "data_sinks" -> {
        putIfAbsent(node, "status", "PAUSED");
        putIfAbsent(node, "sink_type", "s3");
      }
      case "data_sets" -> putIfAbsent(node, "status", "PAUSED");
      case "data_credentials" -> {
        putIfAbsent(node, "credentials_type", "s3");
        putIfAbsent(node, "verified_status", "VERIFIED");
        node.remove("credentials");
      }
      case "data_maps" -> {
        putIfAbsent(node, "map_primary_key", "key");
        putIfAbsent(node, "public", false);
        putIfAbsent(node, "managed", false);
        putIfAbsent(node, "data_type", "string");
        putIfAbsent(node, "emit_data_default", false);
        putIfAbsent(node, "use_versioning", false);
      }
      case "users" -> {
        putIfAbsent(node, "email", "user" + id + "@example.com");
        putIfAbsent(node, "full_name", "User " + id);
        putIfAbsent(node, "impersonated", false);
        putIfAbsent(node, "status", "ACTIVE");
        putIfAbsent(node, "account_locked", false);
        setIfAbsent(node, "default_org", EmulatorStore.orgBrief());
        ObjectNode membership = EmulatorStore.orgBrief();
        membership.put("org_membership_status", "ACTIVE");
        setIfAbsent(node, "org_memberships", EmulatorStore.NODES.arrayNode().add(membership));
      }
      case "orgs" -> {
        putIfAbsent(node, "require_org_admin_to_publish", false);
        putIfAbsent(node, "require_org_admin_to_subscribe", false);
        putIfAbsent(node, "enable_nexla_password_login", true);
        putIfAbsent(node, "status", "ACTIVE");
      }
      case "runtimes" -> {
        if (!node.has("active")) {
          node.put("active", false);
        }
        putIfAbsent(node, "status", node.path("active").asBoolean(false) ? "ACTIVE" : "PAUSED");
      }
      case "async_tasks" -> {
        putIfAbsent(node, "type", "export");
        putIfAbsent(node, "status", "QUEUED");
        putIfAbsent(node, "started_at", now);
        setIfAbsent(node, "arguments", EmulatorStore.NODES.objectNode());
      }
      case "notifications" -> {
        putIfAbsent(node, "level", "INFO");
        putIfAbsent(node, "message", "Emulated notification " + id);
        if (!node.has("read")) {
          node.put("read", false);
        }
        putIfAbsent(node, "resource_type", "SOURCE");
        putIfAbsent(node, "resource_id", 1);
      }
      case "flows" -> {
        putIfAbsent(node, "status", "PAUSED");
        putIfAbsent(node, "origin_node_id", id);
        putIfAbsent(node, "flow_type", "streaming");
      }
      default -> putIfAbsent(node, "status", "ACTIVE");
    }
  }

  private static void putIfAbsent(ObjectNode node, String name, String value) {
    if (!node.hasNonNull(name)) {
      node.put(name, value);
    }
  }

  private static void putIfAbsent(ObjectNode node, String name, boolean value) {
    if (!node.hasNonNull(name)) {
      node.put(name, value);
    }
  }

  private static void putIfAbsent(ObjectNode node, String name, long value) {
    if (!node.hasNonNull(name)) {
      node.put(name, value);
    }
  }

  private static void setIfAbsent(ObjectNode node, String name, JsonNode value) {
    if (!node.hasNonNull(name)) {
      node.set(name, value);
    }
  }
}
