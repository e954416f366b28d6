package io.nexla.reactive.core.http;

import static io.nexla.reactive.core.http.TestServer.reply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.nexla.reactive.core.NexlaClientOptions;
import io.nexla.reactive.core.error.BadRequestException;
import io.nexla.reactive.core.error.ConflictException;
import io.nexla.reactive.core.error.NexlaDecodeException;
import io.nexla.reactive.core.error.NexlaException;
import io.nexla.reactive.core.error.NexlaServiceException;
import io.nexla.reactive.core.error.NexlaTransportException;
import io.nexla.reactive.core.error.NotFoundException;
import io.nexla.reactive.core.error.ServerException;
import io.nexla.reactive.core.error.UnexpectedStatusException;
import io.nexla.reactive.core.error.UnprocessableEntityException;
import io.nexla.reactive.core.internal.ResponseCapture;
import io.nexla.reactive.core.retry.RetryOptions;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

/** What goes over the wire and how answers become values or typed errors, over real loopback HTTP. */
class WireTest {

  private static final Duration WAIT = Duration.ofSeconds(90);

  private final TestServer server = TestServer.start();

  @AfterEach
  void stop() {
    server.close();
  }

  private NexlaClientOptions.Builder options() {
    return NexlaClientOptions.builder()
        .baseUrl(server.baseUrl())
        .accessToken("token")
        .retry(RetryOptions.builder().baseDelay(Duration.ofMillis(10)).jitter(0).build());
  }

  private NexlaTransport transport() {
    return server.transport(options().build());
  }

  private static NexlaRequest get(String template) {
    return NexlaRequest.get(template).operation("test.get").options(
        RequestOptions.builder().retry(RetryOptions.none()).build()).build();
  }

  @Test
  void getSendsStandardHeadersAndNoContentType() {
    transport().exchange(get("/data_sources")).block(WAIT);

    TestServer.Recorded r = server.requests.get(0);
    assertThat(r.method()).isEqualTo("GET");
    assertThat(r.header("Accept")).isEqualTo("application/vnd.nexla.api.v1+json");
    assertThat(r.header("User-Agent")).startsWith("nexla-reactive/");
    assertThat(r.header("Authorization")).isEqualTo("Bearer token");
    assertThat(r.header("Content-Type")).isNull();
    assertThat(r.header("X-Request-Id")).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    assertThat(r.header("X-Nexla-Attempt")).isEqualTo("1");
  }

  @Test
  void postSendsJsonBodyWithContentType() {
    transport().exchange(NexlaRequest.post("/data_sources").body(Map.of("source_type", "s3")).build()).block(WAIT);

    TestServer.Recorded r = server.requests.get(0);
    assertThat(r.header("Content-Type")).isEqualTo("application/json");
    assertThat(r.body()).isEqualTo("{\"source_type\":\"s3\"}");
  }

  @Test
  void deleteMayCarryAJsonBody() {
    transport().exchange(NexlaRequest.delete("/data_sources/{id}/accessors").pathVariable("id", 5)
        .body(List.of(Map.of("type", "USER", "id", 3))).build()).block(WAIT);

    TestServer.Recorded r = server.requests.get(0);
    assertThat(r.method()).isEqualTo("DELETE");
    assertThat(r.uri()).isEqualTo("/api/data_sources/5/accessors");
    assertThat(r.header("Content-Type")).isEqualTo("application/json");
    assertThat(r.body()).contains("\"type\":\"USER\"");
  }

  @Test
  void pathVariablesAndQueryValuesAreEncoded() {
    transport().exchange(NexlaRequest.get("/data_maps/{id}/entries/{keys}")
        .pathVariable("id", 5).pathVariable("keys", "a/b,c d")
        .query("name", "x y&z").query("tag", 1).query("tag", 2).query("skipped", null)
        .build()).block(WAIT);

    assertThat(server.requests.get(0).uri())
        .isEqualTo("/api/data_maps/5/entries/a%2Fb%2Cc%20d?name=x%20y%26z&tag=1&tag=2");
  }

  @Test
  void aRequestWithoutAllItsPathVariablesFailsTypedAndSendsNothing() {
    Mono<NexlaResponse> call = transport().exchange(NexlaRequest.get("/flows/{id}/activate").build());

    assertThatThrownBy(() -> call.block(WAIT))
        .isInstanceOf(NexlaException.class)
        .hasMessageContaining("{id}");
    assertThat(server.requests).isEmpty();
  }

