package io.nexla.reactive.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Loads and writes fixture files: one JSON object whose keys are collection paths ({@code data_credentials},
 * {@code data_sources}, {@code marketplace/domains}, ...) and whose values are arrays of records, loaded in file
 * order. A record with an {@code id} keeps it; one without gets the next id. Missing fields are filled in as
 * {@code POST} would, and sources, nexsets and destinations without {@code flow_node_id} join flows.
 */
final class Fixtures {

  private Fixtures() {}

  static void load(EmulatorStore store, Path file) {
    JsonNode root;
    try {
      root = EmulatorStore.JSON.readTree(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read fixtures " + file, e);
    } catch (JacksonException e) {
      throw new IllegalArgumentException("Fixtures " + file + " are not valid JSON: " + e.getOriginalMessage(), e);
    }
    load(store, root, file.toString());
  }

  static void load(EmulatorStore store, JsonNode root, String origin) {
    if (!root.isObject()) {
      throw new IllegalArgumentException("Fixtures " + origin + " must be a JSON object of collection -> array");
    }
    for (Map.Entry<String, JsonNode> collection : root.properties()) {
      if (!collection.getValue().isArray()) {
        throw new IllegalArgumentException(
            "Fixtures " + origin + ": \"" + collection.getKey() + "\" must be an array of records");
      }
      for (JsonNode record : collection.getValue()) {
        if (!record.isObject()) {
          throw new IllegalArgumentException(
              "Fixtures " + origin + ": every record of \"" + collection.getKey() + "\" must be a JSON object");
        }
        store.insert(collection.getKey(), (ObjectNode) record);
      }
    }
  }

  /** Every collection of the store in the fixture format, collections in name order. */
  static ObjectNode export(EmulatorStore store) {
    ObjectNode root = EmulatorStore.NODES.objectNode();
    store.collections().stream().sorted().forEach(name -> {
      if (store.size(name) > 0) {
        root.set(name, EmulatorStore.array(store.list(name)));
      }
    });
    return root;
  }
}
