package io.nexla.reactive.spring.boot.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.core.error.NexlaAuthenticationException;
import io.nexla.reactive.testkit.Fault;
import io.nexla.reactive.testkit.NexlaEmulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.test.StepVerifier;

/**
 * A running application whose health tells the truth: with the reachability check on, {@code /actuator/health}
 * follows Nexla (here the emulator) going away and coming back on the same address, and a credential Nexla
 * rejects makes the indicator {@code DOWN} with the reason.
 */
@SpringBootTest(
    classes = TestApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"management.endpoint.health.show-details=always", "NEXLA_SERVICE_KEY=", "NEXLA_ACCESS_TOKEN=",
        "nexla.retry.max-attempts=1", "nexla.health.reachability.enabled=true",
        "nexla.health.reachability.cache=1ms", "nexla.health.reachability.timeout=20s"})
class ReachabilityApplicationTest {

  static NexlaEmulator emulator = NexlaEmulator.start();
  static final int PORT = emulator.port();
  static final String KEY = emulator.serviceKey();

  @DynamicPropertySource
  static void nexla(DynamicPropertyRegistry registry) {
    registry.add("nexla.base-url", () -> emulator.baseUrl());
    registry.add("nexla.service-key", () -> KEY);
  }

  @AfterAll
  static void stopEmulator() {
    emulator.close();
  }

  @LocalServerPort
  int port;

  @Autowired
  NexlaClient client;

  private WebTestClient.BodyContentSpec health(int status) {
    return WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).build()
        .get().uri("/actuator/health/nexla").exchange()
        .expectStatus().isEqualTo(status)
        .expectBody();
  }

  @Test
  void healthFollowsNexlaGoingAwayAndComingBack() {
    health(200).jsonPath("$.status").isEqualTo("UP").jsonPath("$.details.reachable").isEqualTo(true)
        .jsonPath("$.details.tokenState").isEqualTo("VALID");
    assertThat(emulator.count("GET", "/users/current")).isPositive();

    emulator.close();
    health(503).jsonPath("$.status").isEqualTo("DOWN").jsonPath("$.details.reachable").isEqualTo(false)
        .jsonPath("$.details.reachabilityError").isEqualTo("NexlaTransportException");

    emulator = NexlaEmulator.builder().port(PORT).serviceKey(KEY).start();   // a new server: the old token is unknown
    health(200).jsonPath("$.status").isEqualTo("UP").jsonPath("$.details.reachable").isEqualTo(true);
    assertThat(emulator.count("GET", "/users/current")).isPositive();
  }

  @Test
  void aRejectedServiceKeyMakesTheIndicatorDownWithTheReason() {
    emulator.faults().on("POST", "/token").times(1).respond(Fault.status(401));
    StepVerifier.create(client.refreshAccessToken()).expectError(NexlaAuthenticationException.class).verify();

    health(503).jsonPath("$.status").isEqualTo("DOWN")
        .jsonPath("$.details.tokenState").isEqualTo("FAILED")
        .jsonPath("$.details.lastTokenFailure").isEqualTo("UnauthorizedException (HTTP 401)");
    StepVerifier.create(client.refreshAccessToken()).expectNextCount(1).verifyComplete();
    health(200).jsonPath("$.status").isEqualTo("UP");
  }
}
