package io.nexla.reactive.core.http;

import static io.nexla.reactive.core.http.TestServer.reply;
import static io.nexla.reactive.core.http.TestServer.sequence;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.nexla.reactive.core.NexlaClientOptions;
import io.nexla.reactive.core.error.NexlaTimeoutException;
import io.nexla.reactive.core.error.NotFoundException;
import io.nexla.reactive.core.error.RateLimitException;
import io.nexla.reactive.core.error.ServerException;
import io.nexla.reactive.core.internal.RetryAfter;
import io.nexla.reactive.core.retry.RetryOptions;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/**
 * Retry timing in virtual time; the exchanges themselves are real loopback HTTP. The client's scheduler is a
 * virtual-time scheduler given through the options (not installed globally, which would shut down the shared
 * schedulers that Reactor Netty keeps using), and the test advances it once the client has scheduled its wait.
 */
class RetryTest {

  private static final Duration WAIT = Duration.ofSeconds(90);
  private static final Duration BUDGET = Duration.ofMinutes(10);

  private final TestServer server = TestServer.start();
  private final RecordingScheduler scheduler = new RecordingScheduler();

  @AfterEach
  void stop() {
    server.close();
  }

  private NexlaTransport transport(RetryOptions.Builder retry) {
    return transport(retry, b -> b);
  }

  private NexlaTransport transport(RetryOptions.Builder retry,
      java.util.function.UnaryOperator<NexlaClientOptions.Builder> more) {
    return server.transport(more.apply(NexlaClientOptions.builder()
        .baseUrl(server.baseUrl())
        .accessToken("token")
        .scheduler(scheduler)
        .clock(scheduler.clock())
        .retry(retry.build())).build());
  }

  private static RetryOptions.Builder retry() {
    return RetryOptions.builder().baseDelay(Duration.ofSeconds(1)).maxDelay(Duration.ofSeconds(8)).jitter(0)
        .totalBudget(BUDGET);
  }

  private static NexlaRequest get() {
    return NexlaRequest.get("/data_sources/{id}").pathVariable("id", 7).operation("sources.get").build();
  }

  private static NexlaRequest post() {
    return NexlaRequest.post("/data_sources").body(Map.of("name", "orders")).operation("sources.create").build();
  }

  private java.util.List<TestServer.Recorded> apiRequests() {
    return server.requests.stream().filter(r -> r.path().startsWith("/api/data_sources")).toList();
  }

  @Test
  void getRetriesTwoServiceUnavailableAnswersWithExponentialBackoff() {
    server.onApi = sequence(reply(503, "{\"message\":\"busy\"}"), reply(503, "{\"message\":\"busy\"}"),
        reply(200, "{\"id\":7}"));
    NexlaTransport t = transport(retry());

    StepVerifier.create(t.exchange(get()))
        .then(() -> assertThat(scheduler.awaitDelay(BUDGET)).isEqualTo(Duration.ofSeconds(1)))
        .then(() -> scheduler.virtualTime.advanceTimeBy(Duration.ofSeconds(1)))
        .then(() -> assertThat(scheduler.awaitDelay(BUDGET)).isEqualTo(Duration.ofSeconds(2)))
        .then(() -> scheduler.virtualTime.advanceTimeBy(Duration.ofSeconds(2)))
        .assertNext(r -> {
          assertThat(r.status()).isEqualTo(200);
          assertThat(r.attempts()).isEqualTo(3);
        })
        .expectComplete()
        .verify(WAIT);

    assertThat(apiRequests()).extracting(r -> r.header("X-Nexla-Attempt")).containsExactly("1", "2", "3");
    assertThat(apiRequests()).extracting(r -> r.header("X-Request-Id")).containsOnly(apiRequests().get(0)
        .header("X-Request-Id"));
  }

