package io.nexla.reactive.core.http;

import io.nexla.reactive.core.NexlaClientOptions;

/** The default transport on Spring WebClient and Reactor Netty. */
public final class WebClientTransport {

  private WebClientTransport() {}

  /** Creates the default transport for these options. */
  public static NexlaTransport create(NexlaClientOptions options) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
