package io.nexla.reactive.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.core.NexlaClientOptions;
import io.nexla.reactive.core.Secret;
import io.nexla.reactive.core.testing.RecordingTransport;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalyzedException;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.reactive.function.client.WebClient;

class NexlaAutoConfigurationTest {

  private static final String KEY = "svc-key-7d3a";
  private static final String TOKEN = "access-token-51fe";

  /** Blank NEXLA_* values override whatever the build's process environment holds; blank counts as unset. */
  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(NexlaAutoConfiguration.class))
      .withPropertyValues("NEXLA_SERVICE_KEY=", "NEXLA_ACCESS_TOKEN=", "NEXLA_API_URL=");

  /** The options of the auto-configured client. */
  private static NexlaClientOptions clientOptions(AssertableApplicationContext context) {
    assertThat(context).hasNotFailed();
    assertThat(context).hasSingleBean(NexlaClient.class);
    return context.getBean(NexlaClient.class).options();
  }

  @Test
  void noCredentialsMeansNoClientAndNoFailure() {
    runner.run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context).doesNotHaveBean(NexlaClient.class);
      assertThat(context).hasSingleBean(NexlaProperties.class);
    });
  }

  @Test
  void blankCredentialPropertiesCountAsUnset() {
    runner.withPropertyValues("nexla.service-key= ", "nexla.access-token=").run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context).doesNotHaveBean(NexlaClient.class);
    });
  }

  @Test
  void enabledWithoutCredentialsFailsWithClearMessage() {
    runner.withPropertyValues("nexla.enabled=true").run(context -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure()).rootCause()
          .isInstanceOf(FailureAnalyzedException.class)
          .hasMessageContaining("nexla.enabled is true, but no Nexla credential is configured");
      FailureAnalyzedException failure = (FailureAnalyzedException) rootCause(context.getStartupFailure());
      assertThat(failure.analysis().getAction()).contains("nexla.service-key", "NEXLA_SERVICE_KEY");
    });
  }

  @Test
  void disabledMeansNoClientEvenWithCredentials() {
    runner.withPropertyValues("nexla.enabled=false", "nexla.service-key=" + KEY).run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context).doesNotHaveBean(NexlaClient.class);
    });
  }

  @Test
  void bothCredentialsFailStartupWithoutRevealingThem() {
    runner.withPropertyValues("nexla.service-key=" + KEY, "nexla.access-token=" + TOKEN).run(context -> {
      assertThat(context).hasFailed();
      Throwable root = rootCause(context.getStartupFailure());
      assertThat(root).isInstanceOf(FailureAnalyzedException.class)
          .hasMessageContaining("Both nexla.service-key and nexla.access-token are set");
      assertThat(stackTraceText(context.getStartupFailure())).doesNotContain(KEY, TOKEN);
    });
  }

  @Test
  void invalidValuesFailStartupNamingTheProblem() {
    runner.withPropertyValues("nexla.service-key=" + KEY, "nexla.connect-timeout=0s").run(context -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure()).rootCause()
          .hasMessageContaining("connectTimeout must be positive");
      assertThat(rootCauseOfType(context.getStartupFailure(), FailureAnalyzedException.class).getMessage())
          .startsWith("Invalid Nexla client configuration: connectTimeout must be positive");
    });
    runner.withPropertyValues("nexla.service-key=" + KEY, "nexla.base-url=http://nexla.example.com/api")
        .run(context -> {
          assertThat(context).hasFailed();
          assertThat(rootCauseOfType(context.getStartupFailure(), FailureAnalyzedException.class).getMessage())
              .contains("Base URL must use https").contains("nexla.allow-insecure-http");
        });
    runner.withPropertyValues("nexla.service-key=" + KEY, "nexla.base-url=http://nexla.example.com/api",
            "nexla.allow-insecure-http=true")
        .run(context -> assertThat(clientOptions(context).baseUrl())
            .isEqualTo(URI.create("http://nexla.example.com/api")));
    runner.withPropertyValues("nexla.service-key=" + KEY, "nexla.max-response-size=3GB").run(context ->
        assertThat(rootCauseOfType(context.getStartupFailure(), FailureAnalyzedException.class).getMessage())
            .contains("nexla.max-response-size must be below 2GB"));
  }

  @Test
  void backsOffWhenTheApplicationDefinesItsOwnClient() {
    NexlaClient own =
        NexlaClient.of(new RecordingTransport(NexlaClientOptions.builder().accessToken("own-token").build()));
    runner.withPropertyValues("nexla.service-key=" + KEY)
        .withBean("ownClient", NexlaClient.class, () -> own)
        .run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(context).hasSingleBean(NexlaClient.class);
          assertThat(context.getBean(NexlaClient.class)).isSameAs(own);
        });
  }

  @Test
  void customizersApplyInOrderAfterThePropertiesForWhatPropertiesCannotSay() {
    Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    CircuitBreaker breaker = CircuitBreaker.ofDefaults("nexla-test");
    runner.withPropertyValues("nexla.service-key=" + KEY, "nexla.max-connections=10")
        .withBean("second", NexlaClientBuilderCustomizer.class, () -> new OrderedCustomizer(2,
            builder -> builder.maxConnections(30)))
        .withBean("first", NexlaClientBuilderCustomizer.class, () -> new OrderedCustomizer(1,
            builder -> builder.maxConnections(20).clock(clock).circuitBreaker(breaker)))
        .run(context -> {
          NexlaClientOptions options = clientOptions(context);
          assertThat(options.maxConnections()).isEqualTo(30);
          assertThat(options.clock()).isSameAs(clock);
          assertThat(options.circuitBreaker()).containsSame(breaker);
        });
  }

  @Test
  void aCustomizerThatBreaksTheConfigurationFailsStartupClearly() {
    runner.withPropertyValues("nexla.service-key=" + KEY)
        .withBean(NexlaClientBuilderCustomizer.class, () -> builder -> builder.accessToken(TOKEN))
        .run(context -> {
          assertThat(context).hasFailed();
          assertThat(rootCauseOfType(context.getStartupFailure(), FailureAnalyzedException.class).getMessage())
              .startsWith("Invalid Nexla client configuration")
              .doesNotContain(KEY, TOKEN);
        });
  }

  private record OrderedCustomizer(int order, NexlaClientBuilderCustomizer delegate)
      implements NexlaClientBuilderCustomizer, Ordered {
    @Override
    public void customize(NexlaClient.Builder builder) {
      delegate.customize(builder);
    }

    @Override
    public int getOrder() {
      return order;
    }
  }

  @Test
  void defaultsAreTheClientBuilderDefaults() {
    NexlaClientOptions library = NexlaClientOptions.builder().serviceKey(KEY).build();
    runner.withPropertyValues("nexla.service-key=" + KEY).run(context -> {
      NexlaClientOptions options = clientOptions(context);
      assertThat(options.serviceKey()).contains(Secret.of(KEY, "k"));
      assertThat(options.accessToken()).isEmpty();
      assertThat(options.baseUrl()).isEqualTo(library.baseUrl());
      assertThat(options.apiVersion()).isEqualTo(library.apiVersion());
      assertThat(options.connectTimeout()).isEqualTo(library.connectTimeout());
      assertThat(options.responseTimeout()).isEqualTo(library.responseTimeout());
      assertThat(options.tokenRefreshMargin()).isEqualTo(library.tokenRefreshMargin());
      assertThat(options.maxConnections()).isEqualTo(library.maxConnections());
      assertThat(options.maxIdleTime()).isEqualTo(library.maxIdleTime());
      assertThat(options.maxResponseBytes()).isEqualTo(library.maxResponseBytes());
      assertThat(options.userAgent()).isEqualTo(library.userAgent());
      assertThat(options.retry()).hasToString(library.retry().toString());
      assertThat(options.paging()).hasToString(library.paging().toString());
      assertThat(options.polling()).hasToString(library.polling().toString());
      assertThat(options.rateLimiter()).isEmpty();
      assertThat(options.webClientBuilder()).isEmpty();
      assertThat(options.observationRegistry()).isSameAs(ObservationRegistry.NOOP);
    });
  }

  @Test
  void connectionAndProtocolPropertiesAreMapped() {
    runner.withPropertyValues(
        "nexla.access-token=" + TOKEN,
        "nexla.base-url=https://nexla.example.com/nexla-api/",
        "nexla.api-version=v2",
        "nexla.connect-timeout=3s",
        "nexla.response-timeout=1m",
        "nexla.token-refresh-margin=90s",
        "nexla.max-connections=12",
        "nexla.max-idle-time=20s",
        "nexla.max-response-size=2MB",
        "nexla.user-agent-suffix=orders-service/1.2").run(context -> {
          NexlaClientOptions options = clientOptions(context);
          assertThat(options.accessToken()).contains(Secret.of(TOKEN, "t"));
          assertThat(options.serviceKey()).isEmpty();
          assertThat(options.baseUrl()).isEqualTo(URI.create("https://nexla.example.com/nexla-api"));
          assertThat(options.acceptMediaType()).isEqualTo("application/vnd.nexla.api.v2+json");
          assertThat(options.connectTimeout()).isEqualTo(Duration.ofSeconds(3));
          assertThat(options.responseTimeout()).isEqualTo(Duration.ofMinutes(1));
          assertThat(options.tokenRefreshMargin()).isEqualTo(Duration.ofSeconds(90));
          assertThat(options.maxConnections()).isEqualTo(12);
          assertThat(options.maxIdleTime()).isEqualTo(Duration.ofSeconds(20));
          assertThat(options.maxResponseBytes()).isEqualTo(2 * 1024 * 1024);
          assertThat(options.userAgent()).endsWith(" orders-service/1.2").startsWith("nexla-reactive/");
        });
  }

  @Test
  void retryPropertiesAreMapped() {
    runner.withPropertyValues(
        "nexla.service-key=" + KEY,
        "nexla.retry.max-attempts=7",
        "nexla.retry.base-delay=250ms",
        "nexla.retry.max-delay=3s",
        "nexla.retry.jitter=0.5",
        "nexla.retry.max-server-delay=15s",
        "nexla.retry.total-budget=45s").run(context -> {
          var retry = clientOptions(context).retry();
          assertThat(retry.maxAttempts()).isEqualTo(7);
          assertThat(retry.baseDelay()).isEqualTo(Duration.ofMillis(250));
          assertThat(retry.maxDelay()).isEqualTo(Duration.ofSeconds(3));
          assertThat(retry.jitter()).isEqualTo(0.5);
          assertThat(retry.maxServerDelay()).isEqualTo(Duration.ofSeconds(15));
          assertThat(retry.totalBudget()).isEqualTo(Duration.ofSeconds(45));
        });
  }

  @Test
  void rateLimitPropertiesCreateARateLimiter() {
    runner.withPropertyValues(
        "nexla.service-key=" + KEY,
        "nexla.rate-limit.limit-for-period=25",
        "nexla.rate-limit.refresh-period=2s",
        "nexla.rate-limit.timeout=250ms").run(context -> {
          RateLimiter limiter = clientOptions(context).rateLimiter().orElseThrow();
          assertThat(limiter.getName()).isEqualTo("nexla");
          assertThat(limiter.getRateLimiterConfig().getLimitForPeriod()).isEqualTo(25);
          assertThat(limiter.getRateLimiterConfig().getLimitRefreshPeriod()).isEqualTo(Duration.ofSeconds(2));
          assertThat(limiter.getRateLimiterConfig().getTimeoutDuration()).isEqualTo(Duration.ofMillis(250));
          assertThat(limiter.getMetrics().getAvailablePermissions()).isEqualTo(25);
        });
  }

  @Test
  void pagingAndPollingPropertiesAreMapped() {
    runner.withPropertyValues(
        "nexla.service-key=" + KEY,
        "nexla.paging.page-size=500",
        "nexla.paging.prefetch-pages=2",
        "nexla.polling.interval=2s",
        "nexla.polling.max-interval=20s",
        "nexla.polling.backoff-multiplier=2.0",
        "nexla.polling.poll-timeout=10s",
        "nexla.polling.total-timeout=1h").run(context -> {
          NexlaClientOptions options = clientOptions(context);
          assertThat(options.paging().pageSize()).isEqualTo(500);
          assertThat(options.paging().prefetchPages()).isEqualTo(2);
          assertThat(options.polling().interval()).isEqualTo(Duration.ofSeconds(2));
          assertThat(options.polling().maxInterval()).isEqualTo(Duration.ofSeconds(20));
          assertThat(options.polling().backoffMultiplier()).isEqualTo(2.0);
          assertThat(options.polling().pollTimeout()).isEqualTo(Duration.ofSeconds(10));
          assertThat(options.polling().totalTimeout()).isEqualTo(Duration.ofHours(1));
        });
  }

  @Test
  void credentialsAndBaseUrlFallBackToTheNexlaEnvironmentVariables() {
    runner.withPropertyValues("NEXLA_SERVICE_KEY=" + KEY, "NEXLA_ACCESS_TOKEN=" + TOKEN,
        "NEXLA_API_URL=http://127.0.0.1:8089/nexla-api").run(context -> {
          NexlaClientOptions options = clientOptions(context);
          assertThat(options.serviceKey()).contains(Secret.of(KEY, "k"));
          assertThat(options.accessToken()).isEmpty();
          assertThat(options.baseUrl()).isEqualTo(URI.create("http://127.0.0.1:8089/nexla-api"));
        });
    runner.withPropertyValues("NEXLA_ACCESS_TOKEN=" + TOKEN).run(context ->
        assertThat(clientOptions(context).accessToken()).contains(Secret.of(TOKEN, "t")));
  }

  @Test
  void propertiesWinOverTheNexlaEnvironmentVariables() {
    runner.withPropertyValues("nexla.access-token=" + TOKEN, "NEXLA_SERVICE_KEY=" + KEY,
        "nexla.base-url=https://a.example.com/api", "NEXLA_API_URL=https://b.example.com/api").run(context -> {
          NexlaClientOptions options = clientOptions(context);
          assertThat(options.accessToken()).contains(Secret.of(TOKEN, "t"));
          assertThat(options.serviceKey()).isEmpty();
          assertThat(options.baseUrl()).isEqualTo(URI.create("https://a.example.com/api"));
        });
  }

  @Test
  void usesTheApplicationsWebClientBuilderAndObservationRegistry() {
    WebClient.Builder webClientBuilder = WebClient.builder();
    TestObservationRegistry registry = TestObservationRegistry.create();
    runner.withPropertyValues("nexla.service-key=" + KEY)
        .withBean(WebClient.Builder.class, () -> webClientBuilder)
        .withBean(ObservationRegistry.class, () -> registry)
        .run(context -> {
          NexlaClientOptions options = clientOptions(context);
          assertThat(options.webClientBuilder()).containsSame(webClientBuilder);
          assertThat(options.observationRegistry()).isSameAs(registry);
        });
  }

  @Test
  void ambiguousWebClientBuildersAreIgnored() {
    runner.withPropertyValues("nexla.service-key=" + KEY)
        .withBean("first", WebClient.Builder.class, WebClient::builder)
        .withBean("second", WebClient.Builder.class, WebClient::builder)
        .run(context -> assertThat(clientOptions(context).webClientBuilder()).isEmpty());
  }

  @Test
  void clientIsCreatedFromEnvironmentCredentialsAloneAndClosedWithTheContext() {
    runner.withPropertyValues("NEXLA_ACCESS_TOKEN=" + TOKEN).run(context -> {
      assertThat(clientOptions(context).accessToken()).contains(Secret.of(TOKEN, "t"));
      assertThat(context.getBeanFactory().getBeanDefinition("nexlaClient").getDestroyMethodName())
          .isEqualTo("close");
    });
  }

  @Test
  void enabledWithCredentialsCreatesTheClient() {
    runner.withPropertyValues("nexla.enabled=true", "nexla.service-key=" + KEY)
        .run(context -> assertThat(clientOptions(context).serviceKey()).contains(Secret.of(KEY, "k")));
  }

  @Test
  void clientIsEnabledByCredentialsFromAnySourceOrByTheEnabledProperty() {
    ApplicationContextRunner probe = new ApplicationContextRunner()
        .withUserConfiguration(EnabledProbe.class)
        .withPropertyValues("NEXLA_SERVICE_KEY=", "NEXLA_ACCESS_TOKEN=");
    probe.run(context -> assertThat(context).doesNotHaveBean("probe"));
    for (String setting : new String[] {"nexla.service-key=" + KEY, "nexla.access-token=" + TOKEN,
        "NEXLA_SERVICE_KEY=" + KEY, "NEXLA_ACCESS_TOKEN=" + TOKEN, "nexla.enabled=true"}) {
      probe.withPropertyValues(setting).run(context -> assertThat(context).as(setting).hasBean("probe"));
    }
    probe.withPropertyValues("nexla.enabled=false", "nexla.service-key=" + KEY)
        .run(context -> assertThat(context).doesNotHaveBean("probe"));
  }

  @Configuration(proxyBeanMethods = false)
  @Conditional(OnNexlaClientEnabledCondition.class)
  static class EnabledProbe {
    @Bean
    String probe() {
      return "enabled";
    }
  }

  private static Throwable rootCause(Throwable failure) {
    Throwable t = failure;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t;
  }

  private static <T extends Throwable> T rootCauseOfType(Throwable failure, Class<T> type) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    throw new AssertionError("no " + type.getSimpleName() + " in " + failure);
  }

  private static String stackTraceText(Throwable failure) {
    java.io.StringWriter out = new java.io.StringWriter();
    failure.printStackTrace(new java.io.PrintWriter(out));
    return out.toString();
  }
}