  @Test
  void retriesAreThoseOfTheApplicationsResilience4jRegistry() {
    server.onApi = sequence(reply(503, "{}"), reply(200, "{\"id\":7}"));
    RetryRegistry registry = RetryRegistry.ofDefaults();
    List<String> events = new CopyOnWriteArrayList<>();
    registry.getEventPublisher().onEntryAdded(added -> added.getAddedEntry().getEventPublisher()
        .onEvent(event -> events.add(added.getAddedEntry().getName() + " " + event.getEventType())));
    NexlaTransport t = transport(retry(), b -> b.retryRegistry(registry));

    StepVerifier.create(t.exchange(get()))
        .then(() -> assertThat(scheduler.awaitDelay(BUDGET)).isEqualTo(Duration.ofSeconds(1)))
        .then(() -> scheduler.virtualTime.advanceTimeBy(Duration.ofSeconds(1)))
        .expectNextCount(1)
        .expectComplete()
        .verify(WAIT);

    assertThat(events).containsExactly("nexla RETRY", "nexla SUCCESS");
    assertThat(registry.retry("nexla").getMetrics().getNumberOfSuccessfulCallsWithRetryAttempt()).isEqualTo(1);
    assertThat(t.options().retryRegistry()).isSameAs(registry);
  }

  @Test
  void exhaustedRetriesSignalTheLastErrorWithEarlierOnesSuppressed() {
    server.onApi = reply(503, "{\"message\":\"busy\"}");
    NexlaTransport t = transport(retry().maxAttempts(3));

    explained(StepVerifier.create(t.exchange(get()))
        .then(() -> assertThat(scheduler.awaitDelay(BUDGET)).isEqualTo(Duration.ofSeconds(1)))
        .then(() -> scheduler.virtualTime.advanceTimeBy(Duration.ofSeconds(1)))
        .then(() -> assertThat(scheduler.awaitDelay(BUDGET)).isEqualTo(Duration.ofSeconds(2)))
        .then(() -> scheduler.virtualTime.advanceTimeBy(Duration.ofSeconds(2)))
        .expectErrorSatisfies(e -> {
          assertThat(e).isInstanceOf(ServerException.class).hasMessageContaining("after 3 attempts");
          assertThat(((ServerException) e).attempts()).isEqualTo(3);
          assertThat(e.getSuppressed()).hasSize(2).allMatch(s -> s instanceof ServerException);
          // earlier attempts are kept, but as a compact summary: their message and a few frames each
          assertThat(e.getSuppressed()).allSatisfy(s -> {
            assertThat(s.getMessage()).contains("503");
            assertThat(s.getStackTrace()).hasSizeLessThanOrEqualTo(3);
          });
          assertThat(e.getStackTrace()).hasSizeGreaterThan(3);
        }));
  }

  @Test
  void postIsNotRetriedOnServiceUnavailable() {
    server.onApi = reply(503, "{\"message\":\"busy\"}");

    StepVerifier.create(transport(retry()).exchange(post()))
        .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(ServerException.class)
            .extracting(x -> ((ServerException) x).status()).isEqualTo(503))
        .verify(WAIT);

