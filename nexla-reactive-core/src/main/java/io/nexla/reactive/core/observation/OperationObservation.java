package io.nexla.reactive.core.observation;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import io.nexla.reactive.core.error.NexlaAuthenticationException;
import io.nexla.reactive.core.error.NexlaDecodeException;
import io.nexla.reactive.core.error.NexlaServiceException;
import io.nexla.reactive.core.error.NexlaTimeoutException;
import io.nexla.reactive.core.error.NexlaTransportException;
import reactor.core.publisher.Mono;
import reactor.util.context.ContextView;

/**
 * Wraps one logical operation (all its attempts and waits) in an {@link Observation} named
 * {@value #NAME}. Its parent is the observation found in the subscriber context, and it is put back into the
 * context of the wrapped call, so WebClient's per-attempt {@code http.client.requests} observations nest under it.
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
   * Observes {@code call}. Must be invoked at subscription time (inside {@code Mono.deferContextual}) with that
   * subscription's context, so that each subscription is its own observation.
   */
  public static <T> Mono<T> observe(ObservationRegistry registry, String operation, String requestId,
      ContextView context, Mono<T> call) {
    if (registry.isNoop()) {
      return call;
    }
    Observation parent = context.getOrDefault(ObservationThreadLocalAccessor.KEY, null);
    Observation observation = Observation.createNotStarted(NAME, registry)
        .contextualName(operation)
        .lowCardinalityKeyValue(OPERATION_KEY, operation)
        .highCardinalityKeyValue(REQUEST_ID_KEY, requestId)
        .parentObservation(parent)
        .start();
    return call
        .doOnSuccess(value -> observation.lowCardinalityKeyValue(OUTCOME_KEY, "success"))
        .doOnError(error -> observation.lowCardinalityKeyValue(OUTCOME_KEY, outcome(error)).error(error))
        .doOnCancel(() -> observation.lowCardinalityKeyValue(OUTCOME_KEY, "cancelled"))
        .doFinally(signal -> observation.stop())
        .contextWrite(ctx -> ctx.put(ObservationThreadLocalAccessor.KEY, observation));
  }

  static String outcome(Throwable error) {
    if (error instanceof NexlaServiceException service) {
      return service.status() >= 500 ? "server_error" : "client_error";
    }
    if (error instanceof NexlaTimeoutException) {
      return "timeout";
    }
    if (error instanceof NexlaTransportException) {
      return "transport_error";
    }
    if (error instanceof NexlaAuthenticationException) {
      return "authentication_error";
    }
    if (error instanceof NexlaDecodeException) {
      return "decode_error";
    }
    return "error";
  }
}
