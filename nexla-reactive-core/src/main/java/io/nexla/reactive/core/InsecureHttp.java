package io.nexla.reactive.core;

import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The plain-http rule of the base URL: https, or http on a loopback host, or http anywhere with the explicit
 * opt-in. The decision looks at the host as written, never at what it resolves to.
 */
final class InsecureHttp {
  private static final Logger log = LoggerFactory.getLogger(NexlaClientOptions.class);

  private InsecureHttp() {}

  /**
   * @throws IllegalArgumentException naming the opt-in when {@code url} is plain http to a non-loopback host and
   *     the opt-in is absent
   */
  static void check(URI url, boolean allowed) {
    if (!"http".equalsIgnoreCase(url.getScheme()) || NexlaClientOptions.isLoopback(url.getHost())) {
      return;
    }
    if (!allowed) {
      throw new IllegalArgumentException("Base URL must use https (plain http is only allowed for loopback hosts "
          + "unless allowInsecureHttp() / nexla.allow-insecure-http=true is set): " + url.getHost());
    }
    log.warn("INSECURE: plain http to non-loopback host {} is allowed by allowInsecureHttp(); requests and "
        + "credentials travel unencrypted. Use this only on test networks.", url.getHost());
  }
}
