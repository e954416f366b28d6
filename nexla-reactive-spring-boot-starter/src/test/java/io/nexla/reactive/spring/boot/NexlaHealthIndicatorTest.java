package io.nexla.reactive.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.core.http.ClientHealth.TokenState;
import io.nexla.reactive.core.http.ClientHealth;
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

class NexlaHealthIndicatorTest {

  private static final Instant EXPIRY = Instant.parse("2026-11-21T16:00:00Z");

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(NexlaAutoConfiguration.class, NexlaHealthAutoConfiguration.class))
      .withPropertyValues("NEXLA_SERVICE_KEY=", "NEXLA_ACCESS_TOKEN=");

  private void withHealth(FakeTransport transport, Consumer<Health> assertions) {
    runner.withBean(NexlaClient.class, () -> NexlaClient.of(transport)).run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context).hasSingleBean(NexlaHealthIndicator.class);
      assertThat(context).hasBean("nexlaHealthIndicator");
      Health health = context.getBean(NexlaHealthIndicator.class).health().block(Duration.ofSeconds(10));
      assertThat(health.toString()).doesNotContain(FakeTransport.SERVICE_KEY, FakeTransport.ACCESS_TOKEN);
      assertions.accept(health);
    });
  }

  @Test
  void upBeforeTheFirstTokenWithAuthenticationAndRedactedBaseUrl() {
    withHealth(FakeTransport.withServiceKey(), health -> {
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
    FakeTransport transport = FakeTransport.withAccessToken()
        .health(new ClientHealth(TokenState.VALID, EXPIRY, 0, "OPEN"));
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
    withHealth(FakeTransport.withServiceKey().health(new ClientHealth(TokenState.REFRESH_DUE, EXPIRY, null, null)),
        health -> assertThat(health.getStatus()).isEqualTo(Status.UP));
  }

  @Test
  void downWhenObtainingATokenFailed() {
    withHealth(FakeTransport.withServiceKey().health(new ClientHealth(TokenState.FAILED, null, 5, "CLOSED")),
        health -> {
          assertThat(health.getStatus()).isEqualTo(Status.DOWN);
          assertThat(health.getDetails()).containsEntry("tokenState", "FAILED")
              .containsEntry("circuitBreaker", "CLOSED").containsEntry("rateLimitPermits", 5);
        });
  }

  @Test
  void downWhenADirectAccessTokenExpired() {
    withHealth(FakeTransport.withAccessToken().health(new ClientHealth(TokenState.EXPIRED, EXPIRY, null, null)),
        health -> assertThat(health.getStatus()).isEqualTo(Status.DOWN));
  }

  @Test
  void upWhenAServiceKeyTokenExpiredBecauseTheNextCallRefreshesIt() {
    withHealth(FakeTransport.withServiceKey().health(new ClientHealth(TokenState.EXPIRED, EXPIRY, null, null)),
        health -> {
          assertThat(health.getStatus()).isEqualTo(Status.UP);
          assertThat(health.getDetails()).containsEntry("tokenState", "EXPIRED");
        });
  }

  @Test
  void downWithOnlyTheErrorTypeWhenTheSnapshotFails() {
    FakeTransport transport = FakeTransport.withServiceKey()
        .healthFails(new IllegalStateException("token " + FakeTransport.ACCESS_TOKEN));
    withHealth(transport, health -> {
      assertThat(health.getStatus()).isEqualTo(Status.DOWN);
      assertThat(health.getDetails()).containsEntry("error", IllegalStateException.class.getName());
    });
  }

  @Test
  void noIndicatorWithoutHealthSupportOnTheClasspath() {
    runner.withClassLoader(new FilteredClassLoader(HealthIndicator.class))
        .withBean(NexlaClient.class, () -> NexlaClient.of(FakeTransport.withServiceKey()))
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
        .withBean(NexlaClient.class, () -> NexlaClient.of(FakeTransport.withServiceKey()))
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(NexlaHealthIndicator.class));
  }

  @Test
  void noIndicatorWithTwoClients() {
    runner.withBean("first", NexlaClient.class, () -> NexlaClient.of(FakeTransport.withServiceKey()))
        .withBean("second", NexlaClient.class, () -> NexlaClient.of(FakeTransport.withAccessToken()))
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(NexlaHealthIndicator.class));
  }

  @Test
  void backsOffForTheApplicationsOwnIndicator() {
    HealthIndicator own = () -> Health.up().build();
    runner.withBean(NexlaClient.class, () -> NexlaClient.of(FakeTransport.withServiceKey()))
        .withBean("nexlaHealthIndicator", HealthIndicator.class, () -> own)
        .run(context -> {
          assertThat(context).hasNotFailed().doesNotHaveBean(NexlaHealthIndicator.class);
          assertThat(context.getBean("nexlaHealthIndicator")).isSameAs(own);
        });
  }
}
