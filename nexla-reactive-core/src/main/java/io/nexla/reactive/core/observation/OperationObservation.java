package io.nexla.reactive.core.observation;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.context.ContextView;

/**
 * Wraps one logical operation (all its attempts and waits) in an {@link Observation} named
 * {@value #NAME}. Its parent is the observation found in the subscriber context, and it is put back into the
 * context of the wrapped call, so WebClient's per-attempt {@code http.client.requests} observations nest under it
 * (and, with a tracing handler, every attempt's span and {@code traceparent} header belong to the operation's
 * span, through retries, pagination and polling alike).
 */
public final class OperationObservation {

  /** Observation name. */
  public static final String NAME = "nexla.client.operation";
  /** Low-cardinality key: the logical operation, e.g. {@code sources.get}. */
  public static final String OPERATION_KEY = "nexla.operation";
  /** Low-cardinality key: {@code success}, {@code client_error}, {@code server_error}, … */
  public static final String OUTCOME_KEY = "outcome";
  /** High-cardinality key: the request id shared by all attempts. */
  public static final String REQUEST_ID_KEY = "nexla.request.id";

  private OperationObservation() {}

  /**
   * Observes {@code call} with the default convention. Must be invoked at subscription time (inside
   * {@code Mono.deferContextual}) with that subscription's context, so that each subscription is its own
   * observation.
   */
  public static <T> Mono<T> observe(ObservationRegistry registry, String operation, String requestId,
      ContextView context, Mono<T> call) {
    return observe(registry, null, new NexlaOperationContext(operation, "", "", null, requestId), context, call);
  }

  /**
   * Observes {@code call} as described by {@code operationContext}, with {@code convention} (or the default one
   * when {@code null}). Must be invoked at subscription time with that subscription's context. Emits and signals
   * exactly what {@code call} does.
   */
  public static <T> Mono<T> observe(ObservationRegistry registry, @Nullable NexlaOperationObservationConvention convention,
      NexlaOperationContext operationContext, ContextView context, Mono<T> call) {
    if (registry.isNoop()) {
      return call;
    }
    Started started = start(registry, convention, operationContext, context);
    return call
        .doOnSuccess(value -> started.answered())
        .doOnError(started::failed)
        .doOnCancel(started::cancelled)
        .contextWrite(ctx -> ctx.put(ObservationThreadLocalAccessor.KEY, started.observation));
  }

  /**
   * Observes a streamed operation (a download): like {@link #observe(ObservationRegistry,
   * NexlaOperationObservationConvention, NexlaOperationContext, ContextView, Mono)}, the observation ending when
   * {@code call} completes, fails or is cancelled. Emits and signals exactly what {@code call} does.
   */
  public static <T> Flux<T> observeMany(ObservationRegistry registry,
      @Nullable NexlaOperationObservationConvention convention, NexlaOperationContext operationContext,
      ContextView context, Flux<T> call) {
    if (registry.isNoop()) {
      return call;
    }
    Started started = start(registry, convention, operationContext, context);
    return call
        .doOnComplete(started::answered)
        .doOnError(started::failed)
        .doOnCancel(started::cancelled)
        .contextWrite(ctx -> ctx.put(ObservationThreadLocalAccessor.KEY, started.observation));
  }

  private static Started start(ObservationRegistry registry, @Nullable NexlaOperationObservationConvention convention,
      NexlaOperationContext operationContext, ContextView context) {
    Observation parent = context.getOrDefault(ObservationThreadLocalAccessor.KEY, null);
    Observation observation = NexlaObservationDocumentation.OPERATION
        .observation(convention, DefaultNexlaOperationObservationConvention.INSTANCE, () -> operationContext,
            registry)
        .parentObservation(parent)
        .start();
    return new Started(observation, operationContext);
  }

  /**
   * A started observation, stopped when the outcome is known, before it reaches the subscriber (so that the span
   * has ended by the time the caller sees the value); only the first terminal signal counts.
   */
  private static final class Started {
    final Observation observation;
    private final NexlaOperationContext operationContext;
    private final AtomicBoolean stopped = new AtomicBoolean();

    Started(Observation observation, NexlaOperationContext operationContext) {
      this.observation = observation;
      this.operationContext = operationContext;
    }

    void answered() {
      if (stopped.compareAndSet(false, true)) {
        operationContext.markAnswered();
        observation.stop();
      }
    }

    void failed(Throwable error) {
      if (stopped.compareAndSet(false, true)) {
        observation.error(error);
        observation.stop();
      }
    }

    void cancelled() {
      if (stopped.compareAndSet(false, true)) {
        operationContext.markCancelled();
        observation.stop();
      }
    }
  }

  static String outcome(Throwable error) {
    return DefaultNexlaOperationObservationConvention.outcome(error);
  }
}
