package io.nexla.reactive.core;

import java.util.Objects;
import reactor.core.publisher.Mono;

/**
 * Where the client reads its credential when it needs one, for keys and tokens kept in a secret store and rotated
 * without a restart. A {@linkplain #serviceKey(Mono) service-key source} is read before every token request (so a
 * rotated key is used from the next refresh on); an {@linkplain #accessToken(Mono) access-token source} is read
 * when the client first needs a token, when Nexla rejects the current one (HTTP 401) and on
 * {@code refreshAccessToken()}. The source must emit one non-blank value without blocking; an empty source or an
 * error fails the call that needed the credential with {@code NexlaAuthenticationException}. Values are held as
 * {@link Secret}s and masked wherever the client reports them.
 */
public final class CredentialSource {

  private final boolean serviceKey;
  private final Mono<String> source;

  private CredentialSource(boolean serviceKey, Mono<String> source) {
    this.serviceKey = serviceKey;
    this.source = Objects.requireNonNull(source, "source");
  }

  /** Service keys read from {@code source}, subscribed once per token request. */
  public static CredentialSource serviceKey(Mono<String> source) {
    return new CredentialSource(true, source);
  }

  /** Access tokens read from {@code source}, subscribed whenever a new token is needed. */
  public static CredentialSource accessToken(Mono<String> source) {
    return new CredentialSource(false, source);
  }

  /** Whether the source gives service keys (otherwise access tokens). */
  public boolean isServiceKey() {
    return serviceKey;
  }

  /** One value read from the source, as a secret; signals an error when the source is empty or blank. */
  public Mono<Secret> read() {
    String label = serviceKey ? "serviceKey" : "accessToken";
    return source
        .switchIfEmpty(Mono.error(() -> new IllegalStateException("The " + label + " source emitted nothing")))
        .map(value -> Secret.of(value, label));
  }

  @Override
  public String toString() {
    return "CredentialSource[" + (serviceKey ? "service key" : "access token") + "]";
  }
}
