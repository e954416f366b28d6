package io.nexla.reactive.testkit;

import static io.nexla.reactive.testkit.EmulatorStore.NODES;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What happens to sources, nexsets and destinations beyond plain storage, as Nexla does it: an activated source with
 * credentials (or one that receives webhook records) gets a detected nexset whose schema is inferred from sample
 * records shaped by the source's {@code file_format}; derived nexsets and destinations are linked to their parents
 * ({@code data_sets}, {@code parent_data_sets}, {@code data_sinks}); and nexset samples are those records.
 */
final class Lifecycle {

  private final EmulatorStore store;

  Lifecycle(EmulatorStore store) {
    this.store = store;
  }

  /** The nexset detected from a source, detecting it now if the source qualifies and has none yet; else 0. */
  long detect(long sourceId, boolean fromWebhook) {
    ObjectNode source = store.get("data_sources", sourceId);
    if (source == null) {
      return 0;
    }
    JsonNode detected = source.path("data_sets");
    if (detected.isArray() && !detected.isEmpty()) {
      return detected.get(0).path("id").asLong();
    }
    if (!fromWebhook && !source.hasNonNull("data_credentials_id")) {
      return 0;
    }
    List<JsonNode> received = store.webhookRecords(sourceId);
    List<JsonNode> records = received.isEmpty() ? generated(format(source), 3) : received;
    ObjectNode nexset = NODES.objectNode();
    nexset.put("name", source.path("name").asString("source-" + sourceId) + " (detected)");
    nexset.put("description", "Detected from source " + sourceId);
    nexset.put("data_source_id", sourceId);
    nexset.put("status", source.path("status").asString("PAUSED").equals("ACTIVE") ? "ACTIVE" : "PAUSED");
    nexset.put("flow_type", source.path("flow_type").asString("streaming"));
    nexset.set("output_schema", schemaOf(records));
    nexset.set("parent_data_sets", NODES.arrayNode());
    nexset.set("data_sinks", NODES.arrayNode());
    nexset.put("detected", true);
    ObjectNode created = store.create("data_sets", nexset);
    ObjectNode change = NODES.objectNode();
    change.set("data_sets", NODES.arrayNode().add(brief(created)));
    store.update("data_sources", sourceId, change);
    return created.get("id").asLong();
  }

  /** Links a new derived nexset or destination to its parent; called right after the store created it. */
  void created(String collection, ObjectNode record) {
    long id = record.get("id").asLong();
    if (collection.equals("data_sets") && parentOf(record) != 0) {
      ObjectNode parent = store.get("data_sets", parentOf(record));
      if (parent != null) {
        ObjectNode change = NODES.objectNode();
        change.set("parent_data_sets", NODES.arrayNode().add(brief(parent)));
        if (!record.hasNonNull("data_source_id") && parent.hasNonNull("data_source_id")) {
          change.set("data_source_id", parent.get("data_source_id"));
        }
        if (!record.hasNonNull("output_schema") && parent.hasNonNull("output_schema")) {
          change.set("output_schema", parent.get("output_schema"));
        }
        change.set("data_sinks", record.hasNonNull("data_sinks") ? record.get("data_sinks") : NODES.arrayNode());
        store.update("data_sets", id, change);
      }
    } else if (collection.equals("data_sets") && record.hasNonNull("data_source_id")) {
      // A nexset made directly on a source is that source's (detected) nexset.
      ObjectNode source = store.get("data_sources", record.get("data_source_id").asLong());
      if (source != null) {
        ArrayNode sets = source.path("data_sets").isArray() ? (ArrayNode) source.get("data_sets").deepCopy() : NODES.arrayNode();
        sets.add(brief(record));
        ObjectNode change = NODES.objectNode();
        change.set("data_sets", sets);
        store.update("data_sources", source.get("id").asLong(), change);
      }
    } else if (collection.equals("data_sinks") && record.hasNonNull("data_set_id")) {
      ObjectNode nexset = store.get("data_sets", record.get("data_set_id").asLong());
      if (nexset != null) {
        ArrayNode sinks = nexset.path("data_sinks").isArray() ? (ArrayNode) nexset.get("data_sinks").deepCopy() : NODES.arrayNode();
        ObjectNode sink = sinks.addObject();
        sink.put("id", id);
        sink.put("name", record.path("name").asString());
        sink.put("owner_id", record.path("owner").path("id").asLong(EmulatorStore.CURRENT_USER_ID));
        sink.put("org_id", record.path("org").path("id").asLong(EmulatorStore.CURRENT_ORG_ID));
        sink.put("status", record.path("status").asString("PAUSED"));
        sink.put("sink_type", record.path("sink_type").asString("s3"));
        ObjectNode change = NODES.objectNode();
        change.set("data_sinks", sinks);
        store.update("data_sets", nexset.get("id").asLong(), change);
      }
    }
  }

  /** Unlinks a deleted resource from the records that list it. */
  void deleted(String collection, ObjectNode record) {
    long id = record.get("id").asLong();
    if (collection.equals("data_sets") && record.hasNonNull("data_source_id")) {
      removeListed("data_sources", record.get("data_source_id").asLong(), "data_sets", id);
    } else if (collection.equals("data_sinks") && record.hasNonNull("data_set_id")) {
      removeListed("data_sets", record.get("data_set_id").asLong(), "data_sinks", id);
    }
  }

