package io.nexla.reactive.core.error;

import io.nexla.reactive.core.internal.KnownSecrets;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A successful response could not be decoded: malformed JSON, an HTML page, the wrong shape, a body over the
 * configured size limit. Carries a short, redacted excerpt of the body.
 */
public class NexlaDecodeException extends NexlaException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final @Nullable String bodyExcerpt;

  public NexlaDecodeException(String message, int status, @Nullable String bodyExcerpt, @Nullable Throwable cause) {
    super(message + (bodyExcerpt != null ? " [body starts: " + bodyExcerpt + "]" : ""), cause);
    this.status = status;
    this.bodyExcerpt = KnownSecrets.maskEverywhere(bodyExcerpt);
  }

  /** HTTP status of the undecodable response. */
  public int status() {
    return status;
  }

  /** A short, redacted excerpt of the body, if there was one. */
  public Optional<String> bodyExcerpt() {
    return Optional.ofNullable(bodyExcerpt);
  }
}
