package io.nexla.reactive.core.internal;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import reactor.core.publisher.Mono;
import reactor.util.context.ContextView;

/**
 * Lets code that only sees a {@code Mono} (a page fetcher, a status poll) record metrics of the client that
 * served it: {@link #recording} puts a holder into the call's subscriber context, the transport
 * {@link #bind binds} its metrics and operation name into it, and each value is then recorded with them. A call
 * that did not go through a transport records nothing.
 */
public final class MetricsBinding {

  private static final Object KEY = MetricsBinding.class;

  /** What the transport bound: its metrics and the operation it sent. */
  public record Bound(NexlaClientMetrics metrics, String operation) {}

  private MetricsBinding() {}

  /**
   * Called by the transport at subscription time of an operation. The first operation bound wins, so a token
   * request made on behalf of the call does not replace the call itself.
   */
  public static void bind(ContextView context, NexlaClientMetrics metrics, String operation) {
    context.<AtomicReference<Bound>>getOrEmpty(KEY).ifPresent(holder -> holder.compareAndSet(null, new Bound(metrics, operation)));
  }

  /**
   * Emits and signals exactly what {@code call} does; for each value, {@code record} is given the metrics and
   * operation bound by the transport that served it (nothing is recorded when none did).
   */
  public static <T> Mono<T> recording(Mono<T> call, BiConsumer<Bound, T> record) {
    return Mono.defer(() -> {
      AtomicReference<Bound> holder = new AtomicReference<>();
      return call.doOnNext(value -> {
        Bound bound = holder.get();
        if (bound != null) {
          record.accept(bound, value);
        }
      }).contextWrite(ctx -> ctx.put(KEY, holder));
    });
  }
}
