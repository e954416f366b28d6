package io.nexla.reactive.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nexla.reactive.core.NexlaClientOptions;
import io.nexla.reactive.core.ProxyOptions;
import io.nexla.reactive.core.error.NexlaTransportException;
import io.nexla.reactive.core.retry.RetryOptions;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/** Connections through a real forward proxy on loopback: HTTP CONNECT and SOCKS5, credentials, bypass rules. */
class ProxyTest {

  private static final Duration WAIT = Duration.ofSeconds(60);

  private final TestServer server = TestServer.start();
  private ForwardProxy proxy;

  @AfterEach
  void stop() throws Exception {
    if (proxy != null) {
      proxy.close();
    }
    server.close();
  }

  private NexlaTransport transport(NexlaClientOptions.Builder options) {
    return server.transport(options.build());
  }

  private NexlaClientOptions.Builder options() {
    return NexlaClientOptions.builder().baseUrl(server.baseUrl()).serviceKey("proxy-test-key")
        .retry(RetryOptions.none());
  }

  private static NexlaRequest get() {
    return NexlaRequest.get("/data_sources").operation("test.get").build();
  }

  private String target() {
    return "127.0.0.1:" + server.port();
  }

  @Test
  void anHttpProxyTunnelsEveryConnectionWithItsCredentials() throws Exception {
    proxy = ForwardProxy.requiring("ops", "pr0xy-pa55word");

    StepVerifier.create(transport(options().proxy(ProxyOptions.http("127.0.0.1", proxy.port())
            .withCredentials("ops", "pr0xy-pa55word"))).exchange(get()))
        .assertNext(response -> assertThat(response.status()).isEqualTo(200))
        .verifyComplete();

    assertThat(proxy.tunnels).isNotEmpty().allSatisfy(tunnel -> {
      assertThat(tunnel.protocol()).isEqualTo("http");
      assertThat(tunnel.target()).isEqualTo(target());
      assertThat(tunnel.opened()).isTrue();
      assertThat(tunnel.credentials()).isEqualTo("Basic " + Base64.getEncoder()
          .encodeToString("ops:pr0xy-pa55word".getBytes(StandardCharsets.UTF_8)));
    });
    assertThat(server.requestsTo("/token")).hasSize(1);   // the token request went through the tunnel too
    assertThat(server.requestsTo("/data_sources")).hasSize(1);
  }

  @Test
  void aSocks5ProxyCarriesTheTrafficWithUsernameAndPassword() throws Exception {
    proxy = ForwardProxy.requiring("ops", "s0cks-pa55word");

    StepVerifier.create(transport(options().proxy(ProxyOptions.socks5("127.0.0.1", proxy.port())
            .withCredentials("ops", "s0cks-pa55word"))).exchange(get()))
        .assertNext(response -> assertThat(response.status()).isEqualTo(200))
        .verifyComplete();

    assertThat(proxy.tunnels).isNotEmpty().allSatisfy(tunnel -> {
      assertThat(tunnel.protocol()).isEqualTo("socks5");
      assertThat(tunnel.target()).isEqualTo(target());
      assertThat(tunnel.credentials()).isEqualTo("ops:s0cks-pa55word");
    });
    assertThat(server.requestsTo("/data_sources")).hasSize(1);
  }

  @Test
  void hostsMatchingANonProxyPatternAreReachedDirectly() throws Exception {
    proxy = ForwardProxy.open();

    StepVerifier.create(transport(options().proxy(ProxyOptions.http("127.0.0.1", proxy.port())
            .withNonProxyHosts("internal.example", "127.0.0.1"))).exchange(get()))
        .assertNext(response -> assertThat(response.status()).isEqualTo(200))
        .verifyComplete();

    assertThat(proxy.tunnels).isEmpty();
    assertThat(server.requestsTo("/data_sources")).hasSize(1);
  }

