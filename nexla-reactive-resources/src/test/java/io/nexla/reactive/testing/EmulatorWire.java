package io.nexla.reactive.testing;

import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.core.json.NexlaJson;
import io.nexla.reactive.testkit.NexlaEmulator;
import io.nexla.reactive.testkit.RecordedRequest;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** A client talking to a fresh emulator over loopback HTTP, with what the emulator received. */
public final class EmulatorWire implements AutoCloseable {

  private final NexlaEmulator emulator = NexlaEmulator.start();
  private final NexlaClient client =
      NexlaClient.builder().baseUrl(emulator.baseUrl()).serviceKey(emulator.serviceKey()).build();

  public NexlaClient client() {
    return client;
  }

  public NexlaEmulator emulator() {
    return emulator;
  }

  /** Stores a record straight into the emulator and returns its id. */
  public long stored(String collection, Map<String, ?> fields) {
    return emulator.store().create(collection, fields).get("id").asLong();
  }

  /** A record as the emulator holds it. */
  public JsonNode stored(String collection, long id) {
    JsonNode record = emulator.store().get(collection, id);
    if (record == null) {
      throw new AssertionError("no " + collection + " " + id);
    }
    return record;
  }

  /** The JSON body of the last request with this method and route template, as the emulator received it. */
  public JsonNode lastBody(String method, String route) {
    List<RecordedRequest> matching = emulator.journal().stream()
        .filter(r -> r.method().equals(method) && route.equals(r.route())).toList();
    if (matching.isEmpty()) {
      throw new AssertionError("no " + method + " " + route + " in " + emulator.journal());
    }
    return NexlaJson.mapper().readTree(matching.get(matching.size() - 1).body());
  }

  /** JSON text as a tree, for comparing bodies. */
  public static JsonNode json(String text) {
    return NexlaJson.mapper().readTree(text);
  }

  @Override
  public void close() {
    client.close();
    emulator.close();
  }
}
