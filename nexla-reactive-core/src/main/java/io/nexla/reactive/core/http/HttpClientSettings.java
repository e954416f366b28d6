package io.nexla.reactive.core.http;

import io.netty.handler.ssl.SslContext;
import io.nexla.reactive.core.NexlaClientOptions;
import io.nexla.reactive.core.ProxyOptions;
import io.nexla.reactive.core.Secret;
import java.net.InetSocketAddress;
import java.util.Objects;
import reactor.netty.http.client.HttpClient;
import reactor.netty.transport.ProxyProvider;

/** The connection step of the transport: proxy, TLS and the user's customizer applied to the Reactor Netty client. */
final class HttpClientSettings {

  private HttpClientSettings() {}

  /** {@code http} with the options' proxy, TLS settings and, last, the application's customizer. */
  static HttpClient apply(HttpClient http, NexlaClientOptions options) {
    HttpClient configured = proxy(http, options.proxy());
    if (options.tls().isPresent()) {
      SslContext context = options.tls().get().sslContext();
      configured = configured.secure(spec -> spec.sslContext(context));
    }
    return Objects.requireNonNull(options.httpClientCustomizer().apply(configured),
        "the HttpClient customizer returned null");
  }

  private static HttpClient proxy(HttpClient http, ProxyOptions proxy) {
    return switch (proxy.type()) {
      case SYSTEM_PROPERTIES -> http.proxyWithSystemProperties();
      case NONE -> http.noProxy();
      case HTTP, SOCKS5 -> http.proxy(spec -> {
        ProxyProvider.Builder builder = spec
            .type(proxy.type() == ProxyOptions.Type.HTTP ? ProxyProvider.Proxy.HTTP : ProxyProvider.Proxy.SOCKS5)
            .host(proxy.host().orElseThrow())
            .port(proxy.port())
            .nonProxyHostsPredicate(address ->
                address instanceof InetSocketAddress inet && proxy.bypasses(inet.getHostString()));
        if (proxy.username().isPresent() && proxy.password().isPresent()) {
          Secret password = proxy.password().get();
          builder.username(proxy.username().get()).password(user -> password.reveal());
        }
      });
    };
  }
}
