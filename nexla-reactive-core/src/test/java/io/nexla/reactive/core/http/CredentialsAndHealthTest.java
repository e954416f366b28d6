package io.nexla.reactive.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nexla.reactive.core.CredentialSource;
import io.nexla.reactive.core.NexlaClientOptions;
import io.nexla.reactive.core.auth.AccessToken;
import io.nexla.reactive.core.error.NexlaAuthenticationException;
import io.nexla.reactive.core.retry.RetryOptions;
import io.nexla.reactive.testkit.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** Reading and refreshing the access token, credentials from a source, and the health the transport reports. */
class CredentialsAndHealthTest {

  private static final Duration WAIT = Duration.ofSeconds(60);

  private final TestServer server = TestServer.start();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-06-01T00:00:00Z"));

  @AfterEach
  void stop() {
    server.close();
  }

  private NexlaTransport transport(NexlaClientOptions.Builder options) {
    return server.transport(options.baseUrl(server.baseUrl()).clock(clock)
        .retry(RetryOptions.none()).build());
  }

  private static NexlaRequest get() {
    return NexlaRequest.get("/data_sources").operation("test.get").build();
  }

  @Test
  void healthFollowsTheTokenThroughItsLifetime() {
    server.expiresIn = 3600;
    NexlaTransport t = transport(NexlaClientOptions.builder().serviceKey("svc-key").tokenRefreshMargin(
        Duration.ofMinutes(5)));

    assertThat(t.health().tokenState()).isEqualTo(ClientHealth.TokenState.NONE);
    t.exchange(get()).block(WAIT);
    assertThat(t.health().tokenState()).isEqualTo(ClientHealth.TokenState.VALID);
    assertThat(t.health().tokenExpiresAt()).isEqualTo(Instant.parse("2026-06-01T01:00:00Z"));
    assertThat(t.health().lastTokenFailure()).isNull();

    clock.advance(Duration.ofMinutes(56));
    assertThat(t.health().tokenState()).isEqualTo(ClientHealth.TokenState.REFRESH_DUE);
    clock.advance(Duration.ofMinutes(5));
    assertThat(t.health().tokenState()).isEqualTo(ClientHealth.TokenState.EXPIRED);
  }

  @Test
  void aRejectedServiceKeyMakesHealthFailedWithTheReasonAndASuccessClearsIt() {
    server.onToken = TestServer.sequence(TestServer.reply(401, "{\"message\":\"bad key svc-key\"}"),
        server.onToken);
    NexlaTransport t = transport(NexlaClientOptions.builder().serviceKey("svc-key"));

    StepVerifier.create(t.exchange(get())).expectError(NexlaAuthenticationException.class).verify(WAIT);

    ClientHealth failed = t.health();
    assertThat(failed.tokenState()).isEqualTo(ClientHealth.TokenState.FAILED);
    assertThat(failed.lastTokenFailure()).isNotNull();
    assertThat(failed.lastTokenFailure().reason()).isEqualTo("UnauthorizedException (HTTP 401)");
    assertThat(failed.lastTokenFailure().at()).isEqualTo(clock.instant());
    assertThat(failed.toString()).doesNotContain("svc-key");

    t.exchange(get()).block(WAIT);
    assertThat(t.health().tokenState()).isEqualTo(ClientHealth.TokenState.VALID);
    assertThat(t.health().lastTokenFailure()).isNull();
  }

  @Test
  void accessTokenReusesTheCachedTokenAndRefreshObtainsANewOne() {
    NexlaTransport t = transport(NexlaClientOptions.builder().serviceKey("svc-key"));

    AccessToken first = t.accessToken().block(WAIT);
    AccessToken again = t.accessToken().block(WAIT);
    assertThat(first.value().reveal()).isEqualTo("tok-1");
    assertThat(again).isSameAs(first);
    assertThat(server.tokenCalls()).isEqualTo(1);

    AccessToken refreshed = t.refreshAccessToken().block(WAIT);
    assertThat(refreshed.value().reveal()).isEqualTo("tok-2");
    assertThat(server.tokenCalls()).isEqualTo(2);
    t.exchange(get()).block(WAIT);
    assertThat(server.requestsTo("/data_sources").get(0).header("Authorization")).isEqualTo("Bearer tok-2");
  }

