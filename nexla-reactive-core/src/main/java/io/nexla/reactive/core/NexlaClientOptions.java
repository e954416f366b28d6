package io.nexla.reactive.core;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.nexla.reactive.core.observation.NexlaOperationObservationConvention;
import io.nexla.reactive.core.paging.PagingOptions;
import io.nexla.reactive.core.polling.PollOptions;
import io.nexla.reactive.core.retry.PermitSource;
import io.nexla.reactive.core.retry.RetryOptions;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.scheduler.Scheduler;
import reactor.netty.http.client.HttpClient;

/**
 * Immutable, thread-safe configuration of a Nexla client. Build one per application and share it.
 *
 * <p>Credentials: exactly one of a service key (exchanged for access tokens with {@code POST /token}, refreshed
 * automatically) or a direct access token (never refreshed). With neither given explicitly,
 * {@link AbstractBuilder#fromEnvironment(Map)} reads {@code NEXLA_SERVICE_KEY}, then {@code NEXLA_ACCESS_TOKEN},
 * and {@code NEXLA_API_URL} for the base URL.
 *
 * <p>{@link #toString()} never shows a secret.
 */
public final class NexlaClientOptions {

  public static final String DEFAULT_BASE_URL = "https://dataops.nexla.io/nexla-api";
  public static final String DEFAULT_API_VERSION = "v1";
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
  public static final Duration DEFAULT_RESPONSE_TIMEOUT = Duration.ofSeconds(30);
  public static final Duration DEFAULT_TOKEN_REFRESH_MARGIN = Duration.ofMinutes(5);
  /** Idle pooled connections are closed after this, below common load-balancer idle timeouts (60 s). */
  public static final Duration DEFAULT_MAX_IDLE_TIME = Duration.ofSeconds(45);
  public static final int DEFAULT_MAX_CONNECTIONS = 500;
  public static final int DEFAULT_MAX_RESPONSE_BYTES = 16 * 1024 * 1024;
  /** No limit on a download's size unless one is configured. */
  public static final long UNLIMITED_DOWNLOAD_BYTES = Long.MAX_VALUE;

  public static final String ENV_SERVICE_KEY = "NEXLA_SERVICE_KEY";
  public static final String ENV_ACCESS_TOKEN = "NEXLA_ACCESS_TOKEN";
  public static final String ENV_API_URL = "NEXLA_API_URL";

  /** Library version, from the build. */
  public static final String VERSION = readVersion();

  private final @Nullable Secret serviceKey;
  private final @Nullable Secret accessToken;
  private final @Nullable CredentialSource credentialSource;
  private final URI baseUrl;
  private final String apiVersion;
  private final Duration connectTimeout;
  private final Duration responseTimeout;
  /** Sent on every request: built once. */
  private final String acceptMediaType;
  private final Duration tokenRefreshMargin;
  private final Duration maxIdleTime;
  private final int maxConnections;
  private final int maxResponseBytes;
  private final long maxDownloadBytes;
  private final String userAgent;
  private final WebClient.@Nullable Builder webClientBuilder;
  private final Clock clock;
  private final Scheduler scheduler;
  private final RetryOptions retry;
  private final RetryRegistry retryRegistry;
  private final PagingOptions paging;
  private final PollOptions polling;
  private final @Nullable RateLimiter rateLimiter;
  private final @Nullable PermitSource permitSource;
  private final ObservationRegistry observationRegistry;
  private final @Nullable NexlaOperationObservationConvention observationConvention;
  private final @Nullable MeterRegistry meterRegistry;
  private final @Nullable CircuitBreaker circuitBreaker;
  private final ProxyOptions proxy;
  private final @Nullable TlsOptions tls;
  private final UnaryOperator<HttpClient> httpClientCustomizer;

