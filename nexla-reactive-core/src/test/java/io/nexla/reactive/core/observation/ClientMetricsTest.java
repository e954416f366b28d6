package io.nexla.reactive.core.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.nexla.reactive.core.NexlaClientOptions;
import io.nexla.reactive.core.error.NexlaAuthenticationException;
import io.nexla.reactive.core.http.NexlaRequest;
import io.nexla.reactive.core.http.NexlaResponse;
import io.nexla.reactive.core.http.NexlaTransport;
import io.nexla.reactive.core.http.WebClientTransport;
import io.nexla.reactive.core.observation.TracingTest.TaskStrategy;
import io.nexla.reactive.core.paging.PagedFlux;
import io.nexla.reactive.core.polling.PollOptions;
import io.nexla.reactive.core.polling.Polled;
import io.nexla.reactive.core.polling.Poller;
import io.nexla.reactive.core.retry.RetryOptions;
import io.nexla.reactive.testkit.Fault;
import io.nexla.reactive.testkit.NexlaEmulator;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.JsonNode;

/** The client's own meters, recorded into the application's {@code MeterRegistry} during real calls. */
class ClientMetricsTest {

  private static final Duration WAIT = Duration.ofSeconds(60);

  private final NexlaEmulator emulator = NexlaEmulator.builder().taskDuration(Duration.ofMillis(200)).start();
  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

  @AfterEach
  void stop() {
    emulator.close();
  }

  private NexlaClientOptions.Builder options() {
    return NexlaClientOptions.builder().baseUrl(emulator.baseUrl()).serviceKey(emulator.serviceKey())
        .meterRegistry(meters)
        .retry(RetryOptions.builder().baseDelay(Duration.ofMillis(5)).build())
        .polling(PollOptions.builder().interval(Duration.ofMillis(50)).maxInterval(Duration.ofMillis(50)).build());
  }

  @Test
  void retriesTokenRequestsPagesPollsAndRateLimitWaitsAreCountedWithLowCardinalityTags() {
    for (int i = 0; i < 5; i++) {
      emulator.store().create("data_sources", Map.of("name", "s" + i));
    }
    long id = emulator.store().list("data_sources").get(0).get("id").asLong();
    emulator.faults().on("GET", "/data_sources/{id}").sequence(Fault.status(503), Fault.rateLimited(Duration.ZERO));
    RateLimiter limiter = RateLimiter.of("api", RateLimiterConfig.custom().limitForPeriod(1000)
        .limitRefreshPeriod(Duration.ofSeconds(1)).timeoutDuration(Duration.ofSeconds(5)).build());

    try (NexlaTransport transport = WebClientTransport.create(options().rateLimiter(limiter).build())) {
      transport.exchange(NexlaRequest.get("/data_sources/{id}").pathVariable("id", id).operation("sources.get")
          .build()).block(WAIT);
      PagedFlux.fromRequest(transport, NexlaRequest.get("/data_sources").operation("sources.list").build(), 2,
          json -> json.get("id").asLong()).prefetch(1).collectList().block(WAIT);   // no cancelled page
      Poller.create(transport.exchange(NexlaRequest.post("/async_tasks")
                  .body(Map.of("type", "EXPORT_DATA", "arguments", Map.of())).operation("asyncTasks.create").build())
              .map(NexlaResponse::json),
          task -> transport.exchange(NexlaRequest.get("/async_tasks/{id}").pathVariable("id", task.get("id").asLong())
              .operation("asyncTasks.get").build()).map(r -> Polled.of(Objects.requireNonNull(r.json()))),
          new TaskStrategy(), transport.options().polling(), Schedulers.parallel()).result().block(WAIT);
    }

    assertThat(meters.get("nexla.client.retries").tags("nexla.operation", "sources.get", "reason", "http_503")
        .counter().count()).isEqualTo(1);
    assertThat(meters.get("nexla.client.retries").tags("reason", "rate_limited").counter().count()).isEqualTo(1);
    assertThat(meters.get("nexla.client.retry.delay").tags("reason", "http_503").timer().count()).isEqualTo(1);
    assertThat(meters.get("nexla.client.token.requests").tags("outcome", "success").timer().count()).isEqualTo(1);
    assertThat(meters.get("nexla.client.pages").tags("nexla.operation", "sources.list").counter().count())
        .isEqualTo(3);
    assertThat(meters.get("nexla.client.polls").tags("status", "succeeded").counter().count()).isEqualTo(1);
    long sent = emulator.journal().size();
    assertThat(meters.get("nexla.client.rate.limit.waits").timer().count())
        .isEqualTo(sent); // every attempt, the token request's included, takes a permit
    assertThat(meters.getMeters()).allSatisfy(meter -> assertThat(meter.getId().getTags()).extracting(Tag::getValue)
        .allSatisfy(value -> assertThat(value).doesNotContain(Long.toString(id)).doesNotContain(emulator.serviceKey())
            .doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-")));
  }

  @Test
  void rejectedServiceKeyIsARejectedTokenRequest() {
    try (NexlaTransport transport = WebClientTransport.create(options().serviceKey("not-the-key").build())) {
      assertThatThrownBy(() -> transport.exchange(NexlaRequest.get("/data_sources").operation("sources.list")
          .build()).block(WAIT)).isInstanceOf(NexlaAuthenticationException.class);
    }

    Meter.Id rejected = meters.get("nexla.client.token.requests").timer().getId();
    assertThat(rejected.getTag("outcome")).isEqualTo("rejected");
  }
}
