package io.nexla.reactive.samples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexla.reactive.samples.gateway.GatewayApplication;
import io.nexla.reactive.testkit.NexlaEmulator;
import io.nexla.reactive.testkit.NexlaEmulatorExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

// The README's Spring Boot testing recipe, run as a test against the gateway sample.
// README:spring-boot-testing
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "gateway.api-key=test-key")
@AutoConfigureWebTestClient
class GatewaySourcesTest {

  @RegisterExtension                                  // static: one emulator for the class, started before Spring
  static NexlaEmulatorExtension nexla = NexlaEmulatorExtension.with(emulator -> emulator.maxPageSize(2));

  @DynamicPropertySource                              // read when the context starts, after the emulator started
  static void nexlaProperties(DynamicPropertyRegistry registry) {
    registry.add("nexla.base-url", () -> nexla.emulator().baseUrl());
    registry.add("nexla.service-key", () -> nexla.emulator().serviceKey());
  }

  @Autowired
  WebTestClient web;

  @Test
  void streamsEverySourceAcrossNexlaPages(NexlaEmulator emulator) {
    for (String name : List.of("orders", "returns", "refunds")) {
      emulator.store().create("data_sources", Map.of("name", name, "source_type", "s3"));
    }

    Flux<Map<String, Object>> sources = web.get().uri("/api/sources")
        .header("X-API-Key", "test-key")
        .accept(MediaType.APPLICATION_NDJSON)
        .exchange()
        .expectStatus().isOk()
        .returnResult(new ParameterizedTypeReference<Map<String, Object>>() {})
        .getResponseBody();

    StepVerifier.create(sources.map(source -> source.get("name")))
        .expectNext("orders", "returns", "refunds")
        .verifyComplete();
    assertThat(emulator.count("GET", "/data_sources")).isGreaterThanOrEqualTo(2);   // several Nexla pages
  }
}
// README:end
