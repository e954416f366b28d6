package io.nexla.reactive.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyStore;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;

/** {@code --tls}: HTTPS on loopback with a certificate made at start, trusted by a plain JDK client. */
class TlsTest {

  private static HttpClient trusting(NexlaEmulator emulator) throws Exception {
    KeyStore trust = KeyStore.getInstance("PKCS12");
    trust.load(null, null);
    trust.setCertificateEntry("emulator", emulator.certificate());
    TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init(trust);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, factory.getTrustManagers(), null);
    return HttpClient.newBuilder().sslContext(context).connectTimeout(Duration.ofSeconds(10)).build();
  }

  private static HttpRequest token(NexlaEmulator emulator) {
    return HttpRequest.newBuilder(URI.create(emulator.baseUrl() + "/token"))
        .header("Authorization", "Basic " + emulator.serviceKey())
        .POST(HttpRequest.BodyPublishers.noBody()).build();
  }

  @Test
  void theCommandLineOptionServesHttpsThatATrustingClientReaches() throws Exception {
    NexlaEmulator.Builder builder = EmulatorMain.parse(new String[] {"--port", "0", "--service-key", "tls-key", "--tls"});
    assertThat(builder).isNotNull();
    try (NexlaEmulator emulator = builder.start()) {
      assertThat(emulator.baseUrl()).startsWith("https://127.0.0.1:");
      HttpResponse<String> answer = trusting(emulator).send(token(emulator), HttpResponse.BodyHandlers.ofString());
      assertThat(answer.statusCode()).isEqualTo(200);
      assertThat(answer.body()).contains("access_token");

      HttpClient jvmDefaults = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
      assertThatThrownBy(() -> jvmDefaults.send(token(emulator), HttpResponse.BodyHandlers.ofString()))
          .isInstanceOf(SSLHandshakeException.class);
    }
  }

  @Test
  void aCertificateFileImpliesTlsAndAPlainEmulatorHasNoCertificate() {
    NexlaEmulator.Builder builder = EmulatorMain.parse(new String[] {"--port", "0", "--service-key", "k", "--tls-cert-out", "x.pem"});
    assertThat(builder).isNotNull();
    try (NexlaEmulator emulator = builder.start()) {
      assertThat(emulator.rootUrl()).startsWith("https://");
    }
    try (NexlaEmulator plain = NexlaEmulator.start()) {
      assertThat(plain.rootUrl()).startsWith("http://");
      assertThatThrownBy(plain::certificate).isInstanceOf(IllegalStateException.class).hasMessageContaining("tls(true)");
    }
  }
}
