package io.nexla.reactive.testkit;

import tools.jackson.databind.node.ObjectNode;

/**
 * Fills a store with complete pipelines, each a credential, an active source with a detected nexset (listed in the
 * source's {@code data_sets}, with an output schema), a destination on that nexset, and the flow they form. Names
 * are deterministic: pipeline 7 is {@code credential-0000007}, {@code source-0000007}, {@code nexset-0000007} and
 * {@code destination-0000007}. No audit-log entries are written, so a million records stay within a small heap.
 */
final class Populator {
  private final EmulatorStore store;

  Populator(EmulatorStore store) {
    this.store = store;
  }

  /** Adds {@code pipelines} complete pipelines. */
  void pipelines(int pipelines) {
    for (int i = 1; i <= pipelines; i++) {
      pipeline(i);
    }
  }

  /** Adds {@code count} sources only (each with its flow node): the lightest way to hold a large collection. */
  void sources(int count) {
    for (int i = 1; i <= count; i++) {
      ObjectNode source = EmulatorStore.NODES.objectNode();
      source.put("name", name("source", i));
      source.put("source_type", "s3");
      store.insert("data_sources", source);
    }
  }

  private void pipeline(int i) {
    ObjectNode credential = EmulatorStore.NODES.objectNode();
    credential.put("name", name("credential", i));
    credential.put("credentials_type", "s3");
    long credentialId = store.insert("data_credentials", credential).get("id").asLong();

    ObjectNode source = EmulatorStore.NODES.objectNode();
    source.put("name", name("source", i));
    source.put("source_type", "s3");
    source.put("status", "ACTIVE");
    source.put("data_credentials_id", credentialId);
    source.putObject("source_config").put("path", "bucket/pipeline-" + i + "/");
    long sourceId = store.insert("data_sources", source).get("id").asLong();

    ObjectNode nexset = EmulatorStore.NODES.objectNode();
    String nexsetName = name("nexset", i);
    nexset.put("name", nexsetName);
    nexset.put("status", "ACTIVE");
    nexset.put("data_source_id", sourceId);
    nexset.set("output_schema", schema());
    long nexsetId = store.insert("data_sets", nexset).get("id").asLong();
    store.collection("data_sources").computeIfPresent(sourceId, (id, old) -> {
      ObjectNode brief = old.putArray("data_sets").addObject();
      brief.put("id", nexsetId);
      brief.put("name", nexsetName);
      return old;
    });

    ObjectNode destination = EmulatorStore.NODES.objectNode();
    destination.put("name", name("destination", i));
    destination.put("sink_type", "s3");
    destination.put("status", "ACTIVE");
    destination.put("data_set_id", nexsetId);
    destination.put("data_credentials_id", credentialId);
    store.insert("data_sinks", destination);
  }

  private static ObjectNode schema() {
    ObjectNode schema = EmulatorStore.NODES.objectNode();
    schema.put("type", "object");
    ObjectNode properties = schema.putObject("properties");
    properties.putObject("id").put("type", "integer");
    properties.putObject("name").put("type", "string");
    properties.putObject("updated_at").put("type", "string");
    return schema;
  }

  static String name(String kind, int i) {
    return String.format("%s-%07d", kind, i);
  }
}
