package io.nexla.reactive.core;

import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLException;
import javax.net.ssl.TrustManagerFactory;
import org.jspecify.annotations.Nullable;

/**
 * TLS settings for connections to Nexla: which servers to trust (by default the JVM's trust store), an optional
 * client certificate for mutual TLS, and the protocols and cipher suites to offer (by default Netty's). Host names
 * are always verified. Spring Boot applications pass an SSL bundle's managers through
 * {@link Builder#trustManagerFactory} and {@link Builder#keyManagerFactory} (the starter does this for
 * {@code nexla.ssl.bundle}).
 */
public final class TlsOptions {

  private final @Nullable TrustManagerFactory trustManagerFactory;
  private final List<X509Certificate> trustedCertificates;
  private final @Nullable KeyManagerFactory keyManagerFactory;
  private final @Nullable PrivateKey clientKey;
  private final List<X509Certificate> clientCertificateChain;
  private final List<String> protocols;
  private final List<String> ciphers;
  /** Built once, when the options are built: an SSL context is immutable and costly to make. */
  private final SslContext sslContext;

  private TlsOptions(Builder b) {
    this.trustManagerFactory = b.trustManagerFactory;
    this.trustedCertificates = b.trustedCertificates;
    this.keyManagerFactory = b.keyManagerFactory;
    this.clientKey = b.clientKey;
    this.clientCertificateChain = b.clientCertificateChain;
    this.protocols = b.protocols;
    this.ciphers = b.ciphers;
    this.sslContext = buildSslContext();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The protocols offered (e.g. {@code TLSv1.3}); empty means Netty's defaults. */
  public List<String> protocols() {
    return protocols;
  }

  /** The cipher suites offered; empty means Netty's defaults. */
  public List<String> ciphers() {
    return ciphers;
  }

  /** Whether a client certificate is presented (mutual TLS). */
  public boolean hasClientCertificate() {
    return keyManagerFactory != null || clientKey != null;
  }

  /** Whether the JVM's default trust store is replaced. */
  public boolean hasCustomTrust() {
    return trustManagerFactory != null || !trustedCertificates.isEmpty();
  }

  /** The Netty client {@link SslContext} of these settings, built when they were built. */
  public SslContext sslContext() {
    return sslContext;
  }

  private SslContext buildSslContext() {
    SslContextBuilder builder = SslContextBuilder.forClient();
    if (trustManagerFactory != null) {
      builder.trustManager(trustManagerFactory);
    } else if (!trustedCertificates.isEmpty()) {
      builder.trustManager(trustedCertificates);
    }
    if (keyManagerFactory != null) {
      builder.keyManager(keyManagerFactory);
    } else if (clientKey != null) {
      builder.keyManager(clientKey, clientCertificateChain);
    }
    if (!protocols.isEmpty()) {
      builder.protocols(protocols);
    }
    if (!ciphers.isEmpty()) {
      builder.ciphers(ciphers);
    }
    try {
      return builder.build();
    } catch (SSLException e) {
      throw new IllegalArgumentException("The TLS settings are not usable: " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return "TlsOptions[trust=" + (hasCustomTrust() ? "custom" : "jvm default") + ", clientCertificate="
        + hasClientCertificate() + (protocols.isEmpty() ? "" : ", protocols=" + protocols) + "]";
  }

  /** Builds {@link TlsOptions}; every setting is optional. */
  public static final class Builder {
    private @Nullable TrustManagerFactory trustManagerFactory;
    private List<X509Certificate> trustedCertificates = List.of();
    private @Nullable KeyManagerFactory keyManagerFactory;
    private @Nullable PrivateKey clientKey;
    private List<X509Certificate> clientCertificateChain = List.of();
    private List<String> protocols = List.of();
    private List<String> ciphers = List.of();

    private Builder() {}

    /** Trust exactly what {@code factory} trusts (e.g. a private CA's trust store) instead of the JVM default. */
    public Builder trustManagerFactory(TrustManagerFactory factory) {
      this.trustManagerFactory = Objects.requireNonNull(factory, "factory");
      return this;
    }

    /** Trust exactly these certificates (e.g. a private CA, or a self-signed server) instead of the JVM default. */
    public Builder trustedCertificates(X509Certificate... certificates) {
      this.trustedCertificates = List.of(certificates);
      return this;
    }

    /** Present the client certificate held by {@code factory} when the server asks for one (mutual TLS). */
    public Builder keyManagerFactory(KeyManagerFactory factory) {
      this.keyManagerFactory = Objects.requireNonNull(factory, "factory");
      return this;
    }

    /** Present {@code chain} (leaf first) with its private {@code key} when the server asks (mutual TLS). */
    public Builder clientCertificate(PrivateKey key, X509Certificate... chain) {
      if (chain.length == 0) {
        throw new IllegalArgumentException("A client certificate chain needs at least the leaf certificate");
      }
      this.clientKey = Objects.requireNonNull(key, "key");
      this.clientCertificateChain = List.of(chain);
      return this;
    }

    // Netty accepts any key with any certificate and fails only at the handshake; checking a signature here
    // reports the mix-up where it was made.
    private static void requireMatchingKey(PrivateKey key, X509Certificate leaf) {
      String algorithm = "EC".equals(key.getAlgorithm()) ? "SHA256withECDSA" : "SHA256with" + key.getAlgorithm();
      byte[] probe = "nexla-reactive key check".getBytes(StandardCharsets.US_ASCII);
      try {
        Signature signer = Signature.getInstance(algorithm);
        signer.initSign(key);
        signer.update(probe);
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance(algorithm);
        verifier.initVerify(leaf.getPublicKey());
        verifier.update(probe);
        if (!verifier.verify(signature)) {
          throw new IllegalArgumentException("The client key does not belong to the client certificate "
              + leaf.getSubjectX500Principal().getName());
        }
      } catch (GeneralSecurityException e) {
        throw new IllegalArgumentException("The client key cannot be checked against the client certificate "
            + leaf.getSubjectX500Principal().getName() + ": " + e.getMessage(), e);
      }
    }

    /** Offer only these protocols, e.g. {@code "TLSv1.3"}. */
    public Builder protocols(String... protocols) {
      this.protocols = List.of(protocols);
      return this;
    }

    /** Offer only these cipher suites. */
    public Builder ciphers(String... ciphers) {
      this.ciphers = List.of(ciphers);
      return this;
    }

    /**
     * Validates and builds the settings.
     *
     * @throws IllegalArgumentException when the settings cannot make an SSL context (e.g. an unknown protocol)
     */
    public TlsOptions build() {
      if (clientKey != null) {
        requireMatchingKey(clientKey, clientCertificateChain.get(0));
      }
      return new TlsOptions(this); // builds the SSL context: fails here rather than at the first call
    }
  }
}
