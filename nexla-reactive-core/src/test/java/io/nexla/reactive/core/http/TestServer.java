package io.nexla.reactive.core.http;

import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.nexla.reactive.core.NexlaClientOptions;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerResponse;

/**
 * A small scripted HTTP server on loopback for transport tests. {@code POST /api/token} issues tokens
 * {@code tok-1}, {@code tok-2}, … (unless {@link #onToken} replaces it), {@code POST /api/token/logout} answers
 * {@code {}}, everything else goes to {@link #onApi}. Every request is recorded. Transports made with
 * {@link #transport} are closed with the server.
 */
final class TestServer implements AutoCloseable {

  /** One received request. */
  record Recorded(String method, String uri, HttpHeaders headers, String body) {
    String header(String name) {
      return headers.get(name);
    }

    String path() {
      int q = uri.indexOf('?');
      return q < 0 ? uri : uri.substring(0, q);
    }
  }

  /** Answers one request. */
  @FunctionalInterface
  interface Handler {
    Publisher<Void> handle(Recorded request, HttpServerResponse response);
  }

  final List<Recorded> requests = new CopyOnWriteArrayList<>();
  final AtomicInteger tokensIssued = new AtomicInteger();
  volatile long expiresIn = 86_400;
  volatile Handler onToken = (req, res) -> json(res, 200,
      "{\"access_token\":\"tok-" + tokensIssued.incrementAndGet() + "\",\"token_type\":\"Bearer\",\"expires_in\":"
          + expiresIn + "}");
  volatile Handler onApi = (req, res) -> json(res, 200, "{\"ok\":true}");
  private final DisposableServer server;
  private final List<NexlaTransport> transports = new CopyOnWriteArrayList<>();

  private TestServer() {
    server = HttpServer.create()
        .host("127.0.0.1")
        .port(0)
        .handle((req, res) -> req.receive().aggregate().asString(StandardCharsets.UTF_8).defaultIfEmpty("")
            .flatMap(body -> {
              Recorded recorded = new Recorded(req.method().name(), req.uri(), req.requestHeaders().copy(), body);
              requests.add(recorded);
              Handler handler = switch (recorded.path()) {
                case "/api/token" -> onToken;
                case "/api/token/logout" -> (r, s) -> json(s, 200, "{}");
                default -> onApi;
              };
              return Mono.from(handler.handle(recorded, res));
            }))
        .bindNow();
  }

  static TestServer start() {
    return new TestServer();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.port() + "/api";
  }

  int port() {
    return server.port();
  }

  List<Recorded> requestsTo(String path) {
    return requests.stream().filter(r -> r.path().equals("/api" + path)).toList();
  }

  int tokenCalls() {
    return requestsTo("/token").size();
  }

  /** The default transport with these options (base URL included); closed when this server is. */
  NexlaTransport transport(NexlaClientOptions options) {
    NexlaTransport transport = WebClientTransport.create(options);
    transports.add(transport);
    return transport;
  }

  static Publisher<Void> json(HttpServerResponse res, int status, String body) {
    return res.status(status).header("Content-Type", "application/json").sendString(Mono.just(body)).then();
  }

  static Handler reply(int status, String body, String... headerPairs) {
    return (req, res) -> {
      res.status(HttpResponseStatus.valueOf(status));
      for (int i = 0; i + 1 < headerPairs.length; i += 2) {
        res.header(headerPairs[i], headerPairs[i + 1]);
      }
      if (!res.responseHeaders().contains("Content-Type")) {
        res.header("Content-Type", "application/json");
      }
      return res.sendString(Mono.just(body)).then();
    };
  }

  /** The n-th call (0-based) of the returned handler uses {@code handlers[n]}, the last one repeats. */
  static Handler sequence(Handler... handlers) {
    AtomicInteger calls = new AtomicInteger();
    return (req, res) -> handlers[Math.min(calls.getAndIncrement(), handlers.length - 1)].handle(req, res);
  }

  /** A handler that decides per request. */
  static Handler by(Function<Recorded, Handler> chooser) {
    return (req, res) -> chooser.apply(req).handle(req, res);
  }

  @Override
  public void close() {
    transports.forEach(NexlaTransport::close);
    server.disposeNow();
  }
}
