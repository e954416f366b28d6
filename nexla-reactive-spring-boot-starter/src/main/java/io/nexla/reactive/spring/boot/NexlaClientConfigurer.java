package io.nexla.reactive.spring.boot;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.micrometer.observation.ObservationRegistry;
import io.nexla.reactive.core.NexlaClientOptions;
import io.nexla.reactive.core.paging.PagingOptions;
import io.nexla.reactive.core.polling.PollOptions;
import io.nexla.reactive.core.retry.RetryOptions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.diagnostics.FailureAnalyzedException;
import org.springframework.core.env.Environment;
import org.springframework.web.reactive.function.client.WebClient;

/** Applies {@link NexlaProperties} and the application's beans to a client builder. */
final class NexlaClientConfigurer {

  static final String ENABLED = "nexla.enabled";
  static final String SERVICE_KEY = "nexla.service-key";
  static final String ACCESS_TOKEN = "nexla.access-token";
  static final String RATE_LIMITER_NAME = "nexla";

  private NexlaClientConfigurer() {}

  /**
   * Configures {@code builder} from {@code properties}; credentials and base URL not set there come from the
   * {@code NEXLA_*} variables of {@code environment} (which includes the process environment), with the
   * precedence of {@link NexlaClientOptions.AbstractBuilder#fromEnvironment(Map)}.
   *
   * @throws FailureAnalyzedException when both credentials are set, no credential is found, or a value is invalid
   */
  static <B extends NexlaClientOptions.AbstractBuilder<B>> B configure(
      B builder,
      NexlaProperties properties,
      Environment environment,
      ObjectProvider<WebClient.Builder> webClientBuilder,
      ObjectProvider<ObservationRegistry> observationRegistry) {
    String serviceKey = text(properties.getServiceKey());
    String accessToken = text(properties.getAccessToken());
    if (serviceKey != null && accessToken != null) {
      throw new FailureAnalyzedException(
          "Both " + SERVICE_KEY + " and " + ACCESS_TOKEN + " are set, but the Nexla client authenticates with"
              + " exactly one of them.",
          "Remove " + SERVICE_KEY + " (to use the access token) or " + ACCESS_TOKEN + " (to use the service key).");
    }
    Credentials credentials = Credentials.from(environment);
    if (!credentials.any()) {
      throw new FailureAnalyzedException(
          ENABLED + " is true, but no Nexla credential is configured.",
          "Set " + SERVICE_KEY + " or " + ACCESS_TOKEN + " (or the " + NexlaClientOptions.ENV_SERVICE_KEY + " / "
              + NexlaClientOptions.ENV_ACCESS_TOKEN + " environment variable), or remove " + ENABLED + "=true.");
    }
    return valid(() -> {
      if (serviceKey != null) {
        builder.serviceKey(serviceKey);
      }
      if (accessToken != null) {
        builder.accessToken(accessToken);
      }
      builder.fromEnvironment(nexlaEnvironment(environment));
      if (properties.getBaseUrl() != null) {
        builder.baseUrl(properties.getBaseUrl());
      }
      if (properties.isAllowInsecureHttp()) {
        builder.allowInsecureHttp();
      }
      builder.apiVersion(properties.getApiVersion())
          .connectTimeout(properties.getConnectTimeout())
          .responseTimeout(properties.getResponseTimeout())
          .tokenRefreshMargin(properties.getTokenRefreshMargin())
          .maxConnections(properties.getMaxConnections())
          .maxIdleTime(properties.getMaxIdleTime())
          .maxResponseBytes(toBytes(properties))
          .retry(retry(properties.getRetry()))
          .paging(paging(properties.getPaging()))
          .polling(polling(properties.getPolling()));
      String suffix = text(properties.getUserAgentSuffix());
      if (suffix != null) {
        builder.userAgentSuffix(suffix);
      }
      RateLimiter rateLimiter = rateLimiter(properties.getRateLimit());
      if (rateLimiter != null) {
        builder.rateLimiter(rateLimiter);
      }
      webClientBuilder.ifUnique(builder::webClientBuilder);
      observationRegistry.ifUnique(builder::observationRegistry);
      return builder;
    });
  }