  private void removeListed(String collection, long ownerId, String field, long id) {
    ObjectNode owner = store.get(collection, ownerId);
    if (owner == null || !owner.path(field).isArray()) {
      return;
    }
    ArrayNode kept = NODES.arrayNode();
    owner.get(field).forEach(item -> {
      if (item.path("id").asLong() != id) {
        kept.add(item);
      }
    });
    ObjectNode change = NODES.objectNode();
    change.set(field, kept);
    store.update(collection, ownerId, change);
  }

  /**
   * The sample records of a nexset: what its source's webhook received, else records generated in the shape of
   * its source's file format (a derived nexset shows its parent's records); {@code null} for nexsets with no source.
   */
  @Nullable List<JsonNode> samples(ObjectNode nexset, int count) {
    ObjectNode current = nexset;
    for (int depth = 0; depth < 100 && parentOf(current) != 0 && !current.hasNonNull("data_source_id"); depth++) {
      ObjectNode parent = store.get("data_sets", parentOf(current));
      if (parent == null) {
        break;
      }
      current = parent;
    }
    long sourceId = current.path("data_source_id").asLong(0);
    ObjectNode source = sourceId == 0 ? null : store.get("data_sources", sourceId);
    if (source == null) {
      return null;
    }
    List<JsonNode> received = store.webhookRecords(sourceId);
    List<JsonNode> out = new ArrayList<>(received.subList(0, Math.min(count, received.size())));
    out.addAll(generated(format(source), count - out.size()));
    return out;
  }

  /** The parent nexset of a nexset; 0 (also when sent as 0, as clients do for "none") when it has none. */
  static long parentOf(JsonNode nexset) {
    return nexset.path("parent_data_set_id").asLong(0);
  }

  static String format(ObjectNode source) {
    String format = source.path("source_config").path("file_format").asString(null);
    if (format == null) {
      format = source.path("source_format").asString("json");
    }
    return format.toLowerCase(Locale.ROOT);
  }

  /** Deterministic records as a source of this file format yields them (CSV: strings; XML: nested strings). */
  static List<JsonNode> generated(String format, int count) {
    List<JsonNode> records = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      ObjectNode r = NODES.objectNode();
      String amount = String.valueOf((i * 7919 % 100_000) / 100.0);
      String created = "2026-01-" + String.format(Locale.ROOT, "%02d", 1 + (i - 1) % 28) + "T10:00:00.000Z";
      switch (format) {
        case "csv", "tsv", "delimited", "fixed_width", "txt" -> {
          r.put("id", String.valueOf(i));
          r.put("name", "customer-" + i);
          r.put("amount", amount);
          r.put("active", String.valueOf(i % 2 == 1));
          r.put("created_at", created);
        }
        case "xml" -> {
          r.put("id", String.valueOf(i));
          r.put("name", "customer-" + i);
          r.putObject("address").put("city", "City " + i).put("zip", String.format(Locale.ROOT, "%05d", i));
        }
        case "parquet", "avro", "orc" -> {
          r.put("id", i);
          r.put("name", "customer-" + i);
          r.put("amount", Double.parseDouble(amount));
          r.put("active", i % 2 == 1);
          r.put("created_at", created);
        }
        default -> {
          r.put("id", i);
          r.put("name", "customer-" + i);
          r.put("amount", Double.parseDouble(amount));
          r.put("active", i % 2 == 1);
          r.put("created_at", created);
          r.putObject("address").put("city", "City " + i).put("zip", String.format(Locale.ROOT, "%05d", i));
          r.putArray("tags").add(i % 2 == 1 ? "new" : "returning");
        }
      }
      records.add(r);
    }
    return records;
  }

  /** A JSON schema of the records: every attribute any record has, typed by its first non-null value. */
  static ObjectNode schemaOf(List<JsonNode> records) {
    ObjectNode schema = NODES.objectNode();
    schema.put("$schema", "http://json-schema.org/draft-04/schema#");
    schema.put("type", "object");
    ObjectNode properties = schema.putObject("properties");
    for (JsonNode record : records) {
      if (record.isObject()) {
        for (String name : record.propertyNames()) {
          if (!properties.has(name) && !record.get(name).isNull()) {
            properties.set(name, typeOf(record.get(name)));
          }
        }
      }
    }
    return schema;
  }

  private static ObjectNode typeOf(JsonNode value) {
    ObjectNode type = NODES.objectNode();
    if (value.isObject()) {
      type.put("type", "object");
      type.set("properties", schemaOf(List.of(value)).get("properties"));
    } else if (value.isArray()) {
      type.put("type", "array");
      type.set("items", value.isEmpty() ? NODES.objectNode() : typeOf(value.get(0)));
    } else {
      type.put("type", value.isIntegralNumber() ? "integer" : value.isNumber() ? "number" : value.isBoolean() ? "boolean" : "string");
    }
    return type;
  }

  private static ObjectNode brief(ObjectNode nexset) {
    ObjectNode brief = NODES.objectNode();
    brief.put("id", nexset.get("id").asLong());
    brief.put("owner_id", nexset.path("owner").path("id").asLong(EmulatorStore.CURRENT_USER_ID));
    brief.put("org_id", nexset.path("org").path("id").asLong(EmulatorStore.CURRENT_ORG_ID));
    brief.put("name", nexset.path("name").asString(""));
    brief.put("description", nexset.path("description").asString(""));
    brief.put("version", 1);
    return brief;
  }
}
