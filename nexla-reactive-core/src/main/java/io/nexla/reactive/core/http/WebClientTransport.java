package io.nexla.reactive.core.http;

import io.nexla.reactive.core.NexlaClientOptions;
import java.util.Objects;

/**
 * The default transport on Spring WebClient and Reactor Netty.
 *
 * <p>Each transport owns a connection pool named {@code nexla-reactive} ({@code maxConnections}, idle connections
 * closed after {@code maxIdleTime} and evicted in the background), with the configured connect and per-attempt
 * response timeouts. When {@link NexlaClientOptions#webClientBuilder()} is given it is cloned, so the
 * application's filters and observation apply; the connector and URI factory are the transport's own.
 *
 * <p>Every request carries {@code Accept}, {@code User-Agent}, {@code X-Request-Id} (the same on every attempt of
 * one operation) and {@code X-Nexla-Attempt} (1, 2, …); {@code Content-Type: application/json} only with a body.
 */
public final class WebClientTransport {

  private WebClientTransport() {}

  /** Creates the default transport for these options; nothing is sent until a returned publisher is subscribed. */
  public static NexlaTransport create(NexlaClientOptions options) {
    return new DefaultNexlaTransport(Objects.requireNonNull(options, "options"));
  }
}