  NexlaClientOptions(NexlaClientOptionsBuilder<?> b, @Nullable Secret key, @Nullable Secret token, URI url,
      ProxyOptions proxy) {
    this.serviceKey = key;
    this.accessToken = token;
    this.credentialSource = b.credentialSource;
    this.baseUrl = url;
    this.apiVersion = b.apiVersion;
    this.acceptMediaType = "application/vnd.nexla.api." + apiVersion + "+json";
    this.connectTimeout = b.connectTimeout;
    this.responseTimeout = b.responseTimeout;
    this.tokenRefreshMargin = b.tokenRefreshMargin;
    this.maxIdleTime = b.maxIdleTime;
    this.maxConnections = b.maxConnections;
    this.maxResponseBytes = b.maxResponseBytes;
    this.maxDownloadBytes = b.maxDownloadBytes;
    this.userAgent = b.userAgentSuffix == null ? "nexla-reactive/" + VERSION
        : "nexla-reactive/" + VERSION + " " + b.userAgentSuffix;
    this.webClientBuilder = b.webClientBuilder;
    this.clock = b.clock;
    this.scheduler = b.scheduler;
    this.retry = b.retry;
    this.retryRegistry = b.retryRegistry != null ? b.retryRegistry : RetryRegistry.ofDefaults();
    this.paging = b.paging;
    this.polling = b.polling;
    this.rateLimiter = b.rateLimiter;
    this.permitSource = b.permitSource;
    this.observationRegistry = b.observationRegistry;
    this.observationConvention = b.observationConvention;
    this.meterRegistry = b.meterRegistry;
    this.circuitBreaker = b.circuitBreaker;
    this.proxy = proxy;
    this.tls = b.tls;
    this.httpClientCustomizer = b.httpClientCustomizer;
  }

  /** A builder of plain options (applications normally use {@code NexlaClient.builder()}). */
  public static Builder builder() {
    return new Builder();
  }

  /** The service key, if this client authenticates with one. */
  public Optional<Secret> serviceKey() {
    return Optional.ofNullable(serviceKey);
  }

  /** The direct access token, if this client uses one. */
  public Optional<Secret> accessToken() {
    return Optional.ofNullable(accessToken);
  }

  /** The source credentials are read from, when given instead of a fixed service key or access token. */
  public Optional<CredentialSource> credentialSource() {
    return Optional.ofNullable(credentialSource);
  }

  /** Base URL without a trailing slash, e.g. {@code https://dataops.nexla.io/nexla-api}. */
  public URI baseUrl() {
    return baseUrl;
  }

  public String apiVersion() {
    return apiVersion;
  }

  /** {@code Accept} header value: {@code application/vnd.nexla.api.<version>+json}. */
  public String acceptMediaType() {
    return acceptMediaType;
  }

  public Duration connectTimeout() {
    return connectTimeout;
  }

  /** Time allowed between sending a request and receiving its response, per attempt. */
  public Duration responseTimeout() {
    return responseTimeout;
  }

  /** A token is refreshed this long before it expires (capped at 10% of its lifetime for short tokens). */
  public Duration tokenRefreshMargin() {
    return tokenRefreshMargin;
  }

  /** Idle pooled connections are closed after this. */
  public Duration maxIdleTime() {
    return maxIdleTime;
  }

  public int maxConnections() {
    return maxConnections;
  }

  /** Larger response bodies fail with {@code NexlaDecodeException} instead of exhausting memory. */
  public int maxResponseBytes() {
    return maxResponseBytes;
  }

  /** Largest artifact {@code download} streams before failing (default unlimited). */
  public long maxDownloadBytes() {
    return maxDownloadBytes;
  }

  /** {@code User-Agent} sent with every request: {@code nexla-reactive/<version>} plus an optional suffix. */
  public String userAgent() {
    return userAgent;
  }

  /** The application's WebClient builder to start from (its filters, codecs and observation apply), if given. */
  public Optional<WebClient.Builder> webClientBuilder() {
    return Optional.ofNullable(webClientBuilder);
  }

  public Clock clock() {
    return clock;
  }

  /** Scheduler for every delay (retry backoff, polling, token refresh timing). */
  public Scheduler scheduler() {
    return scheduler;
  }

  public RetryOptions retry() {
    return retry;
  }

