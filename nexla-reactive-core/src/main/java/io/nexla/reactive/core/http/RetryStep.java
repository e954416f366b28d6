package io.nexla.reactive.core.http;

import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import io.nexla.reactive.core.error.NexlaServiceException;
import io.nexla.reactive.core.error.NexlaTimeoutException;
import io.nexla.reactive.core.internal.NexlaClientMetrics;
import io.nexla.reactive.core.internal.RetryPolicy;
import io.nexla.reactive.core.retry.RetryOptions;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * Per operation: Resilience4j {@link Retry} decides whether and when to try again (its events and metrics see every
 * retry); a wait that would pass the operation's deadline is not started; waits run on the client's scheduler.
 *
 * <p>resilience4j-reactor's {@code RetryOperator} drives the same {@link Retry.AsyncContext} but waits with
 * {@code Mono.delay} on Reactor's default scheduler, out of reach of the client's injectable scheduler; this step
 * only differs in that.
 */
final class RetryStep {

  /** The Retry instance for idempotent requests under the client's {@link RetryOptions}. */
  static final String IDEMPOTENT = "nexla";
  /** The Retry instance for POST and PATCH under the client's {@link RetryOptions}. */
  static final String WRITES = "nexla-writes";

  private final RetryRegistry registry;
  private final RetryOptions defaults;
  private final Retry idempotent;
  private final Retry writes;
  private final Scheduler scheduler;
  private final Clock clock;
  private final NexlaClientMetrics metrics;

  RetryStep(RetryRegistry registry, RetryOptions defaults, Scheduler scheduler, Clock clock,
      NexlaClientMetrics metrics) {
    this.registry = registry;
    this.defaults = defaults;
    this.idempotent = registry.retry(IDEMPOTENT, RetryPolicy.config(defaults, true));
    this.writes = registry.retry(WRITES, RetryPolicy.config(defaults, false));
    this.scheduler = scheduler;
    this.clock = clock;
    this.metrics = metrics;
  }

  /**
   * {@code attempts} resubscribed as {@code op}'s Retry decides, until it succeeds or a failure is final. Called once
   * per subscription of the operation (the Retry's context is the operation's).
   */
  <T> Flux<T> apply(Operation op, Flux<T> attempts) {
    Retry.AsyncContext<T> context = retryFor(op).asyncContext();
    // retryWhen subscribes a companion sequence for every subscription; most calls succeed at once, so it is set up
    // only after the first failure was decided to be worth another attempt.
    Flux<T> retried = attempts.onErrorResume(first -> decide(op, context, first)
        .thenMany(attempts.retryWhen(reactor.util.retry.Retry.from(
            signals -> signals.concatMap(signal -> decide(op, context, signal.failure()))))));
    // Success is the first item, or completion without one: a Mono subscriber may cancel right after the item.
    AtomicBoolean succeeded = new AtomicBoolean();
    return retried.doOnEach(signal -> {
      if ((signal.isOnNext() || signal.isOnComplete()) && succeeded.compareAndSet(false, true)) {
        context.onComplete();
      }
    });
  }

  private Retry retryFor(Operation op) {
    if (op.retry == defaults) {
      return op.idempotent ? idempotent : writes;
    }
    String name = (op.idempotent ? IDEMPOTENT : WRITES) + op.retry;
    return registry.retry(name, () -> RetryPolicy.config(op.retry, op.idempotent));
  }

  private Mono<Long> decide(Operation op, Retry.AsyncContext<?> context, Throwable failure) {
    if (op.emitted) {
      return Mono.error(failure); // bytes were passed on: a second attempt would repeat them
    }
    long waitMillis = context.onError(failure);
    if (waitMillis < 0) {
      return Mono.error(failure);
    }
    Duration wait = Duration.ofMillis(waitMillis);
    if (op.waitPassesBudget(wait, clock.millis())) {
      return Mono.error(new NexlaTimeoutException(op.description() + ": gave up after " + op.attempts.get()
          + " attempts; the next wait of " + wait + " would pass the operation deadline", failure));
    }
    op.retrying(failure);
    WireLog.log.debug("{}: attempt {} failed ({}); retrying in {} ms", op.description(), op.attempts.get(),
        failure instanceof NexlaServiceException s ? "HTTP " + s.status() : failure.getClass().getSimpleName(),
        waitMillis);
    metrics.retry(op.operation, failure, wait);
    return Mono.delay(wait, scheduler);
  }
}
