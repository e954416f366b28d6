package io.nexla.reactive.testkit;

import static io.nexla.reactive.testkit.EmulatorStore.NODES;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the emulator knows about one collection, in one place: its path, whether it has the generic collection
 * routes, whether names must be unique, how errors and audit entries name it, the defaults the server fills in on
 * create, and how a stored record is shaped in answers. Adding a collection means adding one entry here.
 */
record CollectionSpec(
    String name,
    boolean generic,
    boolean uniqueNames,
    String singular,
    String itemType,
    String defaultStatus,
    String pausedStatus,
    Defaults defaults,
    Defaults onWrite,
    @Nullable View shape,
    @Nullable View expand) {

  /** Fills in resource-specific fields the real server adds on create. */
  interface Defaults {
    void apply(ObjectNode node, long id, EmulatorStore store);
  }

  /** Shapes a stored record for an answer (computed fields, absolute URLs). */
  interface View {
    ObjectNode apply(ObjectNode record, EmulatorStore store, EmulatorSettings settings);
  }

  private static final Defaults NONE = (node, id, store) -> { };
  private static final Map<String, CollectionSpec> SPECS = new LinkedHashMap<>();

  static {
    add(spec("approval_requests"));
    add(spec("async_tasks").defaults((n, id, store) -> {
      putIfAbsent(n, "type", "export");
      putIfAbsent(n, "status", "QUEUED");
      putIfAbsent(n, "started_at", store.now());
      setIfAbsent(n, "arguments", NODES.objectNode());
    }).view(TaskRoutes::taskView));
    add(spec("attribute_transforms").unique());
    add(spec("code_containers").unique());
    add(spec("data_credentials").unique().singular("Credential").itemType("DataCredentials").defaults((n, id, store) -> {
      putIfAbsent(n, "credentials_type", "s3");
      putIfAbsent(n, "verified_status", "VERIFIED");
      n.remove("credentials");
    }));
    add(spec("data_schemas"));
    add(spec("data_sinks").unique().singular("Destination").itemType("DataSink").status("PAUSED")
        .defaults((n, id, store) -> putIfAbsent(n, "sink_type", "s3"))
        .expand((r, store, settings) -> {
          related(r, "data_credentials_id", "data_credentials", "data_credentials", store);
          ObjectNode set = r.hasNonNull("data_set_id") ? store.get("data_sets", r.get("data_set_id").asLong()) : null;
          if (set != null) {
            ObjectNode info = r.putObject("data_set");
            for (String field : List.of("id", "name", "description", "status", "output_schema")) {
              if (set.has(field)) {
                info.set(field, set.get(field));
              }
            }
          }
          return r;
        }));
    add(spec("doc_containers"));
    add(spec("flows").singular("Flow").status("PAUSED").defaults((n, id, store) -> {
      putIfAbsent(n, "origin_node_id", id);
      putIfAbsent(n, "flow_type", "streaming");
    }));
    add(spec("data_maps").unique().singular("Lookup").itemType("DataMap").defaults((n, id, store) -> {
      putIfAbsent(n, "map_primary_key", "key");
      putIfAbsent(n, "public", false);
      putIfAbsent(n, "managed", false);
      putIfAbsent(n, "data_type", "string");
      putIfAbsent(n, "emit_data_default", false);
      putIfAbsent(n, "use_versioning", false);
    }));
    add(spec("api_auth_configs"));
    add(spec("orgs").defaults((n, id, store) -> {
      setIfAbsent(n, "access_roles", NODES.arrayNode().add("owner"));
      putIfAbsent(n, "require_org_admin_to_publish", false);
      putIfAbsent(n, "require_org_admin_to_subscribe", false);
      putIfAbsent(n, "enable_nexla_password_login", true);
    }));
    add(spec("projects").unique().onWrite((n, id, store) -> {
      for (String field : List.of("flows", "data_flows")) {
        if (n.get(field) instanceof ArrayNode items) {
          n.set(field, SubListRoutes.normalise("projects", field, id, items, store));
        }
      }
    }));
    add(spec("runtimes").unique().defaults((n, id, store) -> {
      if (!n.has("active")) {
        n.put("active", false);
      }
      putIfAbsent(n, "status", n.path("active").asBoolean(false) ? "ACTIVE" : "PAUSED");
    }));
    add(spec("data_sets").unique().singular("Nexset").itemType("DataSet").status("PAUSED")
        .expand((r, store, settings) -> related(r, "data_source_id", "data_sources", "data_source", store)).defaults((n, id, store) -> {
      setIfAbsent(n, "parent_data_sets", NODES.arrayNode());
      // A create may list sink ids; the answer lists sinks ({id, name, ...}) as they attach themselves.
      ArrayNode sinks = NODES.arrayNode();
      n.path("data_sinks").forEach(sink -> {
        if (sink.isObject() && sink.hasNonNull("id") && sink.hasNonNull("name")) {
          sinks.add(sink);
        }
      });
      n.set("data_sinks", sinks);
    }));
    add(spec("data_sources").unique().singular("Source").itemType("DataSource").status("PAUSED")
        .defaults((n, id, store) -> {
          putIfAbsent(n, "source_type", "s3");
          setIfAbsent(n, "data_sets", NODES.arrayNode());
        })
        .view(CollectionSpec::absoluteWebhookUrl)
        .expand((r, store, settings) -> related(r, "data_credentials_id", "data_credentials", "data_credentials", store)));
    add(spec("teams").unique().defaults((n, id, store) -> {
      putIfAbsent(n, "member", true);
      setIfAbsent(n, "members", NODES.arrayNode());
    }).onWrite((n, id, store) -> {
      if (n.get("members") instanceof ArrayNode items) {
        n.set("members", SubListRoutes.normalise("teams", "members", id, items, store));
      }
    }));
    add(spec("transforms").unique());
    add(spec("users").paused("DEACTIVATED").expand(CollectionSpec::accountSummary).defaults((n, id, store) -> {
      putIfAbsent(n, "email", "user" + id + "@example.com");
      putIfAbsent(n, "full_name", "User " + id);
      putIfAbsent(n, "impersonated", false);
      putIfAbsent(n, "account_locked", false);
      setIfAbsent(n, "default_org", EmulatorStore.orgBrief());
      ObjectNode membership = EmulatorStore.orgBrief();
      membership.put("org_membership_status", "ACTIVE");
      setIfAbsent(n, "org_memberships", NODES.arrayNode().add(membership));
    }));
    add(spec("notifications").defaults((n, id, store) -> {
      putIfAbsent(n, "level", "INFO");
      putIfAbsent(n, "message", "Emulated notification " + id);
      if (!n.has("read")) {
        n.put("read", false);
      }
      putIfAbsent(n, "resource_type", "SOURCE");
      putIfAbsent(n, "resource_id", 1);
      putIfAbsent(n, "message_id", id);
    }));
    add(spec("gen_ai_integration_configs"));
    add(spec("gen_ai_org_settings"));
    add(spec("notification_channel_settings").defaults((n, id, store) -> {
      putIfAbsent(n, "owner_id", EmulatorStore.CURRENT_USER_ID);
      putIfAbsent(n, "org_id", EmulatorStore.CURRENT_ORG_ID);
      putIfAbsent(n, "channel", "APP");
      setIfAbsent(n, "config", NODES.objectNode());
    }));
    add(spec("notification_settings").defaults((n, id, store) -> {
      putIfAbsent(n, "owner_id", EmulatorStore.CURRENT_USER_ID);
      putIfAbsent(n, "org_id", EmulatorStore.CURRENT_ORG_ID);
      putIfAbsent(n, "channel", "APP");
      putIfAbsent(n, "notification_type_id", 1);
      ObjectNode type = NotificationRoutes.type(n.get("notification_type_id").asLong());
      putIfAbsent(n, "notification_resource_type", type.get("resource_type").asString());
      putIfAbsent(n, "code", type.get("id").asLong());
      putIfAbsent(n, "category", type.get("category").asString());
      putIfAbsent(n, "event_type", type.get("event_type").asString());
      putIfAbsent(n, "resource_type", type.get("resource_type").asString());
      setIfAbsent(n, "config", NODES.objectNode());
    }));
    add(spec("self_signup_blocked_domains").defaults((n, id, store) -> putIfAbsent(n, "domain", "blocked-" + id + ".example.com")));
    add(spec("self_signup_requests"));
    add(spec("marketplace/domains").unique());
  }

  /** The description of a collection; collections nobody described get the plain defaults. */
  static CollectionSpec of(String name) {
    CollectionSpec spec = SPECS.get(name);
    return spec != null ? spec : new Builder(name).build(false);
  }

  /** Collections with the generic list/get/create/update/delete/activate/pause/copy/accessors/audit routes. */
  static List<CollectionSpec> withGenericRoutes() {
    return SPECS.values().stream().filter(CollectionSpec::generic).toList();
  }

  String path() {
    return "/" + name;
  }

  /** Fills in what the real server adds on create: name, owner, org, roles, description, status, specifics. */
  void decorate(ObjectNode node, EmulatorStore store) {
    long id = node.path("id").asLong(0);
    onWrite.apply(node, id, store);
    putIfAbsent(node, "name", name.replace('/', '_') + "-" + id);
    if (!name.equals("users") && !name.equals("orgs")) {
      setIfAbsent(node, "owner", EmulatorStore.owner());
      setIfAbsent(node, "org", EmulatorStore.orgBrief());
      setIfAbsent(node, "access_roles", NODES.arrayNode().add("owner"));
    }
    putIfAbsent(node, "description", "");
    defaults.apply(node, id, store);
    putIfAbsent(node, "status", defaultStatus);
  }

  /** The record as answers show it. */
  ObjectNode view(@Nullable ObjectNode record, EmulatorStore store, EmulatorSettings settings) {
    if (record == null) {
      return NODES.objectNode();
    }
    return shape == null ? record : shape.apply(record, store, settings);
  }

  /** Sets {@code field} to the full record {@code idField} points to in {@code collection}, when there is one. */
  private static ObjectNode related(ObjectNode record, String idField, String collection, String field, EmulatorStore store) {
    ObjectNode related = record.hasNonNull(idField) ? store.get(collection, record.get(idField).asLong()) : null;
    if (related != null) {
      record.set(field, related);
    }
    return record;
  }

  /** {@code UserExpanded}: the user's resources counted per collection and status. */
  private static ObjectNode accountSummary(ObjectNode user, EmulatorStore store, EmulatorSettings settings) {
    ObjectNode summary = user.putObject("account_summary");
    for (String collection : List.of("data_sources", "data_sets", "data_sinks", "data_maps")) {
      ObjectNode counts = summary.putObject(collection).putObject("counts");
      List<ObjectNode> records = store.list(collection);
      counts.put("total", records.size());
      counts.put("active", records.stream().filter(r -> r.path("status").asString("").equals("ACTIVE")).count());
    }
    return user;
  }

  private static ObjectNode absoluteWebhookUrl(ObjectNode record, EmulatorStore store, EmulatorSettings settings) {
    if (record.has("webhook_url") && record.get("webhook_url").asString("").startsWith("/")) {
      ObjectNode copy = record.deepCopy();
      copy.put("webhook_url", settings.rootUrl() + record.get("webhook_url").asString());
      return copy;
    }
    return record;
  }

  private static Builder spec(String name) {
    return new Builder(name);
  }

  private static void add(Builder builder) {
    SPECS.put(builder.name, builder.build(true));
  }

  static void putIfAbsent(ObjectNode node, String name, String value) {
    if (!node.hasNonNull(name)) {
      node.put(name, value);
    }
  }

  static void putIfAbsent(ObjectNode node, String name, boolean value) {
    if (!node.hasNonNull(name)) {
      node.put(name, value);
    }
  }

  static void putIfAbsent(ObjectNode node, String name, long value) {
    if (!node.hasNonNull(name)) {
      node.put(name, value);
    }
  }

  static void setIfAbsent(ObjectNode node, String name, JsonNode value) {
    if (!node.hasNonNull(name)) {
      node.set(name, value);
    }
  }

  private static final class Builder {
    private final String name;
    private boolean unique;
    private String singular = "Resource";
    private @Nullable String itemType;
    private String status = "ACTIVE";
    private String paused = "PAUSED";
    private Defaults defaults = NONE;
    private Defaults onWrite = NONE;
    private @Nullable View view;
    private @Nullable View expand;

    private Builder(String name) {
      this.name = name;
    }

    Builder unique() {
      unique = true;
      return this;
    }

    Builder singular(String value) {
      singular = value;
      return this;
    }

    Builder itemType(String value) {
      itemType = value;
      return this;
    }

    Builder status(String value) {
      status = value;
      return this;
    }

    Builder paused(String value) {
      paused = value;
      return this;
    }

    /** Normalises what a create or an update writes (e.g. nested lists into their documented item shape). */
    Builder onWrite(Defaults value) {
      onWrite = value;
      return this;
    }

    Builder defaults(Defaults value) {
      defaults = value;
      return this;
    }

    /** What {@code expand=1} adds to a record: related records in full. */
    Builder expand(View value) {
      expand = value;
      return this;
    }

    Builder view(View value) {
      view = value;
      return this;
    }

    CollectionSpec build(boolean generic) {
      return new CollectionSpec(name, generic, unique, singular, itemType == null ? name : itemType, status, paused, defaults, onWrite, view, expand);
    }
  }
}
