package io.nexla.reactive.benchmarks.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.benchmarks.reliability.MalformedResponseCorpus.Case;
import java.time.Duration;
import java.util.List;
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
    client = CorpusRunner.corpusClient(server.url() + "/nexla-api", TOKEN);
    // Warm-up outside the corpus: the first exchange of a JVM (class loading, connection) may take longer
    // than the corpus's tight budget.
    server.on("/nexla-api/data_sources/1", (req, res) -> res.header("Content-Type", "application/json")
        .sendString(Mono.just("{\"id\":1}")).then());
    warmUp(client);
  }

  @AfterAll
  void stop() {
    client.close();
    server.close();
    otherHost.close();
  }

  @TestFactory
  Stream<DynamicTest> everyCaseIsTypedOrCorrectAndNothingLeaks() {
    List<Case> cases = MalformedResponseCorpus.all(otherHost.url());
    assertThat(cases).hasSizeGreaterThanOrEqualTo(50);
    Duration hangLimit = MalformedResponseCorpus.BUDGET.plusSeconds(3);
    Stream<DynamicTest> each = cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
      server.clear();
      CorpusRunner.route(server, c);
      CorpusRunner.Outcome outcome = CorpusRunner.run(client, c, hangLimit);
      assertThat(CorpusRunner.verdict(c, outcome, CorpusRunner.ofCase(server.received(), c), TOKEN)).as(c.name()).isNull();
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
