package io.nexla.reactive.runtimes;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.core.testing.RecordingTransport;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

class RuntimesClientTest {

  private final RecordingTransport transport = new RecordingTransport();
  private final RuntimesClient runtimes = NexlaClient.of(transport).runtimes();

  @Test
  void listIsOneRequestWithoutPaging() {
    transport.answer("[{\"id\": 1, \"name\": \"py311\", \"managed\": true}, {\"id\": 2}]");
    StepVerifier.create(runtimes.list()).expectNextCount(2).verifyComplete();
    assertThat(transport.single().query()).isEmpty();
  }

  @Test
  void createSendsExtraPropertiesNextToTheKnownOnes() {
    StepVerifier.create(runtimes.create(RuntimeCreate.builder("py311").dockerpath("nexla/py:3.11")
        .field("language", "python").build())).expectNextCount(1).verifyComplete();
    assertThat(RecordingTransport.json(transport.single()))
        .isEqualTo("{\"name\":\"py311\",\"dockerpath\":\"nexla/py:3.11\",\"language\":\"python\"}");
  }
}