  /**
   * Where the client's Resilience4j {@code Retry} instances live: {@code "nexla"} for idempotent requests and
   * {@code "nexla-writes"} for POST and PATCH under {@link #retry()}, one more pair per distinct per-call
   * {@link RetryOptions}. Subscribe to their events or bind the registry to Micrometer to see every retry.
   */
  public RetryRegistry retryRegistry() {
    return retryRegistry;
  }

  public PagingOptions paging() {
    return paging;
  }

  public PollOptions polling() {
    return polling;
  }

  /** Optional client-side rate limiter; one permit per HTTP attempt. */
  public Optional<RateLimiter> rateLimiter() {
    return Optional.ofNullable(rateLimiter);
  }

  /** Optional permit source (for instance one shared by replicas); one permit per HTTP attempt. */
  public Optional<PermitSource> rateLimit() {
    return Optional.ofNullable(permitSource);
  }

  public ObservationRegistry observationRegistry() {
    return observationRegistry;
  }

  /**
   * The convention of the {@code nexla.client.operation} observation, if one replaces
   * {@code DefaultNexlaOperationObservationConvention}.
   */
  public Optional<NexlaOperationObservationConvention> observationConvention() {
    return Optional.ofNullable(observationConvention);
  }

  /** Registry of the client's own meters (retries, token requests, pages, polls, rate-limit waits), if given. */
  public Optional<MeterRegistry> meterRegistry() {
    return Optional.ofNullable(meterRegistry);
  }

  /** Optional circuit breaker around each logical call (with its retries), if given. */
  public Optional<CircuitBreaker> circuitBreaker() {
    return Optional.ofNullable(circuitBreaker);
  }

  /** How connections reach Nexla through a proxy (default: the JVM's standard proxy properties). */
  public ProxyOptions proxy() {
    return proxy;
  }

  /** TLS settings replacing the JVM defaults, if given. */
  public Optional<TlsOptions> tls() {
    return Optional.ofNullable(tls);
  }

  /** Applied last to the client's Reactor Netty {@link HttpClient} (identity unless set). */
  public UnaryOperator<HttpClient> httpClientCustomizer() {
    return httpClientCustomizer;
  }

  @Override
  public String toString() {
    return "NexlaClientOptions[auth=" + authentication()
        + ", baseUrl=" + baseUrl + ", apiVersion=" + apiVersion + ", connectTimeout=" + connectTimeout
        + ", responseTimeout=" + responseTimeout + ", retry=" + retry + ", paging=" + paging
        + ", polling=" + polling + ", proxy=" + proxy + (tls == null ? "" : ", tls=" + tls) + "]";
  }

  /** {@code service-key} or {@code access-token}: how the client authenticates, fixed or from a source. */
  public String authentication() {
    boolean key = serviceKey != null || (credentialSource != null && credentialSource.isServiceKey());
    return key ? "service-key" : "access-token";
  }

  private static String readVersion() {
    try (InputStream in = NexlaClientOptions.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      String v = p.getProperty("version", "unknown");
      return v.startsWith("${") ? "unknown" : v;
    } catch (IOException e) {
      return "unknown";
    }
  }

  /** Whether {@code host} is a loopback name or address (plain http is only allowed there). */
  static boolean isLoopback(@Nullable String host) {
    if (host == null) {
      return false;
    }
    String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    if (h.equalsIgnoreCase("localhost")) {
      return true;
    }
    if (!h.matches("[0-9.]+") && !h.contains(":")) {
      return false; // never resolve names: that would block
    }
    try {
      return InetAddress.getByName(h).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  /** Concrete builder of {@link NexlaClientOptions}. */
  public static final class Builder extends AbstractBuilder<Builder> {
    private Builder() {}

    public NexlaClientOptions build() {
      return buildOptions();
    }
  }

  /**
   * Shared builder logic, self-typed so that a client builder can extend it and add its own {@code build()}.
   *
   * @param <B> the concrete builder type
   */
  public abstract static class AbstractBuilder<B extends AbstractBuilder<B>> extends NexlaClientOptionsBuilder<B> {
    protected AbstractBuilder() {}
  }
}
