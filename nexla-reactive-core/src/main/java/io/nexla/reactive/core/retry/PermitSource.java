package io.nexla.reactive.core.retry;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * Where the client's rate-limit step takes one permit per HTTP attempt, and what it reports back. A source may be
 * shared by many clients and replicas (module {@code nexla-reactive-redis}) and adapt its rate to the server's
 * answers. Set with {@code NexlaClientOptions.Builder.rateLimit(PermitSource)}. Implementations never block.
 */
public interface PermitSource {

  /**
   * Reserves one permit. Cold: nothing is reserved before subscription. Emits how long the caller must wait before
   * sending the attempt (zero when it may send at once); the client waits on its own scheduler. Signals
   * {@link io.nexla.reactive.core.error.NexlaTimeoutException} when no permit can be granted within the source's
   * configured wait, or another {@link io.nexla.reactive.core.error.NexlaException} when the source fails and is
   * configured to fail fast.
   */
  Mono<Duration> reserve();

  /**
   * Records that the server answered an attempt with HTTP 429; {@code retryAfter} is the wait it asked for, if
   * any. Cold; completes when recorded (a shared source may write it to its store first) and never signals an
   * error: a source that cannot record it only loses the adaptation.
   */
  Mono<Void> rateLimited(@Nullable Duration retryAfter);

  /** Records that the server answered an attempt without a 429. Cold; completes when recorded, never errors. */
  Mono<Void> succeeded();

  /** Where permits come from right now, for health checks (e.g. {@code SHARED}, {@code LOCAL_FALLBACK}). */
  default String state() {
    return "LOCAL";
  }

  /** Permits available by the last known state, without a network call; {@code null} when unknown. */
  default @Nullable Integer availablePermits() {
    return null;
  }
}
