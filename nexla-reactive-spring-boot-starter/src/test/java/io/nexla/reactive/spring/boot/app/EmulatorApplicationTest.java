package io.nexla.reactive.spring.boot.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.observation.ObservationRegistry;
import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.testkit.NexlaEmulator;
import io.nexla.reactive.testkit.RecordedRequest;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import reactor.test.StepVerifier;

/**
 * A WebFlux application configured only through {@code nexla.*} properties gets a working {@code NexlaClient}
 * injected: it authenticates against the emulator and sends requests over loopback HTTP.
 */
@SpringBootTest(classes = TestApplication.class, properties = {"NEXLA_SERVICE_KEY=", "NEXLA_ACCESS_TOKEN=",
    "nexla.retry.max-attempts=2"})
class EmulatorApplicationTest {

  static final NexlaEmulator emulator = NexlaEmulator.start();

  @DynamicPropertySource
  static void nexla(DynamicPropertyRegistry registry) {
    registry.add("nexla.base-url", emulator::baseUrl);
    registry.add("nexla.service-key", emulator::serviceKey);
  }

  @AfterAll
  static void stopEmulator() {
    emulator.close();
  }

  @Autowired
  NexlaClient client;

  @Autowired
  ApplicationContext context;

  @Test
  void injectedClientCallsTheConfiguredApi() {
    assertThat(client.options().baseUrl()).isEqualTo(URI.create(emulator.baseUrl()));
    assertThat(client.options().retry().maxAttempts()).isEqualTo(2);
    assertThat(client.options().webClientBuilder()).isPresent();
    assertThat(client.options().observationRegistry()).isSameAs(context.getBean(ObservationRegistry.class));

    StepVerifier.create(client.sources().list().collectList())
        .assertNext(sources -> assertThat(sources).isEmpty())
        .expectComplete()
        .verify(Duration.ofSeconds(30));

    assertThat(emulator.count("POST", "/token")).isEqualTo(1);
    assertThat(emulator.count("GET", "/data_sources")).isEqualTo(1);
    RecordedRequest sent = emulator.journal().stream().filter(r -> "/data_sources".equals(r.route()))
        .findFirst().orElseThrow();
    assertThat(sent.header("accept")).isEqualTo("application/vnd.nexla.api.v1+json");
    assertThat(sent.header("user-agent")).startsWith("nexla-reactive/");
  }
}
