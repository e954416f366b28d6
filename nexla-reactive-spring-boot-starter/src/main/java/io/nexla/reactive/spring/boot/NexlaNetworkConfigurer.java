package io.nexla.reactive.spring.boot;

import io.nexla.reactive.core.NexlaClientOptions;
import io.nexla.reactive.core.ProxyOptions;
import io.nexla.reactive.core.TlsOptions;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.diagnostics.FailureAnalyzedException;
import org.springframework.boot.ssl.NoSuchSslBundleException;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundles;

/** Applies {@code nexla.proxy.*} and {@code nexla.ssl.bundle} to a client builder. */
final class NexlaNetworkConfigurer {

  static final String SSL_BUNDLE = "nexla.ssl.bundle";

  private NexlaNetworkConfigurer() {}

  static <B extends NexlaClientOptions.AbstractBuilder<B>> B configure(B builder, NexlaProperties properties,
      ObjectProvider<SslBundles> sslBundles) {
    ProxyOptions proxy = proxy(properties.getProxy());
    if (proxy != null) {
      builder.proxy(proxy);
    }
    String bundleName = properties.getSsl().getBundle();
    if (bundleName != null && !bundleName.isBlank()) {
      SslBundles bundles = sslBundles.getIfAvailable();
      if (bundles == null) {
        throw new FailureAnalyzedException(SSL_BUNDLE + " is set, but the application has no SSL bundles.",
            "Define the bundle under spring.ssl.bundle.* (Spring Boot's SSL auto-configuration registers it).");
      }
      try {
        builder.tls(tls(bundles.getBundle(bundleName)));
      } catch (NoSuchSslBundleException e) {
        throw new FailureAnalyzedException(SSL_BUNDLE + " names the SSL bundle '" + bundleName
            + "', which is not defined.", "Define it under spring.ssl.bundle.* or correct " + SSL_BUNDLE + ".", e);
      }
    }
    return builder;
  }

  /** The bundle's trust material, its key (when it has a key store) and its protocols and ciphers. */
  static TlsOptions tls(SslBundle bundle) {
    TlsOptions.Builder tls = TlsOptions.builder().trustManagerFactory(bundle.getManagers().getTrustManagerFactory());
    if (bundle.getStores().getKeyStore() != null) {
      tls.keyManagerFactory(bundle.getManagers().getKeyManagerFactory());
    }
    if (bundle.getOptions().getEnabledProtocols() != null) {
      tls.protocols(bundle.getOptions().getEnabledProtocols());
    }
    if (bundle.getOptions().getCiphers() != null) {
      tls.ciphers(bundle.getOptions().getCiphers());
    }
    return tls.build();
  }

  private static @Nullable ProxyOptions proxy(NexlaProxyProperties properties) {
    String host = properties.getHost();
    NexlaProxyProperties.Type type = properties.getType() != null ? properties.getType()
        : host != null && !host.isBlank() ? NexlaProxyProperties.Type.HTTP : null;
    if (type == null) {
      return null; // the client's default: the JVM's proxy properties, or HTTPS_PROXY with fromEnvironment
    }
    ProxyOptions proxy = switch (type) {
      case SYSTEM_PROPERTIES -> ProxyOptions.systemProperties();
      case NONE -> ProxyOptions.none();
      case HTTP -> ProxyOptions.http(required(host), properties.getPort());
      case SOCKS5 -> ProxyOptions.socks5(required(host), properties.getPort());
    };
    if (properties.getUsername() != null && properties.getPassword() != null) {
      proxy = proxy.withCredentials(properties.getUsername(), properties.getPassword());
    }
    if (!properties.getNonProxyHosts().isEmpty()) {
      proxy = proxy.withNonProxyHosts(properties.getNonProxyHosts().toArray(String[]::new));
    }
    return proxy;
  }

  private static String required(@Nullable String host) {
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("nexla.proxy.host is required for an HTTP or SOCKS5 proxy");
    }
    return host;
  }
}
