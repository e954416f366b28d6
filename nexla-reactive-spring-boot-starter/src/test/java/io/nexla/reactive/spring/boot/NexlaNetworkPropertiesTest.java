package io.nexla.reactive.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.handler.ssl.SslContextBuilder;
import io.netty.pkitesting.CertificateBuilder;
import io.netty.pkitesting.X509Bundle;
import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.core.NexlaClientOptions;
import io.nexla.reactive.core.ProxyOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.test.StepVerifier;

/** {@code nexla.proxy.*} and {@code nexla.ssl.bundle} in a real Spring context. */
class NexlaNetworkPropertiesTest {

  private static X509Bundle ca;
  private static X509Bundle server;

  @TempDir
  static Path certificates;

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(SslAutoConfiguration.class, NexlaAutoConfiguration.class))
      .withPropertyValues("NEXLA_SERVICE_KEY=", "NEXLA_ACCESS_TOKEN=", "NEXLA_API_URL=",
          "nexla.access-token=direct-token");
  private DisposableServer https;

  @BeforeAll
  static void issueCertificates() throws Exception {
    Instant now = Instant.now();
    CertificateBuilder template = new CertificateBuilder().ecp256()
        .notBefore(now.minus(Duration.ofDays(1))).notAfter(now.plus(Duration.ofDays(1)));
    ca = template.copy().subject("CN=Private Nexla CA").setIsCertificateAuthority(true).buildSelfSigned();
    server = template.copy().subject("CN=localhost").addSanIpAddress("127.0.0.1").buildIssuedBy(ca);
    Files.writeString(certificates.resolve("ca.pem"), ca.getCertificatePEM());
  }

  @AfterEach
  void stop() {
    if (https != null) {
      https.disposeNow();
    }
  }

  private String startHttpsNexla() throws Exception {
    var tls = SslContextBuilder.forServer(server.getKeyPair().getPrivate(), server.getCertificatePath()).build();
    https = HttpServer.create().host("127.0.0.1").port(0).secure(spec -> spec.sslContext(tls))
        .handle((req, res) -> res.header("Content-Type", "application/json").sendString(Mono.just("[]")))
        .bindNow();
    return "https://127.0.0.1:" + https.port() + "/api";
  }

  @Test
  void anSslBundleGivesTheClientItsTrustMaterial() throws Exception {
    String baseUrl = startHttpsNexla();
    ApplicationContextRunner withBundle = runner.withPropertyValues(
        "nexla.base-url=" + baseUrl,
        "nexla.retry.max-attempts=1",
        "spring.ssl.bundle.pem.private-nexla.truststore.certificate=" + certificates.resolve("ca.pem").toUri());

    withBundle.withPropertyValues("nexla.ssl.bundle=private-nexla").run(context -> {
      assertThat(context).hasNotFailed();
      NexlaClient client = context.getBean(NexlaClient.class);
      assertThat(client.options().tls()).hasValueSatisfying(tls -> assertThat(tls.hasCustomTrust()).isTrue());
      StepVerifier.create(client.sources().list().collectList())
          .assertNext(sources -> assertThat(sources).isEmpty())
          .expectComplete()
          .verify(Duration.ofSeconds(60));
    });
    withBundle.run(context -> {   // the same server without the bundle: the JVM does not trust the private CA
      NexlaClient client = context.getBean(NexlaClient.class);
      StepVerifier.create(client.sources().list().collectList())
          .expectError()
          .verify(Duration.ofSeconds(60));
    });
  }

  @Test
  void anUnknownSslBundleFailsStartupNamingTheProperty() {
    runner.withPropertyValues("nexla.ssl.bundle=missing").run(context -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("missing");
      assertThat(context.getStartupFailure()).hasStackTraceContaining("nexla.ssl.bundle");
    });
  }

  @Test
  void proxyPropertiesConfigureTheClientsProxy() {
    runner.withPropertyValues("nexla.proxy.host=proxy.corp.example", "nexla.proxy.port=8080",
        "nexla.proxy.username=ops", "nexla.proxy.password=pr0xy-secret",
        "nexla.proxy.non-proxy-hosts=localhost,.corp.example").run(context -> {
          assertThat(context).hasNotFailed();
          NexlaClientOptions options = context.getBean(NexlaClient.class).options();
          ProxyOptions proxy = options.proxy();
          assertThat(proxy.type()).isEqualTo(ProxyOptions.Type.HTTP);
          assertThat(proxy.host()).hasValue("proxy.corp.example");
          assertThat(proxy.port()).isEqualTo(8080);
          assertThat(proxy.username()).hasValue("ops");
          assertThat(proxy.password()).hasValueSatisfying(p -> assertThat(p.reveal()).isEqualTo("pr0xy-secret"));
          assertThat(proxy.bypasses("api.corp.example")).isTrue();
          assertThat(proxy.bypasses("dataops.nexla.io")).isFalse();
          assertThat(options.toString()).doesNotContain("pr0xy-secret");
          assertThat(context.getBean(NexlaProperties.class).getProxy().toString()).doesNotContain("pr0xy-secret");
        });
    runner.withPropertyValues("nexla.proxy.type=socks5", "nexla.proxy.host=socks.corp.example").run(context ->
        assertThat(context.getBean(NexlaClient.class).options().proxy().type()).isEqualTo(ProxyOptions.Type.SOCKS5));
    runner.withPropertyValues("nexla.proxy.type=none").run(context ->
        assertThat(context.getBean(NexlaClient.class).options().proxy().type()).isEqualTo(ProxyOptions.Type.NONE));
    runner.run(context -> assertThat(context.getBean(NexlaClient.class).options().proxy().type())
        .isEqualTo(ProxyOptions.Type.SYSTEM_PROPERTIES));
    runner.withPropertyValues("nexla.proxy.type=socks5").run(context ->
        assertThat(context).hasFailed().getFailure().hasStackTraceContaining("nexla.proxy.host"));
  }
}
