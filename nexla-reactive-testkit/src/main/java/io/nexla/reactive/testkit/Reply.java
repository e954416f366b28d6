package io.nexla.reactive.testkit;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import tools.jackson.databind.JsonNode;

/** What a route answers: status, JSON body (or none), extra headers, or a streamed body. */
final class Reply {
  final int status;
  final @Nullable JsonNode body;
  final Map<String, String> headers = new LinkedHashMap<>();
  @Nullable Flux<byte[]> stream;
  boolean processed = true;
  boolean page;

  private Reply(int status, @Nullable JsonNode body) {
    this.status = status;
    this.body = body;
  }

  static Reply ok(JsonNode body) {
    return new Reply(200, body);
  }

  static Reply of(int status, @Nullable JsonNode body) {
    return new Reply(status, body);
  }

  static Reply page(JsonNode body) {
    Reply reply = new Reply(200, body);
    reply.page = true;
    return reply;
  }

  static Reply error(int status, String message) {
    var node = EmulatorStore.NODES.objectNode();
    node.put("message", message);
    node.put("error", message);
    node.put("status_code", status);
    Reply reply = new Reply(status, node);
    reply.processed = false;
    return reply;
  }

  static Reply stream(Flux<byte[]> body, String contentType) {
    Reply reply = new Reply(200, null);
    reply.stream = body;
    reply.headers.put("Content-Type", contentType);
    return reply;
  }

  Reply header(String name, String value) {
    headers.put(name, value);
    return this;
  }
}
