package io.nexla.reactive.spring.boot.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.core.NexlaClientOptions;
import io.nexla.reactive.core.http.ClientHealth;
import io.nexla.reactive.core.http.NexlaRequest;
import io.nexla.reactive.core.http.NexlaResponse;
import io.nexla.reactive.core.http.NexlaTransport;
import io.nexla.reactive.core.http.RequestOptions;
import io.nexla.reactive.spring.boot.NexlaHealthIndicator;
import java.net.URI;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
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
      return NexlaClient.of(new ExpiredTokenTransport());
    }
  }

  /** A transport whose direct access token has expired; it sends nothing. */
  static final class ExpiredTokenTransport implements NexlaTransport {
    private final NexlaClientOptions options = NexlaClientOptions.builder().accessToken(TOKEN).build();

    @Override
    public Mono<NexlaResponse> exchange(NexlaRequest request) {
      return Mono.error(new IllegalStateException("no network in this test"));
    }

    @Override
    public Flux<DataBuffer> download(URI url, RequestOptions requestOptions) {
      return Flux.error(new IllegalStateException("no network in this test"));
    }

    @Override
    public Mono<Void> logout() {
      return Mono.empty();
    }

    @Override
    public ClientHealth health() {
      return new ClientHealth(ClientHealth.TokenState.EXPIRED, Instant.parse("2026-01-01T00:00:00Z"), 3,
          "HALF_OPEN");
    }

    @Override
    public NexlaClientOptions options() {
      return options;
    }

    @Override
    public void close() {}
  }
}