  @Test
  void fromEnvironmentReadsHttpsProxyAndNoProxyLikeCurl() throws Exception {
    proxy = ForwardProxy.requiring("env-user", "env pass");
    Map<String, String> env = Map.of(
        "NEXLA_SERVICE_KEY", "proxy-test-key",
        "NEXLA_API_URL", server.baseUrl(),
        "HTTPS_PROXY", "http://env-user:env%20pass@127.0.0.1:" + proxy.port(),
        "NO_PROXY", "localhost, .corp.example");

    StepVerifier.create(transport(NexlaClientOptions.builder().fromEnvironment(env).retry(RetryOptions.none()))
            .exchange(get()))
        .assertNext(response -> assertThat(response.status()).isEqualTo(200))
        .verifyComplete();

    assertThat(proxy.tunnels).isNotEmpty().allSatisfy(tunnel -> assertThat(tunnel.opened()).isTrue());
  }

  @Test
  void aProxyRefusingTheCredentialsIsATypedTransportFailureThatSentNothing() throws Exception {
    proxy = ForwardProxy.requiring("ops", "right-password");

    NexlaClientOptions.Builder withToken = NexlaClientOptions.builder().baseUrl(server.baseUrl())
        .accessToken("direct-token").retry(RetryOptions.none());

    StepVerifier.create(transport(withToken.proxy(ProxyOptions.http("127.0.0.1", proxy.port())
            .withCredentials("ops", "wrong-password"))).exchange(get()))
        .expectErrorSatisfies(error -> {
          assertThat(error).isInstanceOf(NexlaTransportException.class);
          assertThat(((NexlaTransportException) error).requestMayHaveBeenProcessed()).isFalse();
          assertThat(error.toString()).doesNotContain("wrong-password");
        })
        .verify(WAIT);

    assertThat(proxy.tunnels).isNotEmpty().noneMatch(ForwardProxy.Tunnel::opened);
    assertThat(server.requests).isEmpty();
  }

  @Test
  void theProxyPasswordNeverAppearsInOptionsText() {
    NexlaClientOptions options = options().proxy(ProxyOptions.http("proxy.corp.example", 3128)
        .withCredentials("ops", "hunter2-proxy-secret")).build();

    assertThat(options.toString()).contains("proxy.corp.example:3128").doesNotContain("hunter2-proxy-secret");
    assertThat(options.proxy().toString()).doesNotContain("hunter2-proxy-secret");
  }

  @Test
  void nonProxyPatternsFollowTheNoProxyConvention() {
    ProxyOptions proxy = ProxyOptions.http("proxy", 3128).withNonProxyHosts("example.com", ".corp.example",
        "*.svc.local", "10.1.2.3", "::1");

    assertThat(proxy.bypasses("example.com")).isTrue();
    assertThat(proxy.bypasses("api.EXAMPLE.com")).isTrue();
    assertThat(proxy.bypasses("notexample.com")).isFalse();
    assertThat(proxy.bypasses("corp.example")).isFalse();
    assertThat(proxy.bypasses("a.corp.example")).isTrue();
    assertThat(proxy.bypasses("nexla.svc.local")).isTrue();
    assertThat(proxy.bypasses("10.1.2.3")).isTrue();
    assertThat(proxy.bypasses("10.1.2.30")).isFalse();
    assertThat(proxy.bypasses("[::1]")).isTrue();
    assertThat(ProxyOptions.http("p", 1).withNonProxyHosts("*").bypasses("anything")).isTrue();
  }

  @Test
  void badProxySettingsAreRefusedWhenConfigured() {
    assertThatThrownBy(() -> ProxyOptions.http("proxy", 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ProxyOptions.http(" ", 80)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ProxyOptions.none().withCredentials("u", "p")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> ProxyOptions.fromEnvironment(Map.of("HTTPS_PROXY", "http://only-user@proxy:3128")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("only-user");
    assertThat(ProxyOptions.fromEnvironment(Map.of())).isEmpty();
    assertThat(ProxyOptions.fromEnvironment(Map.of("https_proxy", "socks5://proxy:1081")).orElseThrow())
        .satisfies(p -> {
          assertThat(p.type()).isEqualTo(ProxyOptions.Type.SOCKS5);
          assertThat(p.port()).isEqualTo(1081);
        });
  }
}
