package io.nexla.reactive.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexla.reactive.core.NexlaClientOptions;
import io.nexla.reactive.core.TlsOptions;
import io.nexla.reactive.core.error.NexlaAuthenticationException;
import io.nexla.reactive.core.error.NexlaTransportException;
import io.nexla.reactive.core.retry.RetryOptions;
import io.nexla.reactive.testkit.NexlaEmulator;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/** The emulator over real loopback TLS: reachable only by a client that trusts its self-signed certificate. */
class EmulatorTlsTest {

  private static final Duration WAIT = Duration.ofSeconds(60);

  private final NexlaEmulator emulator = NexlaEmulator.builder().tls(true).start();
  private NexlaTransport transport;

  @AfterEach
  void stop() {
    if (transport != null) {
      transport.close();
    }
    emulator.close();
  }

  private NexlaTransport transport(UnaryOperator<NexlaClientOptions.Builder> tls) {
    transport = WebClientTransport.create(tls.apply(NexlaClientOptions.builder()
        .baseUrl(emulator.baseUrl()).retry(RetryOptions.none())).build());
    return transport;
  }

  private static NexlaRequest createSource() {
    return NexlaRequest.post("/data_sources").body(Map.of("name", "orders", "source_type", "s3"))
        .operation("sources.create").build();
  }

  @Test
  void theEmulatorServesHttpsOnLoopbackWithACertificateNamingIt() throws Exception {
    assertThat(emulator.baseUrl()).startsWith("https://127.0.0.1:");
    X509Certificate certificate = emulator.certificate();
    certificate.checkValidity();
    assertThat(certificate.getSubjectAlternativeNames()).extracting(name -> (Object) name.get(1))
        .contains((Object) "localhost", "127.0.0.1");
    assertThat(emulator.certificatePem()).startsWith("-----BEGIN CERTIFICATE-----");
  }

  @Test
  void withoutTrustTheHandshakeFailsWithATypedTransportErrorAndNothingIsStored() {
    // A given access token: the API call itself is the first connection.
    NexlaTransport untrusting = transport(b -> b.accessToken("direct-access-token"));

    StepVerifier.create(untrusting.exchange(createSource()))
        .expectErrorSatisfies(error -> {
          assertThat(error).isInstanceOf(NexlaTransportException.class);
          assertThat(error.getMessage()).containsIgnoringCase("SSLHandshakeException").containsIgnoringCase("certif");
          assertThat(((NexlaTransportException) error).requestMayHaveBeenProcessed()).isFalse();
        })
        .verify(WAIT);
    assertThat(emulator.store().list("data_sources")).isEmpty();
    assertThat(emulator.journal()).as("no request got through").isEmpty();
  }

  @Test
  void withAServiceKeyTheTokenRequestFailsTheSameWayAndIsReportedAsAnAuthenticationFailure() {
    NexlaTransport untrusting = transport(b -> b.serviceKey(emulator.serviceKey()));

    StepVerifier.create(untrusting.exchange(createSource()))
        .expectErrorSatisfies(error -> {
          assertThat(error).isInstanceOf(NexlaAuthenticationException.class)
              .hasMessageContaining("SSLHandshakeException")
              .hasCauseInstanceOf(NexlaTransportException.class);
          assertThat(error.getMessage()).doesNotContain(emulator.serviceKey());
        })
        .verify(WAIT);
  }

  @Test
  void trustingAnotherCertificateFailsToo() {
    try (NexlaEmulator other = NexlaEmulator.builder().tls(true).start()) {
      NexlaTransport wronglyTrusting = transport(b -> b.accessToken("direct-access-token").tls(TlsOptions.builder()
          .trustedCertificates(other.certificate()).build()));

      StepVerifier.create(wronglyTrusting.exchange(createSource()))
          .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(NexlaTransportException.class)
              .hasMessageContaining("SSLHandshakeException"))
          .verify(WAIT);
    }
  }

  @Test
  void trustingTheEmulatorsCertificateFromItsPemEveryCallWorks() throws Exception {
    X509Certificate fromPem = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(
        new ByteArrayInputStream(emulator.certificatePem().getBytes(StandardCharsets.US_ASCII)));
    NexlaTransport trusting = transport(b -> b.serviceKey(emulator.serviceKey())
        .tls(TlsOptions.builder().trustedCertificates(fromPem).build()));

    StepVerifier.create(trusting.exchange(createSource())
            .map(created -> created.json().get("id").asLong())
            .flatMap(id -> trusting.exchange(NexlaRequest.get("/data_sources/{id}").pathVariable("id", id)
                .operation("sources.get").build())))
        .assertNext(fetched -> assertThat(fetched.json().get("name").asString()).isEqualTo("orders"))
        .verifyComplete();
    assertThat(emulator.count("POST", "/token")).as("the service key went over TLS for a token").isEqualTo(1);
    assertThat(emulator.store().list("data_sources")).hasSize(1);
  }
}