  /**
   * Runs {@code step} (configuring or building a client), turning the builder's validation errors into a startup
   * failure that names the properties.
   */
  static <T> T valid(Supplier<T> step) {
    try {
      return step.get();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new FailureAnalyzedException(
          "Invalid Nexla client configuration: " + e.getMessage(),
          "Correct the nexla.* properties (see the nexla-reactive-spring-boot-starter README for their meaning).",
          e);
    }
  }

  private static Map<String, String> nexlaEnvironment(Environment environment) {
    Map<String, String> values = new HashMap<>();
    for (String name : List.of(NexlaClientOptions.ENV_SERVICE_KEY, NexlaClientOptions.ENV_ACCESS_TOKEN,
        NexlaClientOptions.ENV_API_URL)) {
      String value = text(environment.getProperty(name));
      if (value != null) {
        values.put(name, value);
      }
    }
    return values;
  }

  private static int toBytes(NexlaProperties properties) {
    long bytes = properties.getMaxResponseSize().toBytes();
    if (bytes > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("nexla.max-response-size must be below 2GB");
    }
    return (int) bytes;
  }

  private static RetryOptions retry(NexlaRetryProperties retry) {
    return RetryOptions.builder()
        .maxAttempts(retry.getMaxAttempts())
        .baseDelay(retry.getBaseDelay())
        .maxDelay(retry.getMaxDelay())
        .jitter(retry.getJitter())
        .maxServerDelay(retry.getMaxServerDelay())
        .totalBudget(retry.getTotalBudget())
        .build();
  }

  private static PagingOptions paging(NexlaProperties.Paging paging) {
    return PagingOptions.builder()
        .pageSize(paging.getPageSize())
        .prefetchPages(paging.getPrefetchPages())
        .build();
  }

  private static PollOptions polling(NexlaPollingProperties polling) {
    return PollOptions.builder()
        .interval(polling.getInterval())
        .maxInterval(polling.getMaxInterval())
        .backoffMultiplier(polling.getBackoffMultiplier())
        .pollTimeout(polling.getPollTimeout())
        .totalTimeout(polling.getTotalTimeout())
        .build();
  }

  private static @Nullable RateLimiter rateLimiter(NexlaProperties.RateLimit rateLimit) {
    Integer limit = rateLimit.getLimitForPeriod();
    if (limit == null) {
      return null;
    }
    RateLimiterConfig config = RateLimiterConfig.custom()
        .limitForPeriod(limit)
        .limitRefreshPeriod(rateLimit.getRefreshPeriod())
        .timeoutDuration(rateLimit.getTimeout())
        .build();
    return RateLimiter.of(RATE_LIMITER_NAME, config);
  }

  private static @Nullable String text(@Nullable String value) {
    return value == null || value.isBlank() ? null : value;
  }

  /** Which credentials are configured; holds names only, never values. */
  record Credentials(List<String> sources) {

    static Credentials from(Environment environment) {
      Binder binder = Binder.get(environment);
      List<String> sources = new ArrayList<>();
      for (String property : List.of(SERVICE_KEY, ACCESS_TOKEN)) {
        if (binder.bind(property, String.class).map(NexlaClientConfigurer::text).isBound()) {
          sources.add(property);
        }
      }
      for (String variable : List.of(NexlaClientOptions.ENV_SERVICE_KEY, NexlaClientOptions.ENV_ACCESS_TOKEN)) {
        if (text(environment.getProperty(variable)) != null) {
          sources.add(variable);
        }
      }
      return new Credentials(List.copyOf(sources));
    }

    boolean any() {
      return !sources.isEmpty();
    }
  }
}
