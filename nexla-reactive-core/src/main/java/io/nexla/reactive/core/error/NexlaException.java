package io.nexla.reactive.core.error;

import io.nexla.reactive.core.internal.KnownSecrets;
import org.jspecify.annotations.Nullable;

/**
 * Root of every exception the Nexla client signals. Unchecked, like Reactor's own errors.
 *
 * <p>Messages never contain secrets: no service key, access token, webhook API key or credential field. Every
 * message is masked by value against the secrets of the live clients (see the README's Errors section), whatever
 * part of a server's answer it quotes.
 */
public class NexlaException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public NexlaException(String message) {
    super(KnownSecrets.maskEverywhere(message));
  }

  public NexlaException(String message, @Nullable Throwable cause) {
    super(KnownSecrets.maskEverywhere(message), cause);
  }
}