  @Test
  void aRotatedServiceKeyIsReadFromItsSourceOnTheNextRefresh() {
    AtomicReference<String> vault = new AtomicReference<>("key-before-rotation");
    NexlaTransport t = transport(NexlaClientOptions.builder()
        .credentials(CredentialSource.serviceKey(Mono.fromSupplier(vault::get))));

    t.exchange(get()).block(WAIT);
    vault.set("key-after-rotation");
    t.exchange(get()).block(WAIT);   // the cached token is still good: no new token request
    assertThat(server.tokenCalls()).isEqualTo(1);
    t.refreshAccessToken().block(WAIT);

    assertThat(server.requestsTo("/token")).extracting(r -> r.header("Authorization"))
        .containsExactly("Basic key-before-rotation", "Basic key-after-rotation");
    assertThat(t.options().toString()).doesNotContain("key-before-rotation", "key-after-rotation");
  }

  @Test
  void anAccessTokenSourceIsReadAgainWhenNexlaRejectsTheToken() {
    AtomicReference<String> vault = new AtomicReference<>("token-A");
    server.onApi = (req, res) -> "Bearer token-A".equals(req.header("Authorization"))
        ? TestServer.json(res, 401, "{\"message\":\"expired\"}")
        : TestServer.json(res, 200, "{\"ok\":true}");
    NexlaTransport t = transport(NexlaClientOptions.builder()
        .credentials(CredentialSource.accessToken(Mono.fromSupplier(() -> vault.getAndSet("token-B")))));

    StepVerifier.create(t.exchange(get()))
        .assertNext(response -> assertThat(response.status()).isEqualTo(200))
        .verifyComplete();

    assertThat(server.requestsTo("/data_sources")).extracting(r -> r.header("Authorization"))
        .containsExactly("Bearer token-A", "Bearer token-B");
    assertThat(server.tokenCalls()).isZero();
    assertThat(t.health().tokenExpiresAt()).isNull();   // a direct token's lifetime is not known
  }

  @Test
  void aFixedAccessTokenCannotBeRefreshed() {
    NexlaTransport t = transport(NexlaClientOptions.builder().accessToken("fixed-token"));

    StepVerifier.create(t.accessToken()).assertNext(token -> assertThat(token.value().reveal())
        .isEqualTo("fixed-token")).verifyComplete();
    StepVerifier.create(t.refreshAccessToken()).expectError(NexlaAuthenticationException.class).verify(WAIT);
  }

  @Test
  void anEmptyOrFailingSourceIsAnAuthenticationFailure() {
    NexlaTransport empty = transport(NexlaClientOptions.builder()
        .credentials(CredentialSource.serviceKey(Mono.empty())));
    StepVerifier.create(empty.exchange(get())).expectError(NexlaAuthenticationException.class).verify(WAIT);
    assertThat(empty.health().tokenState()).isEqualTo(ClientHealth.TokenState.FAILED);
    empty.close();

    NexlaTransport failing = transport(NexlaClientOptions.builder()
        .credentials(CredentialSource.accessToken(Mono.error(new IllegalStateException("vault sealed")))));
    StepVerifier.create(failing.exchange(get())).expectError(NexlaAuthenticationException.class).verify(WAIT);
    assertThat(server.requests).isEmpty();
  }

  @Test
  void exactlyOneKindOfCredentialIsAccepted() {
    assertThatThrownBy(() -> NexlaClientOptions.builder().serviceKey("k")
        .credentials(CredentialSource.accessToken(Mono.just("t"))).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("exactly one");
    assertThat(NexlaClientOptions.builder().credentials(CredentialSource.accessToken(Mono.just("t"))).build()
        .authentication()).isEqualTo("access-token");
    assertThat(NexlaClientOptions.builder().credentials(CredentialSource.serviceKey(Mono.just("k"))).build()
        .authentication()).isEqualTo("service-key");
  }
}
