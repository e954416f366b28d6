package io.nexla.reactive.core.http;

import io.nexla.reactive.testkit.MutableClock;
import static io.nexla.reactive.core.http.TestServer.by;
import static io.nexla.reactive.core.http.TestServer.reply;
import static org.assertj.core.api.Assertions.assertThat;

import io.nexla.reactive.core.NexlaClientOptions;
import io.nexla.reactive.core.error.ForbiddenException;
import io.nexla.reactive.core.error.NexlaAuthenticationException;
import io.nexla.reactive.core.error.UnauthorizedException;
import io.nexla.reactive.core.retry.RetryOptions;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBufferUtils;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class AuthenticationTest {

  private static final Duration WAIT = Duration.ofSeconds(90);
  private static final String SERVICE_KEY = "c2VydmljZS1rZXk6c2VjcmV0";

  private final TestServer server = TestServer.start();

  @AfterEach
  void stop() {
    server.close();
  }

  private NexlaClientOptions.Builder options() {
    return NexlaClientOptions.builder()
        .baseUrl(server.baseUrl())
        .retry(RetryOptions.builder().baseDelay(Duration.ofMillis(5)).jitter(0).build());
  }

  private NexlaTransport serviceKeyTransport() {
    return server.transport(options().serviceKey(SERVICE_KEY).build());
  }

  private static NexlaRequest get() {
    return NexlaRequest.get("/data_sources").operation("sources.list").build();
  }

  private List<TestServer.Recorded> apiRequests() {
    return server.requestsTo("/data_sources");
  }

  @Test
  void hundredConcurrentCallsWithoutATokenCauseExactlyOneTokenRequest() {
    TestServer.Handler issue = server.onToken;
    server.onToken = (req, res) -> Mono.delay(Duration.ofMillis(200)).then(Mono.from(issue.handle(req, res)));
    NexlaTransport t = serviceKeyTransport();

    List<NexlaResponse> responses = Flux.range(0, 100).flatMap(i -> t.exchange(get()), 100).collectList()
        .block(WAIT);

    assertThat(responses).hasSize(100);
    assertThat(server.tokenCalls()).isEqualTo(1);
    assertThat(apiRequests()).hasSize(100).allSatisfy(r -> assertThat(r.header("Authorization"))
        .isEqualTo("Bearer tok-1"));
  }

  @Test
  void tokenRequestSendsTheServiceKeyVerbatimAsBasicWithoutBody() {
    StepVerifier.create(serviceKeyTransport().exchange(get())).expectNextCount(1).verifyComplete();

    TestServer.Recorded token = server.requestsTo("/token").get(0);
    assertThat(token.method()).isEqualTo("POST");
    assertThat(token.header("Authorization")).isEqualTo("Basic " + SERVICE_KEY);
    assertThat(token.body()).isEmpty();
    assertThat(token.header("Content-Type")).isNull();
    assertThat(token.header("Accept")).isEqualTo("application/vnd.nexla.api.v1+json");
  }

  @Test
  void oneHourTokenServesHundredSequentialCalls() {
    server.expiresIn = 3600;
    NexlaTransport t = serviceKeyTransport();

    Flux.range(0, 100).concatMap(i -> t.exchange(get())).blockLast(WAIT);

    assertThat(apiRequests()).hasSize(100);
    assertThat(server.tokenCalls()).isEqualTo(1);
  }

  @Test
  void shortTokenIsRefreshedTenPercentBeforeExpiryNotOnEveryCall() {
    server.expiresIn = 60; // margin is 5 minutes, longer than the whole lifetime
    MutableClock clock = new MutableClock();
    NexlaTransport transport = server.transport(options().serviceKey(SERVICE_KEY).clock(clock).build());

    Flux.range(0, 10).concatMap(i -> transport.exchange(get())).blockLast(WAIT);
    assertThat(server.tokenCalls()).isEqualTo(1);

    clock.advance(Duration.ofSeconds(53));
    transport.exchange(get()).block(WAIT);
    assertThat(server.tokenCalls()).isEqualTo(1);

    clock.advance(Duration.ofSeconds(2)); // 55 s: within the last 10% (6 s) of the lifetime
    transport.exchange(get()).block(WAIT);
    transport.exchange(get()).block(WAIT);
    assertThat(server.tokenCalls()).isEqualTo(2);
  }

  @Test
  void unauthorizedGetsOneNewTokenAndReplaysOnce() {
    server.onApi = by(req -> "Bearer tok-1".equals(req.header("Authorization"))
        ? reply(401, "{\"message\":\"token expired\"}")
        : reply(200, "{\"id\":1}"));

    StepVerifier.create(serviceKeyTransport().exchange(get()))
        .assertNext(r -> assertThat(r.bodyAsString()).isEqualTo("{\"id\":1}"))
        .expectComplete()
        .verify(WAIT);

    assertThat(server.tokenCalls()).isEqualTo(2);
    assertThat(apiRequests()).extracting(r -> r.header("Authorization"))
        .containsExactly("Bearer tok-1", "Bearer tok-2");
    assertThat(apiRequests()).extracting(r -> r.header("X-Nexla-Attempt")).containsExactly("1", "2");
    assertThat(apiRequests().get(0).header("X-Request-Id")).isEqualTo(apiRequests().get(1).header("X-Request-Id"));
  }

  @Test
  void secondUnauthorizedIsSignalledAsUnauthorizedException() {
    server.onApi = reply(401, "{\"message\":\"not allowed\"}");

    StepVerifier.create(serviceKeyTransport().exchange(get()))
        .expectErrorSatisfies(e -> {
          assertThat(e).isInstanceOf(UnauthorizedException.class);
          assertThat(((UnauthorizedException) e).serverMessage()).hasValue("not allowed");
          assertThat(((UnauthorizedException) e).context().pathTemplate()).isEqualTo("/data_sources");
        })
        .verify(WAIT);

    assertThat(server.tokenCalls()).isEqualTo(2);
    assertThat(apiRequests()).hasSize(2);
  }

  @Test
  void concurrentUnauthorizedCallsInvalidateOnlyTheFailedGeneration() {
    server.onApi = by(req -> "Bearer tok-1".equals(req.header("Authorization"))
        ? reply(401, "{\"message\":\"expired\"}")
        : reply(200, "{}"));
    NexlaTransport t = serviceKeyTransport();

    List<NexlaResponse> responses = Flux.range(0, 20).flatMap(i -> t.exchange(get()), 20).collectList().block(WAIT);

    assertThat(responses).hasSize(20);
    assertThat(server.tokenCalls()).isEqualTo(2);
  }

  @Test
  void forbiddenIsNeitherRetriedNorCausesATokenRequest() {
    server.onApi = reply(403, "{\"message\":\"no access\"}");

    StepVerifier.create(serviceKeyTransport().exchange(get()))
        .expectError(ForbiddenException.class)
        .verify(WAIT);

    assertThat(server.tokenCalls()).isEqualTo(1);
    assertThat(apiRequests()).hasSize(1);
  }

  @Test
  void directTokenIsNeverRefreshed() {
    server.onApi = reply(401, "{\"message\":\"expired\"}");
    NexlaTransport transport = server.transport(options().accessToken("direct-token").build());

    StepVerifier.create(transport.exchange(get()))
        .expectError(UnauthorizedException.class)
        .verify(WAIT);

    assertThat(server.tokenCalls()).isZero();
    assertThat(apiRequests()).singleElement()
        .satisfies(r -> assertThat(r.header("Authorization")).isEqualTo("Bearer direct-token"));
  }

  @Test
  void rejectedServiceKeyIsAnAuthenticationFailureWithoutTheKey() {
    server.onToken = reply(401, "{\"message\":\"bad key\"}");

    StepVerifier.create(serviceKeyTransport().exchange(get()))
        .expectErrorSatisfies(e -> {
          assertThat(e).isInstanceOf(NexlaAuthenticationException.class)
              .hasMessageContaining("check the service key")
              .hasMessageNotContaining(SERVICE_KEY);
        })
        .verify(WAIT);

    assertThat(apiRequests()).isEmpty();
  }

  @Test
  void tokenResponseWithoutAccessTokenIsAnAuthenticationFailure() {
    server.onToken = reply(200, "{\"expires_in\":3600}");

    StepVerifier.create(serviceKeyTransport().exchange(get()))
        .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(NexlaAuthenticationException.class)
            .hasMessageContaining("access_token"))
        .verify(WAIT);
  }

  @Test
  void logoutSendsTheTokenAndTheNextCallObtainsANewOne() {
    NexlaTransport t = serviceKeyTransport();
    t.exchange(get()).block(WAIT);

    StepVerifier.create(t.logout()).verifyComplete();
    assertThat(server.requestsTo("/token/logout")).singleElement()
        .satisfies(r -> assertThat(r.header("Authorization")).isEqualTo("Bearer tok-1"));

    t.exchange(get()).block(WAIT);
    assertThat(server.tokenCalls()).isEqualTo(2);
    assertThat(apiRequests().get(1).header("Authorization")).isEqualTo("Bearer tok-2");
  }

  @Test
  void logoutErrorsAreIgnored() {
    NexlaTransport t = serviceKeyTransport();
    t.exchange(get()).block(WAIT);
    server.onApi = reply(500, "{}");

    StepVerifier.create(t.logout()).verifyComplete();
  }

  @Test
  void afterLogoutADirectTokenClientFailsLocally() {
    NexlaTransport transport = server.transport(options().accessToken("direct-token").build());
    StepVerifier.create(transport.logout()).verifyComplete();
    assertThat(server.requestsTo("/token/logout")).singleElement()
        .satisfies(r -> assertThat(r.header("Authorization")).isEqualTo("Bearer direct-token"));
    int sent = server.requests.size();

    StepVerifier.create(transport.exchange(get()))
        .expectError(NexlaAuthenticationException.class)
        .verify(WAIT);
    assertThat(server.requests).hasSize(sent);
  }

  private String download(NexlaTransport t, URI url) {
    return DataBufferUtils.join(t.download(url, RequestOptions.NONE)).map(buffer -> {
      String text = buffer.toString(StandardCharsets.UTF_8);
      DataBufferUtils.release(buffer);
      return text;
    }).block(WAIT);
  }

  @Test
  void downloadRejectedWithAnExpiredTokenGetsOneNewTokenAndReplaysOnce() {
    server.onApi = by(req -> "Bearer tok-1".equals(req.header("Authorization"))
        ? reply(401, "{\"message\":\"token expired\"}")
        : reply(200, "artifact bytes", "Content-Type", "text/plain"));
    NexlaTransport t = serviceKeyTransport();

    String body = download(t, URI.create(server.baseUrl() + "/files/1"));

    assertThat(body).isEqualTo("artifact bytes");
    List<TestServer.Recorded> sent = server.requestsTo("/files/1");
    assertThat(sent).extracting(r -> r.header("Authorization")).containsExactly("Bearer tok-1", "Bearer tok-2");
    assertThat(sent).extracting(r -> r.header("X-Nexla-Attempt")).containsExactly("1", "2");
    assertThat(sent.get(0).header("X-Request-Id")).isEqualTo(sent.get(1).header("X-Request-Id"));
    assertThat(server.tokenCalls()).isEqualTo(2);
  }

  @Test
  void downloadRejectedAgainAfterItsReplayIsSignalledAsUnauthorized() {
    server.onApi = reply(401, "{\"message\":\"not allowed\"}");

    StepVerifier.create(serviceKeyTransport().download(URI.create(server.baseUrl() + "/files/1"), RequestOptions.NONE))
        .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(UnauthorizedException.class)
            .hasMessageNotContaining("tok-"))
        .verify(WAIT);

    assertThat(server.requestsTo("/files/1")).hasSize(2);
    assertThat(server.tokenCalls()).isEqualTo(2);
  }

  @Test
  void downloadFromAnotherHostGetsNoTokenAndNoReplay() {
    server.onApi = reply(401, "{\"message\":\"signed link expired\"}");
    URI otherHost = URI.create("http://localhost:" + server.port() + "/api/files/2");

    StepVerifier.create(serviceKeyTransport().download(otherHost, RequestOptions.NONE))
        .expectError(UnauthorizedException.class)
        .verify(WAIT);

    assertThat(server.requestsTo("/files/2")).singleElement()
        .satisfies(r -> assertThat(r.header("Authorization")).isNull());
    assertThat(server.tokenCalls()).isZero();
  }

  @Test
  void directTokenDownloadIsNotReplayed() {
    server.onApi = reply(401, "{\"message\":\"expired\"}");
    NexlaTransport transport = server.transport(options().accessToken("direct").build());

    StepVerifier.create(transport.download(URI.create(server.baseUrl() + "/files/1"), RequestOptions.NONE))
        .expectError(UnauthorizedException.class)
        .verify(WAIT);

    assertThat(server.requestsTo("/files/1")).hasSize(1);
  }
}
