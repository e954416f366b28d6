package io.nexla.reactive.redis;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TokensInheritanceStrategy;
import io.github.bucket4j.VerboseResult;
import io.github.bucket4j.distributed.AsyncBucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * The Redis side of the shared limit: a Bucket4j token bucket (its Lettuce integration, asynchronous API) whose
 * stored configuration carries the current adapted rate, plus plain keys for the fleet-wide pause and for
 * electing the one replica that adapts the rate. Every operation is bounded by the Redis timeout and signals
 * {@link RateLimitUnavailableException} when Redis fails or does not answer in time.
 */
final class SharedBucket {

  /** Idle buckets expire once full again (plus this margin), so an abandoned key does not pin an old rate. */
  private static final Duration KEEP_IDLE = Duration.ofMinutes(1);

  private final SharedRateLimit config;
  private final RedisAsyncCommands<byte[], byte[]> redis;
  private final AsyncBucketProxy bucket;
  private final byte[] pauseKey;

  SharedBucket(SharedRateLimit config, StatefulRedisConnection<byte[], byte[]> connection) {
    this.config = config;
    this.redis = connection.async();
    this.bucket = Bucket4jLettuce.casBasedBuilder(connection)
        .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(KEEP_IDLE))
        .build()
        .asAsync()
        .builder()
        .build(key("bucket"), () -> CompletableFuture.completedFuture(configuration(config.limit())));
    this.pauseKey = key("pause-until");
  }

  /** A reservation of one permit: how long to wait for it, and the shared state it was taken from. */
  record Reservation(long waitNanos, int rate, long availableTokens) {}

  /** Reserves one permit now (the bucket may go negative: later callers then wait longer). */
  Mono<Reservation> reserve() {
    return call(() -> bucket.asVerbose().consumeIgnoringRateLimits(1))
        .map(SharedBucket::reservation);
  }

  /** Returns a permit reserved but not used. */
  Mono<Void> giveBack() {
    return call(() -> bucket.addTokens(1)).then();
  }

  /** The instant (epoch millis) until which the fleet pauses; 0 when no pause is set. */
  Mono<Long> pauseUntil() {
    return call(() -> redis.get(pauseKey))
        .map(value -> Long.parseLong(new String(value, StandardCharsets.US_ASCII)))
        .defaultIfEmpty(0L);
  }

  /** Pauses every replica until {@code untilMillis}; the key expires with the pause. */
  Mono<Void> pause(long untilMillis, Duration length) {
    byte[] value = Long.toString(untilMillis).getBytes(StandardCharsets.US_ASCII);
    return call(() -> redis.set(pauseKey, value, SetArgs.Builder.px(Math.max(1, length.toMillis())))).then();
  }

  /**
   * Claims the right to make a change named {@code what} for {@code length}: true for exactly one caller in the
   * fleet until the claim expires ({@code SET NX PX}).
   */
  Mono<Boolean> claim(String what, Duration length) {
    return call(() -> redis.set(key(what), new byte[] {1}, SetArgs.Builder.nx().px(Math.max(1, length.toMillis()))))
        .map("OK"::equals)
        .defaultIfEmpty(false);
  }

  /** Holds back claims of {@code what} for {@code length}, whoever holds them. */
  Mono<Void> hold(String what, Duration length) {
    return call(() -> redis.set(key(what), new byte[] {1}, SetArgs.Builder.px(Math.max(1, length.toMillis()))))
        .then();
  }

  /** Sets the shared refill rate; the tokens present are kept. */
  Mono<Void> changeRate(int rate) {
    return call(() -> bucket.replaceConfiguration(configuration(rate), TokensInheritanceStrategy.AS_IS)).then();
  }

  private BucketConfiguration configuration(int rate) {
    return BucketConfiguration.builder()
        .addLimit(Bandwidth.builder().capacity(config.burst()).refillGreedy(rate, config.period())
            .initialTokens(config.burst()).build())
        .build();
  }

  private static Reservation reservation(VerboseResult<Long> result) {
    int rate = (int) result.getConfiguration().getBandwidths()[0].getRefillTokens();
    return new Reservation(result.getValue(), rate, result.getDiagnostics().getAvailableTokens());
  }

  private byte[] key(String suffix) {
    return (config.key() + ":" + suffix).getBytes(StandardCharsets.UTF_8);
  }

  private <T> Mono<T> call(Supplier<? extends CompletionStage<T>> command) {
    Scheduler scheduler = config.scheduler();
    return Mono.fromCompletionStage(command)
        .timeout(config.redisTimeout(), scheduler)
        .onErrorMap(e -> !(e instanceof RateLimitUnavailableException), e -> new RateLimitUnavailableException(
            e instanceof TimeoutException
                ? "Redis did not answer within " + config.redisTimeout() + " for shared rate limit '" + config.key() + "'"
                : "Redis failed for shared rate limit '" + config.key() + "': " + e.getClass().getSimpleName(), e));
  }
}
