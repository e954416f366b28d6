package io.nexla.reactive.testkit;

import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.pkitesting.CertificateBuilder;
import io.netty.pkitesting.X509Bundle;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import javax.net.ssl.SSLException;

/**
 * The self-signed certificate of an emulator serving HTTPS, made at start: an EC P-256 key, valid from a day ago
 * for thirty days, naming {@code localhost}, {@code 127.0.0.1}, {@code ::1} and the bound host, so clients that
 * verify host names (as they should) accept it once they trust it.
 */
final class EmulatorTls {

  private final X509Bundle bundle;
  private final SslContext serverContext;

  private EmulatorTls(X509Bundle bundle, SslContext serverContext) {
    this.bundle = bundle;
    this.serverContext = serverContext;
  }

  /** A new key and certificate for a server reached as {@code host}. */
  static EmulatorTls generate(String host) {
    Instant now = Instant.now();
    CertificateBuilder certificate = new CertificateBuilder().ecp256()
        .subject("CN=Nexla emulator")
        .notBefore(now.minus(Duration.ofDays(1)))
        .notAfter(now.plus(Duration.ofDays(30)))
        .addSanDnsName("localhost")
        .addSanIpAddress("127.0.0.1")
        .addSanIpAddress("::1")
        // Its own issuer, so marked as an authority (as self-signed certificates are); also signs handshakes.
        .setIsCertificateAuthority(true)
        .setKeyUsage(true, CertificateBuilder.KeyUsage.digitalSignature, CertificateBuilder.KeyUsage.keyCertSign)
        .addExtendedKeyUsageServerAuth();
    String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    if (!bare.equals("localhost") && !bare.equals("127.0.0.1") && !bare.equals("::1")) {
      if (bare.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == '.' || c == ':')) {
        certificate.addSanIpAddress(bare);
      } else {
        certificate.addSanDnsName(bare);
      }
    }
    try {
      X509Bundle bundle = certificate.buildSelfSigned();
      SslContext context = SslContextBuilder.forServer(bundle.getKeyPair().getPrivate(), bundle.getCertificate()).build();
      return new EmulatorTls(bundle, context);
    } catch (SSLException e) {
      throw new IllegalStateException("Cannot make the emulator's TLS context: " + e.getMessage(), e);
    } catch (Exception e) {
      throw new IllegalStateException("Cannot make the emulator's certificate: " + e.getMessage(), e);
    }
  }

  X509Certificate certificate() {
    return bundle.getCertificate();
  }

  /** The certificate in PEM form ({@code -----BEGIN CERTIFICATE-----}), for trust stores and SSL bundles. */
  String certificatePem() {
    return bundle.getCertificatePEM();
  }

  SslContext serverContext() {
    return serverContext;
  }
}
