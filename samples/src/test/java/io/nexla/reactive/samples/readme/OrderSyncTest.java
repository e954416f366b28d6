package io.nexla.reactive.samples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.core.error.NexlaTransportException;
import io.nexla.reactive.sources.SourceCreate;
import io.nexla.reactive.sources.SourceType;
import io.nexla.reactive.testkit.Fault;
import io.nexla.reactive.testkit.NexlaEmulator;
import io.nexla.reactive.testkit.NexlaEmulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import reactor.test.StepVerifier;

// The README's testing example, run as a test.
// README:testing
@ExtendWith(NexlaEmulatorExtension.class)
class OrderSyncTest {

  @Test
  void aCreateWhoseAnswerIsLostIsNotSentTwice(NexlaEmulator emulator, NexlaClient client) {
    emulator.faults().on("POST", "/data_sources").times(1).respond(Fault.resetAfterProcessing());

    StepVerifier.create(client.sources().create(SourceCreate.builder("orders", SourceType.S3).build()))
        .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(NexlaTransportException.class))
        .verify();

    assertThat(emulator.count("POST", "/data_sources")).isEqualTo(1);       // sent once, not retried
    assertThat(emulator.store().list("data_sources")).hasSize(1);          // and stored once
  }
}
// README:end
