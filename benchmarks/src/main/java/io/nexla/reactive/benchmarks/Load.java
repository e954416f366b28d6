package io.nexla.reactive.benchmarks;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Runs a number of calls with a fixed number in flight and measures throughput and latency. */
public final class Load {

  /** The outcome of one run. */
  public record Result(int calls, int failures, long elapsedNanos, long[] latencyNanos) {
    public double perSecond() {
      return (calls - failures) / (elapsedNanos / 1e9);
    }
  }

  private Load() {}

  /**
   * Sends {@code calls} calls, {@code concurrency} at a time, each {@code call.apply(i)}; waits at most
   * {@code timeout}. Latency is measured from subscription to completion of each call.
   */
  public static Result run(int calls, int concurrency, LongFunction<Mono<?>> call, Duration timeout) {
    long[] latencies = new long[calls];
    AtomicInteger index = new AtomicInteger();
    AtomicInteger failures = new AtomicInteger();
    AtomicLong firstError = new AtomicLong();
    long started = System.nanoTime();
    Flux.range(0, calls)
        .flatMap(i -> Mono.defer(() -> {
          long t0 = System.nanoTime();
          return call.apply(i).then()
              .doOnSuccess(v -> latencies[index.getAndIncrement()] = System.nanoTime() - t0)
              .onErrorResume(e -> {
                if (failures.getAndIncrement() == 0 && firstError.compareAndSet(0, 1)) {
                  Report.progress("  first failure: %s", e);
                }
                return Mono.empty();
              });
        }), concurrency)
        .then()
        .block(timeout);
    long elapsed = System.nanoTime() - started;
    return new Result(calls, failures.get(), elapsed, java.util.Arrays.copyOf(latencies, index.get()));
  }
}