    assertThat(apiRequests()).hasSize(1);
  }

  @Test
  void rateLimitedPostWaitsRetryAfterSeconds() {
    server.onApi = sequence(reply(429, "{\"message\":\"slow down\"}", "Retry-After", "2"), reply(201, "{\"id\":1}"));
    NexlaTransport t = transport(retry());

    StepVerifier.create(t.exchange(post()))
        .then(() -> assertThat(scheduler.awaitDelay(BUDGET)).isEqualTo(Duration.ofSeconds(2)))
        .then(() -> scheduler.virtualTime.advanceTimeBy(Duration.ofMillis(1999)))
        .expectNoEvent(Duration.ofMillis(200))
        .then(() -> scheduler.virtualTime.advanceTimeBy(Duration.ofMillis(1)))
        .assertNext(r -> assertThat(r.status()).isEqualTo(201))
        .expectComplete()
        .verify(WAIT);

    assertThat(apiRequests()).hasSize(2);
  }

  @Test
  void aRetryAfterTooLargeForALongFailsAtOnceLikeAnyTooLongWait() {
    server.onApi = reply(429, "{\"message\":\"slow down\"}", "Retry-After", "99999999999999999999999999");
    NexlaTransport t = transport(retry());

    StepVerifier.create(t.exchange(get()))
        .expectErrorSatisfies(e -> assertThat(e).isInstanceOfSatisfying(RateLimitException.class,
            limited -> assertThat(limited.retryAfter()).hasValue(RetryAfter.INDEFINITE)))
        .verify(WAIT);

    assertThat(apiRequests()).hasSize(1);
  }

  @Test
  void retryAfterAsHttpDateIsHonoured() {
    server.onApi = sequence((req, res) -> reply(429, "{}", "Retry-After", DateTimeFormatter.RFC_1123_DATE_TIME
        .format(scheduler.clock().instant().plusSeconds(3).atZone(ZoneOffset.UTC))).handle(req, res),
        reply(200, "{}"));
    NexlaTransport t = transport(retry());

    StepVerifier.create(t.exchange(get()))
        .then(() -> assertThat(scheduler.awaitDelay(BUDGET)).isEqualTo(Duration.ofSeconds(3)))
        .then(() -> scheduler.virtualTime.advanceTimeBy(Duration.ofSeconds(3)))
        .expectNextCount(1)
        .expectComplete()
        .verify(WAIT);
  }

  @Test
  void retryAfterInTheBodyIsHonoured() {
    server.onApi = sequence(reply(429, "{\"retry_after\":1.5}"), reply(200, "{}"));
    NexlaTransport t = transport(retry());

    StepVerifier.create(t.exchange(get()))
        .then(() -> assertThat(scheduler.awaitDelay(BUDGET)).isEqualTo(Duration.ofMillis(1500)))
        .then(() -> scheduler.virtualTime.advanceTimeBy(Duration.ofMillis(1500)))
        .expectNextCount(1)
        .expectComplete()
        .verify(WAIT);
  }

  @Test
  void retryAfterOverTheCapFailsAtOnceWithTheServersValue() {
    server.onApi = reply(429, "{\"message\":\"quota\"}", "Retry-After", "3600");

    StepVerifier.create(transport(retry()).exchange(get()))
        .expectErrorSatisfies(e -> {
          assertThat(e).isInstanceOf(RateLimitException.class);
          assertThat(((RateLimitException) e).retryAfter()).hasValue(Duration.ofHours(1));
        })
        .verify(WAIT);

    assertThat(apiRequests()).hasSize(1);
    assertThat(scheduler.awaitDelay(Duration.ZERO)).isEqualTo(BUDGET); // only the deadline was ever scheduled
  }

  @Test
  void aWaitThatWouldPassTheBudgetIsNotStarted() {
    server.onApi = reply(503, "{}");
    NexlaTransport t = transport(retry().totalBudget(Duration.ofMillis(2500)));

    StepVerifier.create(t.exchange(get()))
        .then(() -> assertThat(scheduler.awaitDelay(Duration.ofMillis(2500))).isEqualTo(Duration.ofSeconds(1)))
        .then(() -> scheduler.virtualTime.advanceTimeBy(Duration.ofSeconds(1)))
        .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(NexlaTimeoutException.class)
            .hasCauseInstanceOf(ServerException.class))
        .verify(WAIT);

    assertThat(apiRequests()).hasSize(2);
  }

  @Test
  void operationDeadlineCancelsAnUnansweredRequest() {
    server.onApi = (req, res) -> Mono.never();
    NexlaTransport t = transport(retry());
    NexlaRequest request = get().toBuilder()
        .options(RequestOptions.builder().timeout(Duration.ofSeconds(5)).build())
        .build();

    StepVerifier.create(t.exchange(request))
        .then(() -> {
          assertThat(scheduler.awaitDelay(Duration.ZERO)).isEqualTo(Duration.ofSeconds(5));
          awaitRequests(1);
        })
        .then(() -> scheduler.virtualTime.advanceTimeBy(Duration.ofSeconds(5)))
        .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(NexlaTimeoutException.class)
            .hasMessageContaining("did not complete within PT5S"))
        .verify(WAIT);
  }

  @Test
  void perCallRetryOptionsReplaceTheClientsAndHeadersAreAdded() {
    server.onApi = reply(503, "{}");
    NexlaRequest request = get().toBuilder()
        .options(RequestOptions.builder().retry(RetryOptions.none()).header("X-Custom", "yes").build())
        .build();

    StepVerifier.create(transport(retry()).exchange(request))
        .expectError(ServerException.class)
        .verify(WAIT);

    assertThat(apiRequests()).singleElement().satisfies(r -> assertThat(r.header("X-Custom")).isEqualTo("yes"));
  }

  @Test
  void clientSideRateLimiterWaitsOnTheSchedulerForAPermit() {
    RateLimiter limiter = RateLimiter.of("test", RateLimiterConfig.custom()
        .limitForPeriod(1).limitRefreshPeriod(Duration.ofMinutes(5)).timeoutDuration(Duration.ofMinutes(6)).build());
    NexlaTransport t = transport(retry(), b -> b.rateLimiter(limiter));
    t.exchange(get()).block(WAIT);

    StepVerifier.create(t.exchange(get()))
        .then(() -> assertThat(scheduler.awaitDelay(BUDGET)).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(5)))
        .then(() -> assertThat(apiRequests()).hasSize(1))
        .then(() -> scheduler.virtualTime.advanceTimeBy(Duration.ofMinutes(5)))
        .expectNextCount(1)
        .expectComplete()
        .verify(WAIT);

    assertThat(apiRequests()).hasSize(2);
  }

  private static NexlaRequest delete() {
    return NexlaRequest.delete("/data_sources/{id}").pathVariable("id", 7).operation("sources.delete").build();
  }

  @Test
  void deleteRetriedAfterAGatewayTimeoutAndAnsweredNotFoundCompletesAsDeleted() {
    server.onApi = sequence(reply(504, "{\"message\":\"upstream timed out\"}"),
        reply(404, "{\"message\":\"Source not found\"}"));

    StepVerifier.create(transport(retry()).exchange(delete()))
        .then(() -> scheduler.virtualTime.advanceTimeBy(scheduler.awaitDelay(BUDGET)))
        .assertNext(r -> {
          assertThat(r.status()).isEqualTo(404);
          assertThat(r.isEmpty()).isTrue();
          assertThat(r.attempts()).isEqualTo(2);
        })
        .expectComplete()
        .verify(WAIT);
  }

  @Test
  void notFoundAfterAnAttemptTheServerDidNotCarryOutIsStillNotFound() {
    server.onApi = sequence(reply(503, "{\"message\":\"busy\"}"), reply(404, "{\"message\":\"Source not found\"}"));

    StepVerifier.create(transport(retry()).exchange(delete()))
        .then(() -> scheduler.virtualTime.advanceTimeBy(scheduler.awaitDelay(BUDGET)))
        .expectError(NotFoundException.class)
        .verify(WAIT);
  }

  @Test
  void onlyADeleteTakesNotFoundAfterAGatewayTimeoutAsDone() {
    server.onApi = sequence(reply(504, "{}"), reply(404, "{\"message\":\"Source not found\"}"));

    StepVerifier.create(transport(retry()).exchange(get()))
        .then(() -> scheduler.virtualTime.advanceTimeBy(scheduler.awaitDelay(BUDGET)))
        .expectError(NotFoundException.class)
        .verify(WAIT);
  }

  @Test
  void aFirstNotFoundOnDeleteIsNotFound() {
    server.onApi = reply(404, "{\"message\":\"Source not found\"}");

    StepVerifier.create(transport(retry()).exchange(delete()))
        .expectError(NotFoundException.class)
        .verify(WAIT);
  }

  /** Verifies; a failure also tells how many requests the server saw and what the client scheduled. */
  private void explained(StepVerifier verifier) {
    try {
      verifier.verify(WAIT);
    } catch (AssertionError e) {
      throw new AssertionError(e.getMessage() + " [server saw " + apiRequests().size() + " requests; "
          + scheduler + "]", e);
    }
  }

  private void awaitRequests(int n) {
    long end = System.nanoTime() + WAIT.toNanos();
    while (apiRequests().size() < n) {
      if (System.nanoTime() > end) {
        throw new AssertionError("server did not receive " + n + " requests");
      }
      Thread.onSpinWait();
    }
  }
}
