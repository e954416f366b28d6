package io.nexla.reactive.benchmarks.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.core.error.NexlaException;
import io.nexla.reactive.core.retry.RetryOptions;
import io.nexla.reactive.benchmarks.reliability.MalformedResponseCorpus.Case;
import io.nexla.reactive.benchmarks.reliability.MalformedResponseCorpus.Expect;
import io.nexla.reactive.sources.SourceCreate;
import io.nexla.reactive.sources.SourceType;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import reactor.core.publisher.Mono;

/**
 * Every corpus response yields a typed {@code NexlaException} (or the correct value where the input is legal)
 * within the configured timeout, with no Netty or Jackson exception surfacing, no secret in the error, no
 * resend of a create, and — at the end — no client connection left open to the server once the pool's idle
 * eviction has run.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MalformedResponseCorpusTest {

  static final String TOKEN = "corpus-secret-token-0123456789";

  RecordingServer server;
  RecordingServer otherHost;
  NexlaClient client;

  @BeforeAll
  void start() {
    server = new RecordingServer("127.0.0.1");
    otherHost = new RecordingServer("localhost");
    client = corpusClient(server.url() + "/nexla-api", TOKEN);
    // Warm-up outside the corpus: the first exchange of a JVM (class loading, connection) may take longer
    // than the corpus's tight budget.
    server.on("/nexla-api/data_sources/1", (req, res) -> res.header("Content-Type", "application/json")
        .sendString(Mono.just("{\"id\":1}")).then());
    warmUp(client);
  }

  /** The client settings the corpus is defined against. */
  static NexlaClient corpusClient(String baseUrl, String token) {
    return NexlaClient.builder().baseUrl(baseUrl).accessToken(token)
        .responseTimeout(MalformedResponseCorpus.RESPONSE_TIMEOUT)
        .maxResponseBytes(MalformedResponseCorpus.BODY_LIMIT)
        .maxIdleTime(Duration.ofMillis(300))
        .retry(RetryOptions.builder().maxAttempts(2).baseDelay(Duration.ofMillis(10)).maxDelay(Duration.ofMillis(50))
            .maxServerDelay(Duration.ofSeconds(1)).totalBudget(MalformedResponseCorpus.BUDGET).build())
        .build();
  }

  @AfterAll
  void stop() {
    client.close();
    server.close();
    otherHost.close();
  }

  /** Outcome of one case. */
  record Outcome(Optional<Object> value, Throwable error, boolean hung, long millis) {}

  /** Runs one case against {@code client}; the server must be routed to the case's handler already. */
  static Outcome run(NexlaClient client, Case c, Duration hangLimit) {
    Mono<Object> call = switch (c.call()) {
      case GET_ONE -> client.sources().get(1).cast(Object.class);
      case LIST -> client.sources().list().take(500).collectList().cast(Object.class);
      case CREATE -> client.sources().create(SourceCreate.builder("corpus create", SourceType.S3).build())
          .cast(Object.class);
    };
    long started = System.nanoTime();
    try {
      Optional<Object> value = call.map(Optional::of).defaultIfEmpty(Optional.empty()).block(hangLimit);
      return new Outcome(value, null, false, (System.nanoTime() - started) / 1_000_000);
    } catch (RuntimeException e) {
      boolean hung = e.getClass() == IllegalStateException.class && e.getMessage() != null
          && e.getMessage().startsWith("Timeout on blocking read");
      Throwable error = e.getClass().getName().startsWith("reactor.core.Exceptions") && e.getCause() != null
          && !(e.getCause() instanceof TimeoutException) ? e.getCause() : e;
      return new Outcome(null, error, hung, (System.nanoTime() - started) / 1_000_000);
    }
  }

  /** Routes the server's API paths for one case. */
  static void route(RecordingServer server, Case c) {
    server.on("/nexla-api/data_sources/1", c.handler());
    server.on("/nexla-api/data_sources", c.handler());
  }

  /** Why the outcome is wrong for the case, or {@code null} when it is right. */
  static String verdict(Case c, Outcome o, List<RecordingServer.Received> requests, String secret) {
    if (o.hung()) {
      return "hung";
    }
    if (o.error() != null) {
      Throwable e = o.error();
      if (!(e instanceof NexlaException)) {
        return "untyped error " + e;
      }
      if (String.valueOf(e).contains(secret) || String.valueOf(e.getCause()).contains(secret)) {
        return "secret in error";
      }
      if (c.expect() == Expect.VALUE || c.expect() == Expect.EMPTY) {
        return "expected " + c.expect() + " but got " + e;
      }
      if (!c.errorType().isInstance(e)) {
        return "expected " + c.errorType().getSimpleName() + " but got " + e;
      }
    } else {
      switch (c.expect()) {
        case ERROR -> {
          return "expected an error but got " + o.value();
        }
        case EMPTY -> {
          if (o.value().isPresent()) {
            return "expected empty but got " + o.value().get();
          }
        }
        case VALUE, ERROR_OR_VALUE -> {
          if (o.value().isEmpty() ? c.expect() == Expect.VALUE : !c.valueCheck().test(o.value().get())) {
            return "wrong value " + o.value();
          }
        }
      }
    }
    if (c.maxRequests() > 0 && requests.size() > c.maxRequests()) {
      return "sent " + requests.size() + " requests, at most " + c.maxRequests() + " allowed";
    }
    if (requests.stream().anyMatch(r -> !r.uri().startsWith("/nexla-api/"))) {
      return "request outside the API: " + requests;
    }
    return null;
  }

  @TestFactory
  Stream<DynamicTest> everyCaseIsTypedOrCorrectAndNothingLeaks() {
    List<Case> cases = MalformedResponseCorpus.all(otherHost.url());
    assertThat(cases).hasSizeGreaterThanOrEqualTo(50);
    Duration hangLimit = MalformedResponseCorpus.BUDGET.plusSeconds(3);
    Stream<DynamicTest> each = cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
      server.clear();
      route(server, c);
      Outcome outcome = run(client, c, hangLimit);
      assertThat(verdict(c, outcome, server.received(), TOKEN)).as(c.name()).isNull();
      assertThat(otherHost.received()).as("requests to the other host").isEmpty();
    }));
    Stream<DynamicTest> idle = Stream.of(DynamicTest.dynamicTest("connections back to idle", () -> {
      if (ClientConnections.supported()) {
        assertThat(ClientConnections.awaitIdle(server.port(), Duration.ofSeconds(5))).isZero();
      }
    }));
    return Stream.concat(each, idle);
  }

  /** The first exchanges of a JVM (class loading, JIT, connection) may exceed the corpus's tight budget. */
  static void warmUp(NexlaClient client) {
    for (int i = 0; i < 20; i++) {
      try {
        client.sources().get(1).block(Duration.ofSeconds(30));
      } catch (RuntimeException e) {
        // still cold: try again
      }
    }
  }
}
