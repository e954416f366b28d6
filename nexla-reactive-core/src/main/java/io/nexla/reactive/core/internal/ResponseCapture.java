package io.nexla.reactive.core.internal;

import io.nexla.reactive.core.http.NexlaResponse;
import io.nexla.reactive.core.http.Response;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.context.ContextView;

/**
 * Turns any client {@code Mono<T>} into a {@code Mono<Response<T>>} (and a {@code Flux<T>} into a
 * {@code Flux<Response<T>>}) without a second copy of every method: the wrapper puts a holder into the subscriber
 * context and the transport records the last successful response in it.
 *
 * <p>The headers of a {@link Response} are a masked copy: secret-bearing headers ({@code Set-Cookie},
 * {@code Authorization}, anything named like a key, token or secret) by name, bearer/basic credentials and the
 * secrets every live client knows (its key, its access tokens) by value in the others.
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
      AtomicReference<@Nullable NexlaResponse> holder = new AtomicReference<>();
      return call.map(v -> toResponse(v, holder.get()))
          .switchIfEmpty(Mono.fromSupplier(() -> toResponse(null, holder.get())))
          .contextWrite(ctx -> ctx.put(KEY, holder));
    });
  }

  /**
   * Emits each item of {@code call} with the last response the call had received when the item was emitted:
   * the response it was decoded from when the call sends one request, or sends each request after the items of
   * the previous one were emitted. Signals whatever error {@code call} signals. Cold.
   */
  public static <T> Flux<Response<T>> withResponses(Flux<T> call) {
    return Flux.defer(() -> {
      AtomicReference<@Nullable NexlaResponse> holder = new AtomicReference<>();
      return call.map(v -> toResponse(v, holder.get())).contextWrite(ctx -> ctx.put(KEY, holder));
    });
  }

  /** {@code value} with the facts of {@code r}; the headers masked (see the class description). */
  private static <T> Response<T> toResponse(@Nullable T value, @Nullable NexlaResponse r) {
    if (r == null) {
      throw new IllegalStateException("no response was recorded; the call did not go through the transport");
    }
    return new Response<>(value, r.status(), masked(r.headers()), r.requestId(), r.attempts());
  }

  private static HttpHeaders masked(HttpHeaders headers) {
    return Redaction.redactHeaders(headers, KnownSecrets::maskEverywhere);
  }

  /** Whether a caller of {@link #withResponse} or {@link #withResponses} waits for {@link #record} calls. */
  public static boolean isCapturing(ContextView context) {
    return context.hasKey(KEY);
  }

  /** Called by the transport for each successful response of an operation. */
  public static void record(ContextView context, NexlaResponse response) {
    context.<AtomicReference<NexlaResponse>>getOrEmpty(KEY).ifPresent(h -> h.set(response));
  }
}
