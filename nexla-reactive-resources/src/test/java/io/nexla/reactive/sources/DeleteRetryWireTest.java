package io.nexla.reactive.sources;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.core.error.NotFoundException;
import io.nexla.reactive.core.retry.RetryOptions;
import io.nexla.reactive.testkit.Fault;
import io.nexla.reactive.testkit.NexlaEmulator;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/** A delete whose answer is lost, over real loopback HTTP against the emulator. */
class DeleteRetryWireTest {

  private static final String ROUTE = "/data_sources/{id}";
  private static final Duration WAIT = Duration.ofSeconds(60);

  private NexlaEmulator emulator;
  private NexlaClient client;

  @BeforeEach
  void start() {
    emulator = NexlaEmulator.start();
    client = NexlaClient.builder().baseUrl(emulator.baseUrl()).serviceKey(emulator.serviceKey())
        .retry(RetryOptions.builder().baseDelay(Duration.ofMillis(20)).build())
        .build();
  }

  @AfterEach
  void stop() {
    client.close();
    emulator.close();
  }

  private long newSource() {
    return emulator.store().create("data_sources", Map.of("name", "to delete", "source_type", "s3"))
        .get("id").asLong();
  }

  @Test
  void aDeleteWhoseAnswerWasLostCompletesWhenItsRetryFindsNothingLeft() {
    long id = newSource();
    emulator.faults().on("DELETE", ROUTE).times(1).respond(Fault.resetAfterProcessing());

    StepVerifier.create(client.sources().delete(id)).verifyComplete();

    assertThat(emulator.count("DELETE", ROUTE)).as("the delete and its retry").isEqualTo(2);
    StepVerifier.create(client.sources().get(id)).expectError(NotFoundException.class).verify(WAIT);
  }

  @Test
  void deletingWhatNeverExistedIsStillNotFound() {
    StepVerifier.create(client.sources().delete(987_654)).expectError(NotFoundException.class).verify(WAIT);

    assertThat(emulator.count("DELETE", ROUTE)).isEqualTo(1);
  }
}
