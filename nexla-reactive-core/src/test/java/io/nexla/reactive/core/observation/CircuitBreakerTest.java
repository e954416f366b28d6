package io.nexla.reactive.core.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.nexla.reactive.core.NexlaClientOptions;
import io.nexla.reactive.core.error.CircuitOpenException;
import io.nexla.reactive.core.error.ServerException;
import io.nexla.reactive.core.http.NexlaRequest;
import io.nexla.reactive.core.http.NexlaTransport;
import io.nexla.reactive.core.http.WebClientTransport;
import io.nexla.reactive.core.retry.RetryOptions;
import io.nexla.reactive.testkit.Fault;
import io.nexla.reactive.testkit.NexlaEmulator;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An optional circuit breaker around each call with its retries; an open breaker fails fast and is visible. */
class CircuitBreakerTest {

  private static final Duration WAIT = Duration.ofSeconds(60);

  private final NexlaEmulator emulator = NexlaEmulator.start();

  @AfterEach
  void stop() {
    emulator.close();
  }

  @Test
  void anOpenBreakerRefusesCallsWithoutSendingOrRetryingThemAndPublishesItsState() {
    CircuitBreaker breaker = CircuitBreaker.of("nexla", CircuitBreakerConfig.custom()
        .slidingWindowSize(3).minimumNumberOfCalls(3).failureRateThreshold(60) // token request + 2 failures
        .waitDurationInOpenState(Duration.ofMinutes(5)).build());
    SimpleMeterRegistry meters = new SimpleMeterRegistry();
    emulator.faults().on("GET", "/data_sources").respond(Fault.status(503));
    NexlaRequest list = NexlaRequest.get("/data_sources").operation("sources.list").build();

    try (NexlaTransport transport = WebClientTransport.create(NexlaClientOptions.builder()
        .baseUrl(emulator.baseUrl()).serviceKey(emulator.serviceKey()).meterRegistry(meters).circuitBreaker(breaker)
        .retry(RetryOptions.builder().maxAttempts(2).baseDelay(Duration.ofMillis(5)).build()).build())) {
      for (int i = 0; i < 2; i++) {
        assertThatThrownBy(() -> transport.exchange(list).block(WAIT)).isInstanceOf(ServerException.class);
      }
      long sentBefore = emulator.count("GET", "/data_sources");
      double retriesBefore = meters.get("nexla.client.retries").counter().count();

      assertThatThrownBy(() -> transport.exchange(list).block(WAIT)).isInstanceOf(CircuitOpenException.class)
          .hasMessageContaining("circuit breaker 'nexla' is OPEN")
          .satisfies(e -> assertThat(((CircuitOpenException) e).circuitBreaker()).isEqualTo("nexla"));

      assertThat(sentBefore).isEqualTo(4); // two calls of two attempts each: one outcome per call
      assertThat(emulator.count("GET", "/data_sources")).isEqualTo(sentBefore);
      assertThat(meters.get("nexla.client.retries").counter().count()).isEqualTo(retriesBefore);
      assertThat(meters.get("nexla.client.circuit.breaker.state").tags("name", "nexla", "state", "open").gauge()
          .value()).isEqualTo(1);
      assertThat(meters.get("nexla.client.circuit.breaker.state").tags("state", "closed").gauge().value())
          .isEqualTo(0);
    }
  }
}
