package io.nexla.reactive.benchmarks.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.testkit.NexlaEmulator;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The chaos workload in a CI-sized run: with 10 % 503, 5 % 429, 2 % resets before and after processing, 1 %
 * stalls past the timeout and 1 % truncated bodies, nothing is created twice, no stream loses or repeats an
 * item, no webhook record is stored twice or lost after an acknowledgement, every failure is a typed
 * {@code NexlaException}, the run ends in bounded time and leaves no connection open.
 */
class ChaosTest {

  @Test
  void mixedWorkloadUnderFaultsLosesAndDuplicatesNothing() {
    try (NexlaEmulator emulator = NexlaEmulator.builder().seed(20261121L).taskDuration(Duration.ofMillis(300))
        .maxPageSize(50).start()) {
      ChaosWorkload workload = new ChaosWorkload(emulator, new ChaosWorkload.Settings(250, 24, 20261121L,
          Duration.ofMillis(900), Duration.ofMillis(300), Duration.ofSeconds(1), Duration.ofSeconds(10), 45));
      ChaosWorkload.Report report;
      try (NexlaClient client = workload.client()) {
        report = workload.run(client);
        assertThat(ClientConnections.supported() ? ClientConnections.awaitIdle(emulator.port(), Duration.ofSeconds(5))
            : 0).as("client connections left open").isZero();
      }
      assertThat(report.untypedSamples()).isEmpty();
      assertThat(report.duplicateCreates()).as(report.toJson()).isZero();
      assertThat(report.lostItems()).as(report.toJson()).isZero();
      assertThat(report.duplicatedItems()).as(report.toJson()).isZero();
      assertThat(report.untypedErrors()).as(report.toJson()).isZero();
      assertThat(report.elapsedMillis()).as("total time").isLessThan(30_000);
      // the faults were really there: the emulator answered with failures and the client survived them
      assertThat(emulator.journal().stream().filter(r -> r.status() == 503).count()).isPositive();
      System.out.println("chaos (CI size): " + report.toJson() + " in " + report.elapsedMillis() + " ms");
    }
  }
}
