package io.nexla.reactive.redis;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TokensInheritanceStrategy;
import io.github.bucket4j.VerboseResult;
import io.github.bucket4j.distributed.AsyncBucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.ScriptOutputType;
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
 * stored configuration carries the current adapted rate, plus plain keys for the fleet-wide pause, for
 * electing the one replica that adapts the rate, and for the rate the last decrease started from. Every
 * operation is bounded by the Redis timeout and signals
 * {@link RateLimitUnavailableException} when Redis fails or does not answer in time.
 */
final class SharedBucket {

  /** Idle buckets expire once full again (plus this margin), so an abandoned key does not pin an old rate. */
  private static final Duration KEEP_IDLE = Duration.ofMinutes(1);

  /** Sets KEYS[1] to ARGV[2] (expiring after ARGV[3] ms) unless it holds a time after ARGV[1]; 1 when set. */
  private static final String CLAIM = "local held = tonumber(redis.call('GET', KEYS[1]) or '0') "
      + "if held > tonumber(ARGV[1]) then return 0 end "
      + "redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3]) return 1";

  /** Sets KEYS[1] to ARGV[1] (expiring after ARGV[2] ms) unless it holds a later time already. */
  private static final String EXTEND = "local held = tonumber(redis.call('GET', KEYS[1]) or '0') "
      + "if held >= tonumber(ARGV[1]) then return 0 end "
      + "redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2]) return 1";

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
        .build(key("bucket"), () -> CompletableFuture.completedFuture(configuration(config.adaptive().maximum())));
    this.pauseKey = key("pause-until");
  }

  /** A reservation of one permit: how long to wait for it, and the shared state it was taken from. */
  record Reservation(long waitNanos, int rate, long availableTokens) {}

  /** Reserves one permit now (the bucket may go negative: later callers then wait longer). */
  Mono<Reservation> reserve() {
    return call(() -> bucket.asVerbose().consumeIgnoringRateLimits(1))
        .map(SharedBucket::reservation);
  }

  /** The shared refill rate as stored now (another replica may have changed it since this one last reserved). */
  Mono<Integer> rate() {
    return call(() -> bucket.asVerbose().getAvailableTokens())
        .map(result -> (int) result.getConfiguration().getBandwidths()[0].getRefillTokens());
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

  /**
   * Pauses every replica until {@code untilMillis} unless a longer pause is already set (so overlapping 429s keep
   * the longest); the key expires a while after the pause.
   */
  Mono<Void> pause(long untilMillis, long nowMillis) {
    byte[][] keys = {pauseKey};
    return call(() -> redis.<Long>eval(EXTEND, ScriptOutputType.INTEGER, keys, ascii(untilMillis),
        ascii(Math.max(1, untilMillis - nowMillis) + KEEP_IDLE.toMillis()))).then();
  }

  /**
   * Claims the right to make a change named {@code what} until {@code untilMillis} (epoch millis, the replicas'
   * clock, as for the pause): true for exactly one caller in the fleet until the claim ends. Compared against the
   * caller's clock rather than left to a Redis expiry, so every fleet-wide time is read on one kind of clock (and
   * the limit's scheduler, virtual in tests, decides); the key still expires shortly after, to stay tidy.
   */
  Mono<Boolean> claim(String what, long nowMillis, long untilMillis) {
    byte[][] keys = {key(what)};
    return call(() -> redis.<Long>eval(CLAIM, ScriptOutputType.INTEGER, keys, ascii(nowMillis), ascii(untilMillis),
            ascii(Math.max(1, untilMillis - nowMillis) + KEEP_IDLE.toMillis())))
        .map(won -> won == 1L)
        .defaultIfEmpty(false);
  }

  /** Holds back claims of {@code what} until {@code untilMillis}, whoever holds them. */
  Mono<Void> hold(String what, long nowMillis, long untilMillis) {
    return call(() -> redis.set(key(what), ascii(untilMillis),
        SetArgs.Builder.px(Math.max(1, untilMillis - nowMillis) + KEEP_IDLE.toMillis()))).then();
  }

  /**
   * Stores {@code value} under {@code what} for {@code keep} (at least {@link #KEEP_IDLE}); emits the value it
   * replaced, nothing if none.
   */
  Mono<Long> replace(String what, long value, Duration keep) {
    long millis = Math.max(KEEP_IDLE.toMillis(), keep.toMillis());
    return call(() -> redis.setGet(key(what), ascii(value), SetArgs.Builder.px(millis)))
        .map(before -> Long.parseLong(new String(before, StandardCharsets.US_ASCII)));
  }

  /** Remembers {@code value} under {@code what} for a while ({@link #KEEP_IDLE}). */
  Mono<Void> remember(String what, int value) {
    return call(() -> redis.set(key(what), ascii(value), SetArgs.Builder.px(KEEP_IDLE.toMillis()))).then();
  }

  /** What {@link #remember(String, int)} stored under {@code what}, 0 when nothing (or it expired). */
  Mono<Integer> recall(String what) {
    return call(() -> redis.get(key(what)))
        .map(value -> Integer.parseInt(new String(value, StandardCharsets.US_ASCII)))
        .defaultIfEmpty(0);
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

  private static byte[] ascii(long number) {
    return Long.toString(number).getBytes(StandardCharsets.US_ASCII);
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
