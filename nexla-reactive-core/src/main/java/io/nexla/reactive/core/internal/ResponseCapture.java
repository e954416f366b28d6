package io.nexla.reactive.core.internal;

import io.nexla.reactive.core.http.NexlaResponse;
import io.nexla.reactive.core.http.Response;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import reactor.core.publisher.Mono;
import reactor.util.context.ContextView;

/**
 * Turns any client {@code Mono<T>} into a {@code Mono<Response<T>>} without a second copy of every method: the
 * wrapper puts a holder into the subscriber context and the transport records the last successful response in it.
 *
 * <pre>{@code
 * Mono<Response<Source>> r = ResponseCapture.withResponse(client.sources().get(42));
 * }</pre>
 */
public final class ResponseCapture {

  private static final Object KEY = ResponseCapture.class;

  private ResponseCapture() {}

  /**
   * Emits the value of {@code call} with the status, headers, request id and attempt count of the last response
   * the call received. Signals whatever error {@code call} signals. Cold: nothing is sent until subscription.
   */
  public static <T> Mono<Response<T>> withResponse(Mono<T> call) {
    return Mono.defer(() -> {
      AtomicReference<NexlaResponse> holder = new AtomicReference<>();
      Function<T, Response<T>> wrap = v -> toResponse(v, holder.get());
      return call.map(wrap)
          .switchIfEmpty(Mono.fromSupplier(() -> toResponse(null, holder.get())))
          .contextWrite(ctx -> ctx.put(KEY, holder));
    });
  }

  private static <T> Response<T> toResponse(@org.jspecify.annotations.Nullable T value, NexlaResponse r) {
    if (r == null) {
      throw new IllegalStateException("no response was recorded; the call did not go through the transport");
    }
    return new Response<>(value, r.status(), r.headers(), r.requestId(), r.attempts());
  }

  /** Called by the transport for each successful response of an operation. */
  @SuppressWarnings("unchecked")
  public static void record(ContextView context, NexlaResponse response) {
    context.<AtomicReference<NexlaResponse>>getOrEmpty(KEY).ifPresent(h -> h.set(response));
  }
}
