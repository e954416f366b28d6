package io.nexla.reactive.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.pkitesting.CertificateBuilder;
import io.netty.pkitesting.X509Bundle;
import io.nexla.reactive.core.NexlaClientOptions;
import io.nexla.reactive.core.TlsOptions;
import io.nexla.reactive.core.error.NexlaTransportException;
import io.nexla.reactive.core.retry.RetryOptions;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.test.StepVerifier;

/** TLS to a private Nexla installation: trust material, mutual TLS and protocols, over real loopback TLS. */
class TlsTest {

  private static final Duration WAIT = Duration.ofSeconds(60);
  private static X509Bundle serverCa;
  private static X509Bundle server;
  private static X509Bundle clientCa;
  private static X509Bundle client;

  private final List<String> clientSubjects = new CopyOnWriteArrayList<>();
  private DisposableServer https;
  private NexlaTransport transport;

  @BeforeAll
  static void certificates() throws Exception {
    Instant now = Instant.now();
    CertificateBuilder template = new CertificateBuilder().ecp256()
        .notBefore(now.minus(Duration.ofDays(1))).notAfter(now.plus(Duration.ofDays(1)));
    serverCa = template.copy().subject("CN=Private Nexla CA").setIsCertificateAuthority(true).buildSelfSigned();
    server = template.copy().subject("CN=localhost").addSanDnsName("localhost").addSanIpAddress("127.0.0.1")
        .buildIssuedBy(serverCa);
    clientCa = template.copy().subject("CN=Client CA").setIsCertificateAuthority(true).buildSelfSigned();
    client = template.copy().subject("CN=ingest-service").buildIssuedBy(clientCa);
  }

  @AfterEach
  void stop() {
    if (transport != null) {
      transport.close();
    }
    if (https != null) {
      https.disposeNow();
    }
  }

  private void startServer(boolean requireClientCertificate, String... protocols) throws Exception {
    SslContextBuilder tls = SslContextBuilder.forServer(server.getKeyPair().getPrivate(), server.getCertificatePath());
    if (requireClientCertificate) {
      tls.trustManager(clientCa.getCertificate()).clientAuth(ClientAuth.REQUIRE);
    }
    if (protocols.length > 0) {
      tls.protocols(protocols);
    }
    var context = tls.build();
    https = HttpServer.create().host("127.0.0.1").port(0)
        .secure(spec -> spec.sslContext(context))
        .handle((req, res) -> {
          req.withConnection(connection -> {
            var ssl = connection.channel().pipeline().get(io.netty.handler.ssl.SslHandler.class);
            try {
              clientSubjects.add(((X509Certificate) ssl.engine().getSession().getPeerCertificates()[0])
                  .getSubjectX500Principal().getName());
            } catch (Exception noClientCertificate) {
              clientSubjects.add("none");
            }
          });
          return res.header("Content-Type", "application/json").sendString(Mono.just("{\"ok\":true}"));
        })
        .bindNow();
  }

  private NexlaTransport transport(TlsOptions tls) {
    NexlaClientOptions.Builder options = NexlaClientOptions.builder()
        .baseUrl("https://127.0.0.1:" + https.port() + "/api")
        .accessToken("direct-token")
        .retry(RetryOptions.none());
    if (tls != null) {
      options.tls(tls);
    }
    transport = WebClientTransport.create(options.build());
    return transport;
  }

  private static NexlaRequest get() {
    return NexlaRequest.get("/data_sources").operation("test.get").build();
  }

  @Test
  void aServerSignedByAPrivateCaIsReachedWithThatCaAsTrustMaterial() throws Exception {
    startServer(false);

    StepVerifier.create(transport(TlsOptions.builder().trustedCertificates(serverCa.getCertificate()).build())
            .exchange(get()))
        .assertNext(response -> assertThat(response.status()).isEqualTo(200))
        .verifyComplete();
  }

  @Test
  void aTrustManagerFactoryWorksLikeASpringSslBundle() throws Exception {
    startServer(false);

    StepVerifier.create(transport(TlsOptions.builder().trustManagerFactory(serverCa.toTrustManagerFactory()).build())
            .exchange(get()))
        .assertNext(response -> assertThat(response.status()).isEqualTo(200))
        .verifyComplete();
  }

  @Test
  void withoutTheRightTrustMaterialTheHandshakeFailsAsATypedErrorThatSentNothing() throws Exception {
    startServer(false);

    for (TlsOptions tls : new TlsOptions[] {null, TlsOptions.builder().trustedCertificates(clientCa.getCertificate())
        .build()}) {
      StepVerifier.create(transport(tls).exchange(get()))
          .expectErrorSatisfies(error -> {
            assertThat(error).isInstanceOf(NexlaTransportException.class);
            assertThat(((NexlaTransportException) error).requestMayHaveBeenProcessed()).isFalse();
          })
          .verify(WAIT);
      transport.close();
    }
    assertThat(clientSubjects).isEmpty();
  }

  @Test
  void aClientCertificateIsPresentedWhenTheServerRequiresOne() throws Exception {
    startServer(true);
    TlsOptions trustOnly = TlsOptions.builder().trustedCertificates(serverCa.getCertificate()).build();

    StepVerifier.create(transport(trustOnly).exchange(get()))
        .expectError(NexlaTransportException.class)
        .verify(WAIT);
    transport.close();
    StepVerifier.create(transport(TlsOptions.builder().trustedCertificates(serverCa.getCertificate())
            .clientCertificate(client.getKeyPair().getPrivate(), client.getCertificatePath()).build())
            .exchange(get()))
        .assertNext(response -> assertThat(response.status()).isEqualTo(200))
        .verifyComplete();
    transport.close();
    StepVerifier.create(transport(TlsOptions.builder().trustedCertificates(serverCa.getCertificate())
            .keyManagerFactory(client.toKeyManagerFactory()).build())
            .exchange(get()))
        .assertNext(response -> assertThat(response.status()).isEqualTo(200))
        .verifyComplete();

    assertThat(clientSubjects).containsOnly("CN=ingest-service");
  }

  @Test
  void theOfferedProtocolsAreTheConfiguredOnes() throws Exception {
    startServer(false, "TLSv1.3");
    TlsOptions.Builder trust = TlsOptions.builder().trustedCertificates(serverCa.getCertificate());

    StepVerifier.create(transport(trust.protocols("TLSv1.2").build()).exchange(get()))
        .expectError(NexlaTransportException.class)
        .verify(WAIT);
    transport.close();
    StepVerifier.create(transport(trust.protocols("TLSv1.3").build()).exchange(get()))
        .assertNext(response -> assertThat(response.status()).isEqualTo(200))
        .verifyComplete();
  }

  @Test
  void unusableSettingsAreRefusedWhenBuilt() {
    assertThatThrownBy(() -> TlsOptions.builder().clientCertificate(client.getKeyPair().getPrivate()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TlsOptions.builder().clientCertificate(serverCa.getKeyPair().getPrivate(),
        client.getCertificate()).build()).isInstanceOf(IllegalArgumentException.class);
  }
}