  @Test
  void absoluteUrlIsUsedVerbatimWithItsQuery() {
    URI webhook = URI.create(server.baseUrl() + "/webhook/abc123");
    transport().exchange(NexlaRequest.post("/webhook").absoluteUrl(webhook).authenticated(false)
        .query("api_key", "k+y/=").body(List.of(Map.of("id", 1))).build()).block(WAIT);

    TestServer.Recorded r = server.requests.get(0);
    assertThat(r.uri()).isEqualTo("/api/webhook/abc123?api_key=k%2By%2F%3D");
    assertThat(r.header("Authorization")).isNull();
  }

  @Test
  void requestIdIsNewForEachSubscription() {
    NexlaTransport t = transport();
    Mono<NexlaResponse> call = t.exchange(get("/data_sources"));
    String first = call.block(WAIT).requestId();
    String second = call.block(WAIT).requestId();

    assertThat(first).isNotEqualTo(second);
    assertThat(server.requests).extracting(r -> r.header("X-Request-Id")).containsExactly(first, second);
  }

  @Test
  void errorStatusesMapToTypedExceptionsWithContext() {
    NexlaTransport t = transport();
    expectError(t, 400, "{\"error\":\"Validation failed\"}", BadRequestException.class, "Validation failed");
    expectError(t, 404, "{\"message\":\"Source not found\"}", NotFoundException.class, "Source not found");
    expectError(t, 409, "{\"message\":\"duplicate\"}", ConflictException.class, "duplicate");
    expectError(t, 422, "{\"message\":\"bad\"}", UnprocessableEntityException.class, "bad");
    expectError(t, 405, "{\"message\":\"Active flow resources must be paused before flow deletion!\"}",
        UnexpectedStatusException.class, "must be paused");
    expectError(t, 500, "{\"message\":\"boom\"}", ServerException.class, "boom");
  }

  private void expectError(NexlaTransport t, int status, String body, Class<? extends NexlaServiceException> type,
      String message) {
    server.onApi = reply(status, body);
    StepVerifier.create(t.exchange(NexlaRequest.get("/data_sources/{id}").pathVariable("id", 999)
            .operation("sources.get").build()))
        .expectErrorSatisfies(e -> {
          assertThat(e).isInstanceOf(type).hasMessageContaining(message);
          NexlaServiceException s = (NexlaServiceException) e;
          assertThat(s.status()).isEqualTo(status);
          assertThat(s.context().pathTemplate()).isEqualTo("/data_sources/{id}");
          assertThat(s.context().method()).isEqualTo("GET");
          assertThat(s.context().operation()).isEqualTo("sources.get");
          assertThat(s.requestId()).isPresent();
          assertThat(s.body()).isPresent();
        })
        .verify(WAIT);
  }

  @Test
  void secretFieldsOfErrorBodiesAreRedacted() {
    server.onApi = reply(400, "{\"message\":\"invalid\",\"credentials\":{\"password\":\"hunter2\"},\"api_key\":\"k1\"}");

    StepVerifier.create(transport().exchange(get("/data_credentials")))
        .expectErrorSatisfies(e -> {
          JsonNode body = ((NexlaServiceException) e).body().orElseThrow();
          assertThat(body.get("credentials").asString()).isEqualTo("****");
          assertThat(body.get("api_key").asString()).isEqualTo("****");
          assertThat(body.toString()).doesNotContain("hunter2", "k1");
        })
        .verify(WAIT);
  }

  @Test
  void htmlErrorPageBecomesATypedErrorWithAnExcerpt() {
    server.onApi = reply(502, "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>",
        "Content-Type", "text/html");

    StepVerifier.create(transport().exchange(get("/data_sources")))
        .expectErrorSatisfies(e -> {
          assertThat(e).isInstanceOf(ServerException.class).hasMessageContaining("502 Bad Gateway");
          ServerException s = (ServerException) e;
          assertThat(s.body()).isEmpty();
          assertThat(s.context().bodyExcerpt()).startsWith("<html>");
        })
        .verify(WAIT);
  }

