package io.nexla.reactive.benchmarks;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Runs one scenario and prints its figures as one JSON object on the last line of standard output (progress goes
 * to standard error). {@code benchmarks/run.sh} is the usual way in: it builds the module and starts the right JVM.
 *
 * <pre>java -cp … io.nexla.reactive.benchmarks.BenchMain get --concurrency 32</pre>
 */
public final class BenchMain {

  private BenchMain() {}

  public static void main(String[] argv) {
    if (argv.length == 0) {
      System.err.println("usage: BenchMain get|list-all|token-storm|stream-memory|concurrency|poll|emulator-scale|chart [--key value]...");
      System.exit(2);
    }
    Locale.setDefault(Locale.ROOT);
    Args args = Args.parse(argv, 1);
    String scenario = argv[0];
    Report report = switch (scenario) {
      case "get" -> GetScenario.run(args);
      case "list-all" -> ListAllScenario.run(args);
      case "token-storm" -> TokenStormScenario.run(args);
      case "stream-memory" -> StreamMemoryScenario.run(args);
      case "concurrency" -> ConcurrencyScenario.run(args);
      case "poll" -> PollScenario.run(args);
      case "emulator-scale" -> EmulatorScaleScenario.run(args);
      case "chart" -> Chart.write(Path.of(args.string("results", "benchmarks/results")),
          Path.of(args.string("out", "benchmarks/results/chart.svg")));
      default -> throw new IllegalArgumentException("Unknown scenario: " + scenario);
    };
    System.out.println(report.toJson());
    System.out.flush();
    // Pools and event loops of the client and emulator are disposed; daemon-less Reactor timers must not keep
    // the JVM alive after the figures are out.
    System.exit(0);
  }
}
