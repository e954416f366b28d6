package io.nexla.reactive.core.http;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import io.nexla.reactive.core.NexlaClientOptions;
import io.nexla.reactive.core.error.CircuitOpenException;
import io.nexla.reactive.core.internal.ErrorMapper;
import io.nexla.reactive.core.internal.MetricsBinding;
import io.nexla.reactive.core.internal.NexlaClientMetrics;
import io.nexla.reactive.core.internal.ResponseCapture;
import io.nexla.reactive.core.observation.OperationObservation;
import java.time.Duration;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.buffer.DataBuffer;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.context.ContextView;

/**
 * Per operation: the observation, the circuit breaker, the retries and the total budget around the attempts of
 * one subscription.
 */
final class OperationSteps {

  /** Frames kept per exception of an earlier attempt; the final error keeps its whole trace. */
  static final int EARLIER_ATTEMPT_FRAMES = 3;

  private final NexlaClientOptions options;
  private final RetryStep retry;
  private final NexlaClientMetrics metrics;

  OperationSteps(NexlaClientOptions options, RetryStep retry, NexlaClientMetrics metrics) {
    this.options = options;
    this.retry = retry;
    this.metrics = metrics;
  }

  /** A buffered operation: one response, retried, guarded by the breaker, bounded by the budget, observed. */
  Mono<NexlaResponse> single(Operation op, ContextView context, Flux<NexlaResponse> attempts) {
    Mono<NexlaResponse> retried = Mono.fromDirect(retry.apply(op, attempts));
    Mono<NexlaResponse> call = options.circuitBreaker()
        .map(breaker -> retried.transformDeferred(CircuitBreakerOperator.of(breaker))
            .onErrorMap(CallNotPermittedException.class, e -> new CircuitOpenException(op.description()
                + " was not sent: circuit breaker '" + breaker.getName() + "' is " + breaker.getState(),
                breaker.getName(), null)))
        .orElse(retried)
        .timeout(op.budget, Mono.error(op::deadlineExceeded), options.scheduler())
        .onErrorMap(error -> finalError(op, error));
    if (ResponseCapture.isCapturing(context)) { // an operator less on every other call
      call = call.doOnNext(response -> ResponseCapture.record(context, response));
    }
    MetricsBinding.bind(context, metrics, op.operation);
    return op.observed == null ? call : OperationObservation.observe(options.observationRegistry(),
        options.observationConvention().orElse(null), op.observed, context, call);
  }

  /**
   * A streamed operation: retried until a byte was passed on, bounded in time ({@code timeout}, when given) and
   * size, observed.
   */
  Flux<DataBuffer> streamed(Operation op, ContextView context, @Nullable Duration timeout,
      Flux<DataBuffer> attempts) {
    Flux<DataBuffer> retried = retry.apply(op, attempts.doOnNext(buffer -> op.emitted = true))
        .onErrorMap(error -> finalError(op, error));
    Flux<DataBuffer> bounded = DownloadLimits.apply(retried, timeout, options.maxDownloadBytes(),
        options.scheduler(), op.description());
    return op.observed == null ? bounded : OperationObservation.observeMany(options.observationRegistry(),
        options.observationConvention().orElse(null), op.observed, context, bounded);
  }

  private static Throwable finalError(Operation op, Throwable error) {
    Throwable mapped = ErrorMapper.isIoFailure(error) ? ErrorMapper.mapIoFailure(error, op.description()) : error;
    for (Throwable previous : op.retriedFailures()) {
      if (previous != mapped) {
        mapped.addSuppressed(compact(previous));
      }
    }
    return mapped;
  }

  /**
   * {@code earlier} (an earlier attempt's failure) with its own and its causes' traces cut to their first frames:
   * every attempt ran through the same Netty and Reactor frames, so one failed call stays readable in a log while
   * each attempt's message and cause chain are kept.
   */
  static Throwable compact(Throwable earlier) {
    for (Throwable t = earlier; t != null; t = t.getCause() == t ? null : t.getCause()) {
      StackTraceElement[] frames = t.getStackTrace();
      if (frames.length > EARLIER_ATTEMPT_FRAMES) {
        t.setStackTrace(Arrays.copyOf(frames, EARLIER_ATTEMPT_FRAMES));
      }
    }
    return earlier;
  }
}
