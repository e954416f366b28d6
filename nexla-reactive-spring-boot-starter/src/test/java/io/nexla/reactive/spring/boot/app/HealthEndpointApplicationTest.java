package io.nexla.reactive.spring.boot.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.core.NexlaClientOptions;
import io.nexla.reactive.core.http.ClientHealth;
import io.nexla.reactive.core.testing.RecordingTransport;
import io.nexla.reactive.spring.boot.NexlaHealthIndicator;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Mono;

/**
 * A running WebFlux application with the actuator and the application's own {@code NexlaClient}: the health
 * indicator is auto-configured for it and served by the health endpoint, without any call to Nexla.
 */
@SpringBootTest(
    classes = TestApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"management.endpoint.health.show-details=always", "NEXLA_SERVICE_KEY=", "NEXLA_ACCESS_TOKEN="})
@Import(HealthEndpointApplicationTest.OwnClient.class)
class HealthEndpointApplicationTest {

  private static final String TOKEN = "direct-token-e81d";

  @LocalServerPort
  int port;

  @Autowired
  ApplicationContext context;

  @Test
  void healthEndpointReportsTheClientsLocalState() {
    assertThat(context.getBeansOfType(NexlaHealthIndicator.class)).hasSize(1);
    WebTestClient http = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).build();
    http.get().uri("/actuator/health/nexla").exchange()
        .expectStatus().isEqualTo(503)
        .expectBody()
        .jsonPath("$.status").isEqualTo("DOWN")
        .jsonPath("$.details.authentication").isEqualTo("access-token")
        .jsonPath("$.details.baseUrl").isEqualTo("https://dataops.nexla.io/nexla-api")
        .jsonPath("$.details.tokenState").isEqualTo("EXPIRED")
        .jsonPath("$.details.tokenExpiresAt").isEqualTo("2026-01-01T00:00:00Z")
        .jsonPath("$.details.circuitBreaker").isEqualTo("HALF_OPEN")
        .jsonPath("$.details.rateLimitPermits").isEqualTo(3);
    String overall = http.get().uri("/actuator/health").exchange()
        .expectStatus().isEqualTo(503)
        .expectBody(String.class).returnResult().getResponseBody();
    assertThat(overall).contains("\"nexla\"").doesNotContain(TOKEN);
  }

  @TestConfiguration(proxyBeanMethods = false)
  static class OwnClient {
    @Bean
    NexlaClient ownNexlaClient() {
      // a direct access token that has expired; nothing is sent
      return NexlaClient.of(new RecordingTransport(NexlaClientOptions.builder().accessToken(TOKEN).build())
          .health(() -> new ClientHealth(ClientHealth.TokenState.EXPIRED, Instant.parse("2026-01-01T00:00:00Z"), 3,
              "HALF_OPEN"))
          .respond(r -> Mono.error(new IllegalStateException("no network in this test"))));
    }
  }
}
