package io.nexla.reactive.spring.boot;

import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.Delay;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.core.error.NexlaTimeoutException;
import io.nexla.reactive.testkit.NexlaEmulator;
import java.time.Duration;
import java.util.UUID;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Application contexts ("replicas") whose client takes its permits from a limit shared through Redis. */
final class SharedLimitContexts {

  static final Duration WAIT = Duration.ofSeconds(60);

  private SharedLimitContexts() {}

  /** A fresh key, so that tests sharing one redis-server do not share a bucket. */
  static String newKey() {
    return "nexla-test:" + UUID.randomUUID();
  }

  /**
   * The starter's auto-configurations with a client of {@code emulator} (no retries), the shared limit enabled, a
   * meter registry, and Lettuce resources that reconnect quickly after Redis restarts.
   */
  static ApplicationContextRunner replica(NexlaEmulator emulator) {
    return new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(NexlaRedisRateLimitAutoConfiguration.class,
            NexlaAutoConfiguration.class, NexlaHealthAutoConfiguration.class))
        .withPropertyValues("NEXLA_SERVICE_KEY=", "NEXLA_ACCESS_TOKEN=", "NEXLA_API_URL=",
            "nexla.base-url=" + emulator.baseUrl(), "nexla.service-key=" + emulator.serviceKey(),
            "nexla.retry.max-attempts=1", "nexla.rate-limit.redis.enabled=true")
        .withBean(SimpleMeterRegistry.class)
        .withBean(ClientResources.class,
            () -> ClientResources.builder().reconnectDelay(Delay.constant(Duration.ofMillis(50))).build(),
            definition -> definition.setDestroyMethodName("shutdown"));
  }

  /** Per-hour limits: counts, not timings, show the sharing. */
  static String[] perHour(String redisUrl, String key, int permits) {
    return new String[] {"nexla.rate-limit.redis.url=" + redisUrl, "nexla.rate-limit.redis.key=" + key,
        "nexla.rate-limit.redis.limit-for-period=" + permits, "nexla.rate-limit.redis.period=1h",
        "nexla.rate-limit.redis.burst=" + permits, "nexla.rate-limit.redis.max-wait=5s",
        // generous: a cold JVM on a busy machine
        "nexla.rate-limit.redis.redis-timeout=2s"};
  }

  /** Makes {@code calls} calls one after another; emits how many were answered (the others found no permit). */
  static Mono<Long> answered(NexlaClient client, int calls) {
    return Flux.range(0, calls)
        .concatMap(i -> client.users().getCurrent().map(user -> 1)
            .onErrorResume(NexlaTimeoutException.class, noPermit -> Mono.empty()))
        .count();
  }
}
