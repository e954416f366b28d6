package io.nexla.reactive.benchmarks.reliability;

import io.netty.handler.codec.http.HttpHeaders;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiFunction;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

/**
 * A loopback HTTP server whose answer per path is scripted by the test, and which records every request it
 * receives with its headers. Used for responses the emulator does not produce and as the "other host" that must
 * never see credentials.
 */
final class RecordingServer implements AutoCloseable {

  /** One received request: method, path with query, headers (names lower-case, first value). */
  record Received(String method, String uri, Map<String, String> headers) {}

  private final Map<String, BiFunction<HttpServerRequest, HttpServerResponse, Publisher<Void>>> routes =
      new ConcurrentHashMap<>();
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final DisposableServer server;
  private final String host;

  /** Binds an ephemeral port on {@code host} ({@code 127.0.0.1} or {@code localhost}). */
  RecordingServer(String host) {
    this.host = host;
    this.server = HttpServer.create().host(host).port(0)
        .handle((req, res) -> {
          received.add(new Received(req.method().name(), req.uri(), headers(req.requestHeaders())));
          String path = req.path().startsWith("/") ? req.path() : "/" + req.path();
          var route = routes.get(path);
          Mono<Void> drained = req.receive().then();
          if (route == null) {
            return drained.then(res.status(404).header("Content-Type", "application/json")
                .sendString(Mono.just("{\"message\":\"not found\"}")).then());
          }
          return drained.then(Mono.from(route.apply(req, res)));
        })
        .bindNow();
  }

  private static Map<String, String> headers(HttpHeaders headers) {
    Map<String, String> map = new ConcurrentHashMap<>();
    headers.forEach(e -> map.putIfAbsent(e.getKey().toLowerCase(java.util.Locale.ROOT), e.getValue()));
    return map;
  }

  /** Answers requests to {@code path} (without query) with {@code handler}. */
  RecordingServer on(String path, BiFunction<HttpServerRequest, HttpServerResponse, Publisher<Void>> handler) {
    routes.put(path, handler);
    return this;
  }

  int port() {
    return server.port();
  }

  /** {@code http://host:port}. */
  String url() {
    return "http://" + host + ":" + server.port();
  }

  List<Received> received() {
    return List.copyOf(received);
  }

  void clear() {
    received.clear();
  }

  @Override
  public void close() {
    server.disposeNow();
  }
}