  @Test
  void malformedJsonIsADecodeError() {
    server.onApi = reply(200, "{\"id\": 1,");

    StepVerifier.create(transport().retrieve(get("/data_sources/1"), JsonNode.class))
        .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(NexlaDecodeException.class)
            .hasMessageContaining("{\"id\": 1,"))
        .verify(WAIT);
  }

  @Test
  void oversizedBodyIsADecodeErrorAndDoesNotLeakTheConnection() {
    String big = "[" + "1,".repeat(2000) + "1]";
    server.onApi = TestServer.by(req -> req.path().endsWith("/big") ? reply(200, big) : reply(200, "{}"));
    NexlaTransport transport = server.transport(options().maxResponseBytes(1024).maxConnections(1).build());

    for (int i = 0; i < 3; i++) {
      StepVerifier.create(transport.exchange(get("/big")))
          .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(NexlaDecodeException.class)
              .hasMessageContaining("1024 bytes"))
          .verify(WAIT);
    }
    StepVerifier.create(transport.exchange(get("/small"))).expectNextCount(1).expectComplete().verify(WAIT);
  }

  @Test
  void connectionClosedMidResponseOnPostIsATransportErrorAndNotResent() {
    server.onApi = (req, res) -> res.status(200).header("Content-Type", "application/json")
        .header("Content-Length", "1000")
        .send(Flux.just(Unpooled.copiedBuffer("{\"id\":", StandardCharsets.UTF_8))
            .concatWith(Mono.<ByteBuf>fromRunnable(() -> res.withConnection(c -> c.channel().close()))), b -> true)
        .then();

    StepVerifier.create(transport().exchange(NexlaRequest.post("/data_sources").body(Map.of("name", "x")).build()))
        .expectErrorSatisfies(e -> {
          assertThat(e).isInstanceOf(NexlaTransportException.class);
          assertThat(((NexlaTransportException) e).requestMayHaveBeenProcessed()).isTrue();
        })
        .verify(WAIT);

    assertThat(server.requests).hasSize(1);
  }

  @Test
  void connectionRefusedOnPostIsRetriedBecauseNothingWasWritten() {
    DisposableServer closed = HttpServer.create().host("127.0.0.1").port(0).handle((q, r) -> r.send()).bindNow();
    int port = closed.port();
    closed.disposeNow();
    List<String> attempts = new CopyOnWriteArrayList<>();
    WebClient.Builder application = WebClient.builder().filter((request, next) -> {
      attempts.add(request.headers().getFirst("X-Nexla-Attempt"));
      return next.exchange(request);
    });
    NexlaTransport transport = server.transport(options().baseUrl("http://127.0.0.1:" + port + "/api")
        .retry(RetryOptions.builder().maxAttempts(3).baseDelay(Duration.ofMillis(10)).build())
        .webClientBuilder(application).build());

    StepVerifier.create(transport.exchange(NexlaRequest.post("/data_sources").body(Map.of("name", "x")).build()))
        .expectErrorSatisfies(e -> {
          assertThat(e).isInstanceOf(NexlaTransportException.class);
          assertThat(((NexlaTransportException) e).requestMayHaveBeenProcessed()).isFalse();
          assertThat(e.getSuppressed()).hasSize(2);
        })
        .verify(WAIT);

    assertThat(attempts).containsExactly("1", "2", "3");
  }

  @Test
  void responseCaptureSeesStatusHeadersAndAttempts() {
    server.onApi = reply(201, "{\"id\":3}", "X-Custom", "v");

    StepVerifier.create(ResponseCapture.withResponse(transport().retrieve(get("/data_sources"), JsonNode.class)))
        .assertNext(r -> {
          assertThat(r.status()).isEqualTo(201);
          assertThat(r.headers().getFirst("X-Custom")).isEqualTo("v");
          assertThat(r.attempts()).isEqualTo(1);
          assertThat(r.value().get("id").asInt()).isEqualTo(3);
        })
        .expectComplete()
        .verify(WAIT);
  }

  @Test
  void downloadStreamsAndSendsTheTokenOnlyToTheApiHost() {
    server.onApi = reply(200, "line1\nline2\n", "Content-Type", "text/plain");
    NexlaTransport t = transport();

    String same = DataBufferUtils.join(t.download(URI.create(server.baseUrl() + "/files/1"), RequestOptions.NONE))
        .map(b -> {
          String s = b.toString(StandardCharsets.UTF_8);
          DataBufferUtils.release(b);
          return s;
        }).block(WAIT);
    URI otherHost = URI.create("http://localhost:" + server.port() + "/api/files/2");
    DataBufferUtils.join(t.download(otherHost, RequestOptions.NONE)).doOnNext(DataBufferUtils::release).block(WAIT);

    assertThat(same).isEqualTo("line1\nline2\n");
    assertThat(server.requests.get(0).header("Authorization")).isEqualTo("Bearer token");
    assertThat(server.requests.get(1).header("Authorization")).isNull();
  }

  @Test
  void downloadErrorStatusIsTyped() {
    server.onApi = reply(404, "{\"message\":\"gone\"}");

    StepVerifier.create(transport().download(URI.create(server.baseUrl() + "/files/1"), RequestOptions.NONE))
        .expectError(NotFoundException.class)
        .verify(WAIT);
  }
}
