package io.nexla.reactive.redis;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.Delay;
import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.core.error.NexlaTimeoutException;
import io.nexla.reactive.core.retry.RetryOptions;
import io.nexla.reactive.testkit.NexlaEmulator;
import java.time.Duration;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Test helpers: a Redis client that reconnects quickly, clients of the emulator, and counted calls. */
final class Replicas {

  static final Duration WAIT = Duration.ofSeconds(60);
  static final String ROUTE = "/users/current";

  private Replicas() {}

  static RedisClient redisClient(String uri) {
    RedisClient client = RedisClient.create(ClientResources.builder()
        .reconnectDelay(Delay.constant(Duration.ofMillis(50))).build(), RedisURI.create(uri));
    client.setOptions(ClientOptions.builder().build());
    return client;
  }

  static NexlaClient client(String baseUrl, String serviceKey, SharedRateLimit limit) {
    return NexlaClient.builder().baseUrl(baseUrl).serviceKey(serviceKey)
        .retry(RetryOptions.none())
        .rateLimit(limit)
        .build();
  }

  /** A limit of {@code permits} per hour: counts, not timings, show the sharing. */
  static SharedRateLimit perHour(RedisClient redis, String uri, String key, int permits) {
    return SharedRateLimit.redis(redis, RedisURI.create(uri)).key(key)
        .limit(permits, Duration.ofHours(1)).burst(permits).maxWait(Duration.ofSeconds(5))
        .redisTimeout(Duration.ofSeconds(2)).build(); // generous: a cold JVM on a busy machine
  }

  /** Makes {@code calls} calls one after another; emits how many were answered (the others found no permit). */
  static Mono<Long> answered(NexlaClient client, int calls) {
    return Flux.range(0, calls)
        .concatMap(i -> client.users().getCurrent().map(user -> 1)
            .onErrorResume(NexlaTimeoutException.class, noPermit -> Mono.empty()))
        .count();
  }

  /** Every request the emulator received, token requests included (each takes a permit too). */
  static long requestsSent(NexlaEmulator emulator) {
    return emulator.journal().size();
  }
}
