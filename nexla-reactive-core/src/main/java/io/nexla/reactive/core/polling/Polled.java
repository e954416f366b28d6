package io.nexla.reactive.core.polling;

import io.nexla.reactive.core.http.NexlaResponse;
import io.nexla.reactive.core.internal.RetryAfter;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One poll's answer: the status, and how long the server asked to wait before the next poll, if it did.
 *
 * @param status the status snapshot
 * @param retryAfter the server's {@code Retry-After}, or {@code null}
 * @param <T> the status snapshot type
 */
public record Polled<T>(T status, @Nullable Duration retryAfter) {

  public Polled {
    Objects.requireNonNull(status, "status");
  }

  /** A status without a server-requested wait. */
  public static <T> Polled<T> of(T status) {
    return new Polled<>(status, null);
  }

  /** Decodes {@code response} with {@code decoder} and reads its {@code Retry-After} headers. */
  public static <T> Polled<T> fromResponse(NexlaResponse response, Function<NexlaResponse, T> decoder,
      Clock clock) {
    Duration wait = RetryAfter.parse(response.headers(), null, clock).orElse(null);
    return new Polled<>(decoder.apply(response), wait);
  }

  public Optional<Duration> retryAfterOptional() {
    return Optional.ofNullable(retryAfter);
  }
}
