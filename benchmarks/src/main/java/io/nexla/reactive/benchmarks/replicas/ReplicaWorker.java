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
 * {@code MODE BASE_URL SERVICE_KEY REDIS_URI KEY LIMIT SECONDS CONCURRENCY}, where MODE is
 * {@code local} (a Resilience4j limiter of LIMIT per second in this JVM) or {@code shared} (a SharedRateLimit of
 * LIMIT per second in Redis, burst 1 against a fixed-window quota, rate times 0.8 on a 429, the default headroom).
 * Prints {@code ready} once it holds a token, reads the common start (epoch millis) from
 * standard input, calls {@code GET /users/current} without retries from then on for SECONDS, then
 * prints {@code ok=N limited=N no_permit=N other=N}.
 */
public final class ReplicaWorker {

  private ReplicaWorker() {}

  public static void main(String[] args) throws java.io.IOException, InterruptedException {
    String mode = args[0];
    int limit = Integer.parseInt(args[5]);
    Duration length = Duration.ofSeconds(Long.parseLong(args[6]));
    int concurrency = Integer.parseInt(args[7]);
    RedisClient redis = RedisClient.create(RedisURI.create(args[3]));
    NexlaClient.Builder builder = NexlaClient.builder().baseUrl(args[1]).serviceKey(args[2]).retry(RetryOptions.none());
    if (mode.equals("local")) {
      builder.rateLimiter(RateLimiter.of("local", RateLimiterConfig.custom().limitForPeriod(limit)
          .limitRefreshPeriod(Duration.ofSeconds(1)).timeoutDuration(Duration.ofSeconds(30)).build()));
    } else {
      builder.rateLimit(SharedRateLimit.redis(redis, RedisURI.create(args[3])).key(args[4])
          .limit(limit, Duration.ofSeconds(1)).burst(1).decreaseFactor(0.8).fallbackToLocal(4).build());
    }
    LongAdder ok = new LongAdder();
    LongAdder limited = new LongAdder();
    LongAdder noPermit = new LongAdder();
    LongAdder other = new LongAdder();
    try (NexlaClient client = builder.build()) {
      client.accessToken().block(Duration.ofSeconds(30)); // the token before the clock starts
      System.out.println("ready");
      System.out.flush();
      long start = Long.parseLong(new java.io.BufferedReader(new java.io.InputStreamReader(System.in,
          java.nio.charset.StandardCharsets.US_ASCII)).readLine().trim());
      long end = start + length.toMillis();
      Thread.sleep(Math.max(0, start - System.currentTimeMillis()));
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
