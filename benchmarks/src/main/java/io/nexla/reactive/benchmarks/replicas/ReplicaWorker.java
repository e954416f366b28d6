package io.nexla.reactive.benchmarks.replicas;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.core.error.NexlaTimeoutException;
import io.nexla.reactive.core.error.RateLimitException;
import io.nexla.reactive.core.retry.RetryOptions;
import io.nexla.reactive.redis.SharedRateLimit;
import java.time.Duration;
import java.util.concurrent.atomic.LongAdder;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * One replica of the {@code replicas} scenario, in its own JVM:
 * {@code MODE BASE_URL SERVICE_KEY REDIS_URI KEY LIMIT START_EPOCH_MS SECONDS CONCURRENCY}, where MODE is
 * {@code local} (a Resilience4j limiter of LIMIT per second in this JVM) or {@code shared} (a SharedRateLimit of
 * LIMIT per second in Redis). Calls {@code GET /users/current} without retries from START for SECONDS, then
 * prints {@code ok=N limited=N no_permit=N other=N}.
 */
public final class ReplicaWorker {

  private ReplicaWorker() {}

  public static void main(String[] args) throws InterruptedException {
    String mode = args[0];
    int limit = Integer.parseInt(args[5]);
    long start = Long.parseLong(args[6]);
    long end = start + Duration.ofSeconds(Long.parseLong(args[7])).toMillis();
    int concurrency = Integer.parseInt(args[8]);
    RedisClient redis = RedisClient.create(RedisURI.create(args[3]));
    NexlaClient.Builder builder = NexlaClient.builder().baseUrl(args[1]).serviceKey(args[2]).retry(RetryOptions.none());
    if (mode.equals("local")) {
      builder.rateLimiter(RateLimiter.of("local", RateLimiterConfig.custom().limitForPeriod(limit)
          .limitRefreshPeriod(Duration.ofSeconds(1)).timeoutDuration(Duration.ofSeconds(30)).build()));
    } else {
      builder.rateLimit(SharedRateLimit.redis(redis, RedisURI.create(args[3])).key(args[4])
          .limit(limit, Duration.ofSeconds(1)).fallbackToLocal(4).build());
    }
    LongAdder ok = new LongAdder();
    LongAdder limited = new LongAdder();
    LongAdder noPermit = new LongAdder();
    LongAdder other = new LongAdder();
    try (NexlaClient client = builder.build()) {
      client.accessToken().block(Duration.ofSeconds(30)); // the token before the clock starts
      long early = start - System.currentTimeMillis();
      if (early <= 0) {
        throw new IllegalStateException("replica ready " + -early + " ms after the common start");
      }
      Thread.sleep(early);
      Flux.range(0, concurrency)
          .flatMap(worker -> Mono.defer(() -> client.users().getCurrent()
                  .doOnNext(user -> ok.increment())
                  .onErrorResume(e -> {
                    (e instanceof RateLimitException ? limited : e instanceof NexlaTimeoutException ? noPermit : other)
                        .increment();
                    return Mono.empty();
                  }))
              .repeat(() -> System.currentTimeMillis() < end))
          .blockLast();
    } finally {
      redis.shutdown();
    }
    System.out.println("ok=" + ok.sum() + " limited=" + limited.sum() + " no_permit=" + noPermit.sum()
        + " other=" + other.sum());
  }
}
