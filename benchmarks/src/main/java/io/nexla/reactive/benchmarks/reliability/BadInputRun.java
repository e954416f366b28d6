package io.nexla.reactive.benchmarks.reliability;

import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.benchmarks.reliability.MalformedResponseCorpus.Case;
import java.time.Duration;
import java.util.List;
import reactor.core.publisher.Mono;

/**
 * {@code bash benchmarks/run.sh bad-input [--rounds N]}: runs the malformed-response corpus (N rounds, default 3)
 * against one client over loopback and prints, as its last line,
 * {@code {"cases":…, "typed":…, "untyped":…, "hangs":…, "leaked":…, "wrong":…}}: {@code typed} counts outcomes
 * that were a typed {@code NexlaException} or the correct value, {@code untyped} errors that were not a
 * {@code NexlaException}, {@code hangs} calls that did not end within the budget plus 3 s, {@code leaked} client
 * connections still open after the pool's idle eviction, {@code wrong} typed outcomes of the wrong kind;
 * {@code hostile} and {@code hostileTyped} count the outcomes of the {@link HostileCases} among them (polling,
 * paging bounds, downloads, framing, odd list records, echoed secrets), each of which is also listed by name.
 */
public final class BadInputRun {

  private BadInputRun() {}

  public static void main(String[] args) {
    int rounds = 3;
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (args[i].equals("--rounds")) {
        rounds = Integer.parseInt(args[i + 1]);
      }
    }
    String token = "bad-input-secret-token-0123456789";
    long cases = 0;
    long typed = 0;
    long untyped = 0;
    long hangs = 0;
    long wrong = 0;
    long hostile = 0;
    long hostileTyped = 0;
    int leaked;
    try (RecordingServer server = new RecordingServer("127.0.0.1");
        RecordingServer otherHost = new RecordingServer("localhost")) {
      NexlaClient client = CorpusRunner.corpusClient(server.url() + "/nexla-api", token);
      server.on("/nexla-api/data_sources/1", (req, res) -> res.header("Content-Type", "application/json")
          .sendString(Mono.just("{\"id\":1}")).then());
      warmUp(client); // warm-up
      List<Case> corpus = MalformedResponseCorpus.all(otherHost.url());
      java.util.Set<String> hostileNames = HostileCases.names(otherHost.url());
      Duration hangLimit = MalformedResponseCorpus.BUDGET.plusSeconds(3);
      for (int round = 0; round < rounds; round++) {
        for (Case c : corpus) {
          server.clear();
          CorpusRunner.route(server, c);
          CorpusRunner.Outcome outcome = CorpusRunner.run(client, c, hangLimit);
          String verdict = CorpusRunner.verdict(c, outcome, CorpusRunner.ofCase(server.received(), c), token);
          if (!otherHost.received().isEmpty()) {
            verdict = "request reached the other host";
            otherHost.clear();
          }
          cases++;
          if (outcome.hung()) {
            hangs++;
          } else if (verdict != null && verdict.startsWith("untyped")) {
            untyped++;
          } else if (verdict == null) {
            typed++;
          } else {
            wrong++;
          }
          if (verdict != null) {
            System.out.println("case '" + c.name() + "': " + verdict);
          }
          if (hostileNames.contains(c.name())) {
            hostile++;
            hostileTyped += verdict == null ? 1 : 0;
            if (round == 0) {
              System.out.println("hostile case '" + c.name() + "': " + (verdict == null ? "ok" : verdict)
                  + " in " + outcome.millis() + " ms");
            }
          }
        }
      }
      leaked = ClientConnections.supported() ? ClientConnections.awaitIdle(server.port(), Duration.ofSeconds(10)) : -1;
      client.close();
    }
    System.out.println("{\"cases\":" + cases + ", \"typed\":" + typed + ", \"untyped\":" + untyped + ", \"hangs\":"
        + hangs + ", \"leaked\":" + leaked + ", \"wrong\":" + wrong + ", \"hostile\":" + hostile
        + ", \"hostileTyped\":" + hostileTyped + "}");
    System.exit(0);
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
