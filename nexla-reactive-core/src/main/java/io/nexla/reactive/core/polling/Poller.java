package io.nexla.reactive.core.polling;

import io.nexla.reactive.core.error.NexlaException;
import io.nexla.reactive.core.internal.MetricsBinding;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * A long-running operation followed as a stream: an activation (e.g. the {@code POST} that starts a task) and
 * then polls of its status until it succeeds or fails.
 *
 * <ul>
 *   <li>The activation runs at most once per poller while it succeeds: its value is cached and shared by every
 *       subscription (a concurrent second subscription waits for the same call). A failed activation is not
 *       cached: the next subscription tries again.</li>
 *   <li>Polls never overlap: each poll starts a delay after the previous answer. The delay starts at
 *       {@link PollOptions#interval()}, grows by {@link PollOptions#backoffMultiplier()} up to
 *       {@link PollOptions#maxInterval()}; a {@code Retry-After} on a poll's answer can lengthen the next delay (up to
 *       {@link PollOptions#maxServerDelay()}), never shorten it.</li>
 *   <li>A poll not answered within {@link PollOptions#pollTimeout()} is abandoned and polled again after the next
 *       delay; the whole wait (from subscription) is bounded by {@link PollOptions#totalTimeout()}, after which
 *       {@link PollTimeoutException} carries the last status seen.</li>
 *   <li>Every delay runs on the given {@link Scheduler} (virtual time in tests).</li>
 *   <li>Cancelling a subscription stops polling; it never cancels the operation on the server.</li>
 * </ul>
 *
 * @param <T> the status snapshot type
 */
public final class Poller<T> {

  private static final Duration FOREVER = Duration.ofMillis(Long.MAX_VALUE);

  private final Mono<T> activation;
  private final Function<? super T, ? extends Mono<Polled<T>>> poll;
  private final PollStrategy<T> strategy;
  private final PollOptions options;
  private final Scheduler scheduler;

  private Poller(Mono<T> activation, Function<? super T, ? extends Mono<Polled<T>>> poll, PollStrategy<T> strategy,
      PollOptions options, Scheduler scheduler) {
    this.activation = Objects.requireNonNull(activation, "activation")
        .switchIfEmpty(Mono.error(() -> new NexlaException("The operation's activation returned no status")))
        .cache(value -> FOREVER, error -> Duration.ZERO, () -> Duration.ZERO);
    this.poll = Objects.requireNonNull(poll, "poll");
    this.strategy = Objects.requireNonNull(strategy, "strategy");
    this.options = Objects.requireNonNull(options, "options");
    this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
  }

  /**
   * A poller. Nothing is sent until {@link #updates()}, {@link #result()} or {@link #activation()} is subscribed.
   *
   * @param activation starts the operation and emits its first status (cold; sent once, see above)
   * @param poll emits the current status, given the previous one (cold; sent once per poll)
   * @param strategy reads statuses
   * @param options delays and timeouts
   * @param scheduler runs every delay and timeout
   */
  public static <T> Poller<T> create(Mono<T> activation, Function<? super T, ? extends Mono<Polled<T>>> poll,
      PollStrategy<T> strategy, PollOptions options, Scheduler scheduler) {
    return new Poller<>(activation, poll, strategy, options, scheduler);
  }

  /** The same operation with other delays and timeouts; the activation is shared with this poller. */
  public Poller<T> withOptions(PollOptions newOptions) {
    return new Poller<>(activation, poll, strategy, newOptions, scheduler);
  }

  /**
   * Emits the status returned by the activation; on the first subscription this starts the operation, later ones
   * replay the cached status. Signals the activation's errors (not cached).
   */
  public Mono<T> activation() {
    return activation;
  }

  /**
   * Emits the first status, then each status that differs from the previous one ({@link
   * PollStrategy#transitionKey}), and completes after the first {@code SUCCEEDED} or {@code FAILED} status
   * (which is emitted). Each subscription polls on its own. Signals the activation's and the polls' errors, and
   * {@link PollTimeoutException} when {@link PollOptions#totalTimeout()} elapses first.
   */
  public Flux<T> updates() {
    return Flux.defer(() -> {
      Walk walk = new Walk();
      Flux<T> statuses = activation
          .flatMapMany(first -> Flux.just(first).expand(walk::next))
          .doOnNext(walk::seen)
          .distinctUntilChanged(strategy::transitionKey);
      return statuses
          .takeUntilOther(Mono.delay(options.totalTimeout(), scheduler))
          .concatWith(Mono.defer(() -> walk.finished
              ? Mono.<T>empty()
              : Mono.error(new PollTimeoutException(options.totalTimeout(), walk.last))));
    });
  }

  /**
   * Emits the final status once the operation succeeds. Starts (or follows) it like {@link #updates()}. Signals
   * {@link PollStrategy#failure} when it fails, {@link PollTimeoutException} when the total timeout elapses, and
   * the activation's and polls' errors.
   */
  public Mono<T> result() {
    return updates().last().flatMap(status -> strategy.state(status) == PollState.FAILED
        ? Mono.error(strategy.failure(status))
        : Mono.just(status));
  }

  /** Per-subscription polling state. */
  private final class Walk {
    private Duration delay = options.interval();
    private @Nullable Duration serverDelay;
    private volatile @Nullable T last;
    private volatile boolean finished;

    void seen(T status) {
      last = status;
      if (strategy.state(status) != PollState.IN_PROGRESS) {
        finished = true;
      }
    }

    Mono<T> next(T status) {
      if (strategy.state(status) != PollState.IN_PROGRESS) {
        return Mono.empty();
      }
      return pollAfterDelay(status);
    }

    private Mono<T> pollAfterDelay(T status) {
      return Mono.delay(nextDelay(), scheduler)
          .then(MetricsBinding.recording(Mono.defer(() -> poll.apply(status)),
                  (bound, polled) -> bound.metrics().poll(strategy.state(polled.status()).name()))
              .timeout(options.pollTimeout(), scheduler))
          .map(polled -> {
            serverDelay = polled.retryAfter();
            return polled.status();
          })
          .onErrorResume(TimeoutException.class, slow -> pollAfterDelay(status));
    }

    /**
     * The scheduled delay, growing per poll; a server's {@code Retry-After} only lengthens it (up to
     * {@code maxServerDelay}), so a server answering {@code Retry-After: 0} cannot make the client poll faster.
     */
    private Duration nextDelay() {
      Duration scheduled = delay;
      Duration grown = Duration.ofNanos((long) Math.min(Long.MAX_VALUE,
          scheduled.toNanos() * options.backoffMultiplier()));
      delay = grown.compareTo(options.maxInterval()) > 0 ? options.maxInterval() : grown;
      Duration server = serverDelay;
      serverDelay = null;
      if (server == null || server.compareTo(scheduled) <= 0) {
        return scheduled;
      }
      Duration cap = options.maxServerDelay().compareTo(scheduled) > 0 ? options.maxServerDelay() : scheduled;
      return server.compareTo(cap) > 0 ? cap : server;
    }
  }
}
