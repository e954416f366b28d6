package io.nexla.reactive.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.core.NexlaClientOptions;
import io.nexla.reactive.core.http.ClientHealth.TokenState;
import io.nexla.reactive.core.http.ClientHealth;
import io.nexla.reactive.core.testing.RecordingTransport;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import reactor.core.publisher.Mono;

class NexlaHealthIndicatorTest {

  private static final Instant EXPIRY = Instant.parse("2026-11-21T16:00:00Z");
  private static final String SERVICE_KEY = "fake-service-key-4f1c";
  private static final String ACCESS_TOKEN = "fake-access-token-9b2e";

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(NexlaAutoConfiguration.class, NexlaHealthAutoConfiguration.class))
      .withPropertyValues("NEXLA_SERVICE_KEY=", "NEXLA_ACCESS_TOKEN=");

  /** Sends nothing: the indicator reads the transport's local state only. */
  private static RecordingTransport withServiceKey() {
    return sendingNothing(NexlaClientOptions.builder().serviceKey(SERVICE_KEY)
        .baseUrl("https://user:pw@nexla.example.com/nexla-api?secret=1").build());
  }

  private static RecordingTransport withAccessToken() {
    return sendingNothing(NexlaClientOptions.builder().accessToken(ACCESS_TOKEN).build());
  }

  private static RecordingTransport sendingNothing(NexlaClientOptions options) {
    return new RecordingTransport(options)
        .respond(r -> Mono.error(new IllegalStateException("no network in this test")));
  }

  private void withHealth(RecordingTransport transport, Consumer<Health> assertions) {
    runner.withBean(NexlaClient.class, () -> NexlaClient.of(transport)).run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context).hasSingleBean(NexlaHealthIndicator.class);
      assertThat(context).hasBean("nexlaHealthIndicator");
      Health health = context.getBean(NexlaHealthIndicator.class).health().block(Duration.ofSeconds(10));
      assertThat(health.toString()).doesNotContain(SERVICE_KEY, ACCESS_TOKEN);
      assertions.accept(health);
    });
  }

  @Test
  void upBeforeTheFirstTokenWithAuthenticationAndRedactedBaseUrl() {
    withHealth(withServiceKey(), health -> {
      assertThat(health.getStatus()).isEqualTo(Status.UP);
      assertThat(health.getDetails())
          .containsEntry("authentication", "service-key")
          .containsEntry("baseUrl", "https://nexla.example.com/nexla-api")
          .containsEntry("tokenState", "NONE")
          .doesNotContainKeys("tokenExpiresAt", "circuitBreaker", "rateLimitPermits");
    });
  }

  @Test
  void upWithTokenCircuitBreakerAndRateLimitDetails() {
    RecordingTransport transport = withAccessToken()
        .health(() -> new ClientHealth(TokenState.VALID, EXPIRY, 0, "OPEN"));
    withHealth(transport, health -> {
      assertThat(health.getStatus()).isEqualTo(Status.UP);
      assertThat(health.getDetails())
          .containsEntry("authentication", "access-token")
          .containsEntry("baseUrl", "https://dataops.nexla.io/nexla-api")
          .containsEntry("tokenState", "VALID")
          .containsEntry("tokenExpiresAt", "2026-11-21T16:00:00Z")
          .containsEntry("circuitBreaker", "OPEN")
          .containsEntry("rateLimitPermits", 0);
    });
  }

  @Test
  void upWhileARefreshIsDue() {
    withHealth(withServiceKey().health(() -> new ClientHealth(TokenState.REFRESH_DUE, EXPIRY, null, null)),
        health -> assertThat(health.getStatus()).isEqualTo(Status.UP));
  }

  @Test
  void downWhenObtainingATokenFailed() {
    withHealth(withServiceKey().health(() -> new ClientHealth(TokenState.FAILED, null, 5, "CLOSED")),
        health -> {
          assertThat(health.getStatus()).isEqualTo(Status.DOWN);
          assertThat(health.getDetails()).containsEntry("tokenState", "FAILED")
              .containsEntry("circuitBreaker", "CLOSED").containsEntry("rateLimitPermits", 5);
        });
  }

  @Test
  void downWhenADirectAccessTokenExpired() {
    withHealth(withAccessToken().health(() -> new ClientHealth(TokenState.EXPIRED, EXPIRY, null, null)),
        health -> assertThat(health.getStatus()).isEqualTo(Status.DOWN));
  }

  @Test
  void upWhenAServiceKeyTokenExpiredBecauseTheNextCallRefreshesIt() {
    withHealth(withServiceKey().health(() -> new ClientHealth(TokenState.EXPIRED, EXPIRY, null, null)),
        health -> {
          assertThat(health.getStatus()).isEqualTo(Status.UP);
          assertThat(health.getDetails()).containsEntry("tokenState", "EXPIRED");
        });
  }

  @Test
  void downWithOnlyTheErrorTypeWhenTheSnapshotFails() {
    RecordingTransport transport = withServiceKey()
        .health(() -> {
          throw new IllegalStateException("token " + ACCESS_TOKEN);
        });
    withHealth(transport, health -> {
      assertThat(health.getStatus()).isEqualTo(Status.DOWN);
      assertThat(health.getDetails()).containsEntry("error", IllegalStateException.class.getName());
    });
  }

  @Test
  void noIndicatorWithoutHealthSupportOnTheClasspath() {
    runner.withClassLoader(new FilteredClassLoader(HealthIndicator.class))
        .withBean(NexlaClient.class, () -> NexlaClient.of(withServiceKey()))
        .run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(context).hasSingleBean(NexlaClient.class);
          assertThat(context).doesNotHaveBean(NexlaHealthIndicator.class);
        });
  }

  @Test
  void noIndicatorWithoutAClientOrWhenDisabled() {
    runner.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(NexlaHealthIndicator.class));
    runner.withPropertyValues("management.health.nexla.enabled=false")
        .withBean(NexlaClient.class, () -> NexlaClient.of(withServiceKey()))
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(NexlaHealthIndicator.class));
  }

  @Test
  void noIndicatorWithTwoClients() {
    runner.withBean("first", NexlaClient.class, () -> NexlaClient.of(withServiceKey()))
        .withBean("second", NexlaClient.class, () -> NexlaClient.of(withAccessToken()))
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(NexlaHealthIndicator.class));
  }

  @Test
  void backsOffForTheApplicationsOwnIndicator() {
    HealthIndicator own = () -> Health.up().build();
    runner.withBean(NexlaClient.class, () -> NexlaClient.of(withServiceKey()))
        .withBean("nexlaHealthIndicator", HealthIndicator.class, () -> own)
        .run(context -> {
          assertThat(context).hasNotFailed().doesNotHaveBean(NexlaHealthIndicator.class);
          assertThat(context.getBean("nexlaHealthIndicator")).isSameAs(own);
        });
  }
}
