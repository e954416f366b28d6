package io.nexla.reactive.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexla.reactive.testkit.NexlaEmulator;
import io.nexla.reactive.testkit.RecordedRequest;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The request bodies the emulator received, read with a plain mapper so that they show the wire as it was. */
public final class SentBodies {

  private static final JsonMapper PLAIN = JsonMapper.builder().build();

  private SentBodies() {}

  /** The body of the last request of this method on this route template (e.g. {@code /runtimes/{id}}). */
  public static JsonNode last(NexlaEmulator emulator, String method, String route) {
    List<RecordedRequest> matching = emulator.journal().stream()
        .filter(r -> r.method().equals(method) && route.equals(r.route())).toList();
    assertThat(matching).as("%s %s in the journal", method, route).isNotEmpty();
    return PLAIN.readTree(matching.get(matching.size() - 1).body());
  }

  /** The top-level field names of a body, in the order they were sent. */
  public static List<String> names(JsonNode body) {
    return List.copyOf(body.propertyNames());
  }
}
