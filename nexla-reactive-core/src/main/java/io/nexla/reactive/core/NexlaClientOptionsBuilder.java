package io.nexla.reactive.core;

import static io.nexla.reactive.core.NexlaClientOptions.DEFAULT_API_VERSION;
import static io.nexla.reactive.core.NexlaClientOptions.DEFAULT_BASE_URL;
import static io.nexla.reactive.core.NexlaClientOptions.DEFAULT_CONNECT_TIMEOUT;
import static io.nexla.reactive.core.NexlaClientOptions.DEFAULT_MAX_CONNECTIONS;
import static io.nexla.reactive.core.NexlaClientOptions.DEFAULT_MAX_IDLE_TIME;
import static io.nexla.reactive.core.NexlaClientOptions.DEFAULT_MAX_RESPONSE_BYTES;
import static io.nexla.reactive.core.NexlaClientOptions.DEFAULT_RESPONSE_TIMEOUT;
import static io.nexla.reactive.core.NexlaClientOptions.DEFAULT_TOKEN_REFRESH_MARGIN;
import static io.nexla.reactive.core.NexlaClientOptions.ENV_ACCESS_TOKEN;
import static io.nexla.reactive.core.NexlaClientOptions.ENV_API_URL;
import static io.nexla.reactive.core.NexlaClientOptions.ENV_SERVICE_KEY;
import static io.nexla.reactive.core.NexlaClientOptions.UNLIMITED_DOWNLOAD_BYTES;

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
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import reactor.netty.http.client.HttpClient;

/**
 * Every option of {@link NexlaClientOptions}, self-typed so that a client builder can extend it and add its own
 * {@code build()}. Extend it through {@link NexlaClientOptions.AbstractBuilder}.
 *
 * @param <B> the concrete builder type
 */
@SuppressWarnings("unchecked")
public abstract class NexlaClientOptionsBuilder<B extends NexlaClientOptionsBuilder<B>> {
  @Nullable Secret serviceKey;
  @Nullable Secret accessToken;
  @Nullable CredentialSource credentialSource;
  URI baseUrl = URI.create(DEFAULT_BASE_URL);
  boolean baseUrlSet;
  boolean allowInsecureHttp;
  String apiVersion = DEFAULT_API_VERSION;
  Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
  Duration responseTimeout = DEFAULT_RESPONSE_TIMEOUT;
  Duration tokenRefreshMargin = DEFAULT_TOKEN_REFRESH_MARGIN;
  Duration maxIdleTime = DEFAULT_MAX_IDLE_TIME;
  int maxConnections = DEFAULT_MAX_CONNECTIONS;
  int maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
  long maxDownloadBytes = UNLIMITED_DOWNLOAD_BYTES;
  @Nullable String userAgentSuffix;
  WebClient.@Nullable Builder webClientBuilder;
  Clock clock = Clock.systemUTC();
  Scheduler scheduler = Schedulers.parallel();
  RetryOptions retry = RetryOptions.defaults();
  @Nullable RetryRegistry retryRegistry;
  PagingOptions paging = PagingOptions.defaults();
  PollOptions polling = PollOptions.defaults();
  @Nullable RateLimiter rateLimiter;
  @Nullable PermitSource permitSource;
  ObservationRegistry observationRegistry = ObservationRegistry.NOOP;
  @Nullable NexlaOperationObservationConvention observationConvention;
  @Nullable MeterRegistry meterRegistry;
  @Nullable CircuitBreaker circuitBreaker;
  @Nullable Map<String, String> environment;
  @Nullable ProxyOptions proxy;
  @Nullable TlsOptions tls;
  UnaryOperator<HttpClient> httpClientCustomizer = UnaryOperator.identity();

  protected NexlaClientOptionsBuilder() {}

  B self() {
    return (B) this;
  }

  /** Authenticate with a service key (sent as {@code Authorization: Basic <key>} to {@code POST /token}). */
  public B serviceKey(String serviceKey) {
    this.serviceKey = Secret.of(serviceKey, "serviceKey");
    return self();
  }

  /** Authenticate with a pre-obtained access token; it is never refreshed. */
  public B accessToken(String accessToken) {
    this.accessToken = Secret.of(accessToken, "accessToken");
    return self();
  }

  /**
   * Reads the service key or access token from {@code source} whenever the client needs one (see
   * {@link CredentialSource}), instead of a fixed value: for secret stores and rotation without a restart.
   */
  public B credentials(CredentialSource source) {
    this.credentialSource = Objects.requireNonNull(source, "source");
    return self();
  }

  /**
   * Reads credentials and base URL from {@code env} for whatever was not set explicitly, exactly as the Nexla
   * SDKs do: {@code NEXLA_SERVICE_KEY}, else {@code NEXLA_ACCESS_TOKEN} (only when neither credential was given),
   * and {@code NEXLA_API_URL} (only when no base URL was given). Pass {@code System.getenv()} in applications.
   */
  public B fromEnvironment(Map<String, String> env) {
    this.environment = Map.copyOf(Objects.requireNonNull(env, "env"));
    return self();
  }

  /**
   * Allows a plain {@code http://} base URL on a non-loopback host, e.g. an emulator in another container
   * ({@code http://nexla-emulator:18089/nexla-api}). Requests and credentials then travel unencrypted, so this is
   * for test networks only; building a client with such a URL logs a warning.
   */
  public B allowInsecureHttp() {
    this.allowInsecureHttp = true;
    return self();
  }

  /** API base URL; https is required except for loopback hosts. A trailing slash is removed. */
  public B baseUrl(String baseUrl) {
    return baseUrl(URI.create(Objects.requireNonNull(baseUrl, "baseUrl")));
  }

  /** API base URL; https is required except for loopback hosts. A trailing slash is removed. */
  public B baseUrl(URI baseUrl) {
    this.baseUrl = normalise(baseUrl);
    this.baseUrlSet = true;
    return self();
  }

  /** API version used in the {@code Accept} media type (default {@code v1}). */
  public B apiVersion(String apiVersion) {
    this.apiVersion = Objects.requireNonNull(apiVersion, "apiVersion");
    return self();
  }

  public B connectTimeout(Duration connectTimeout) {
    this.connectTimeout = positive(connectTimeout, "connectTimeout");
    return self();
  }

  public B responseTimeout(Duration responseTimeout) {
    this.responseTimeout = positive(responseTimeout, "responseTimeout");
    return self();
  }

  public B tokenRefreshMargin(Duration tokenRefreshMargin) {
    if (tokenRefreshMargin.isNegative()) {
      throw new IllegalArgumentException("tokenRefreshMargin must not be negative");
    }
    this.tokenRefreshMargin = tokenRefreshMargin;
    return self();
  }

  public B maxIdleTime(Duration maxIdleTime) {
    this.maxIdleTime = positive(maxIdleTime, "maxIdleTime");
    return self();
  }

  public B maxConnections(int maxConnections) {
    if (maxConnections < 1) {
      throw new IllegalArgumentException("maxConnections must be at least 1");
    }
    this.maxConnections = maxConnections;
    return self();
  }

  public B maxResponseBytes(int maxResponseBytes) {
    if (maxResponseBytes < 1024) {
      throw new IllegalArgumentException("maxResponseBytes must be at least 1024");
    }
    this.maxResponseBytes = maxResponseBytes;
    return self();
  }

  /**
   * Largest artifact a download may stream (default unlimited): past it the download fails with
   * {@code NexlaDecodeException} naming this limit, and its connection is closed.
   */
  public B maxDownloadBytes(long maxDownloadBytes) {
    if (maxDownloadBytes < 1) {
      throw new IllegalArgumentException("maxDownloadBytes must be at least 1");
    }
    this.maxDownloadBytes = maxDownloadBytes;
    return self();
  }

  /** Appended to {@code nexla-reactive/<version>} in the {@code User-Agent} header. */
  public B userAgentSuffix(String suffix) {
    this.userAgentSuffix = suffix;
    return self();
  }

  /** Start from the application's WebClient builder (it is cloned, never modified). */
  public B webClientBuilder(WebClient.Builder webClientBuilder) {
    this.webClientBuilder = Objects.requireNonNull(webClientBuilder, "webClientBuilder");
    return self();
  }

  public B clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    return self();
  }

  public B scheduler(Scheduler scheduler) {
    this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    return self();
  }

  public B retry(RetryOptions retry) {
    this.retry = Objects.requireNonNull(retry, "retry");
    return self();
  }

  /**
   * The registry the client's Resilience4j {@code Retry} instances are created in (default: a registry of its
   * own), so that the application's retry events and Micrometer metrics include the client's retries. A
   * {@code Retry} already registered under the client's names ({@code "nexla"}, {@code "nexla-writes"}) is used
   * as is.
   */
  public B retryRegistry(RetryRegistry retryRegistry) {
    this.retryRegistry = Objects.requireNonNull(retryRegistry, "retryRegistry");
    return self();
  }

  public B paging(PagingOptions paging) {
    this.paging = Objects.requireNonNull(paging, "paging");
    return self();
  }

  public B polling(PollOptions polling) {
    this.polling = Objects.requireNonNull(polling, "polling");
    return self();
  }

  public B rateLimiter(RateLimiter rateLimiter) {
    this.rateLimiter = Objects.requireNonNull(rateLimiter, "rateLimiter");
    return self();
  }

  /**
   * Takes one permit of {@code source} per HTTP attempt and reports 429 answers to it, e.g. a limit shared by
   * every replica ({@code SharedRateLimit.redis(...)} in module {@code nexla-reactive-redis}).
   */
  public B rateLimit(PermitSource source) {
    this.permitSource = Objects.requireNonNull(source, "source");
    return self();
  }

  public B observationRegistry(ObservationRegistry observationRegistry) {
    this.observationRegistry = Objects.requireNonNull(observationRegistry, "observationRegistry");
    return self();
  }

  /**
   * Replaces the names and key values of the {@code nexla.client.operation} observation (default
   * {@code DefaultNexlaOperationObservationConvention}). Has an effect only with an
   * {@link #observationRegistry(ObservationRegistry) observation registry}.
   */
  public B observationConvention(NexlaOperationObservationConvention observationConvention) {
    this.observationConvention = Objects.requireNonNull(observationConvention, "observationConvention");
    return self();
  }

  /**
   * Records the client's own meters into {@code meterRegistry}: {@code nexla.client.retries},
   * {@code nexla.client.retry.delay}, {@code nexla.client.token.requests}, {@code nexla.client.rate.limit.waits},
   * {@code nexla.client.pages}, {@code nexla.client.polls} (see {@code NexlaClientMetrics}). Per-request HTTP
   * timings come from the observation registry ({@code http.client.requests}, {@code nexla.client.operation}).
   */
  public B meterRegistry(MeterRegistry meterRegistry) {
    this.meterRegistry = Objects.requireNonNull(meterRegistry, "meterRegistry");
    return self();
  }

  /**
   * Wraps each logical call, retries included, in {@code circuitBreaker}: one outcome per call is recorded, and
   * while it is open calls fail at once with {@code CircuitOpenException} (never retried) without being sent.
   * Its state is published as the gauge {@code nexla.client.circuit.breaker.state} when a meter registry is set.
   */
  public B circuitBreaker(CircuitBreaker circuitBreaker) {
    this.circuitBreaker = Objects.requireNonNull(circuitBreaker, "circuitBreaker");
    return self();
  }

  /**
   * Connects through {@code proxy} (HTTP or SOCKS5, with credentials and non-proxy hosts), or never through one
   * ({@link ProxyOptions#none()}). Default: the JVM's standard proxy properties, or {@code HTTPS_PROXY} /
   * {@code NO_PROXY} when {@link #fromEnvironment(Map)} is used and they are set.
   */
  public B proxy(ProxyOptions proxy) {
    this.proxy = Objects.requireNonNull(proxy, "proxy");
    return self();
  }

  /** Replaces the JVM's TLS defaults: trusted certificates, a client certificate, protocols, ciphers. */
  public B tls(TlsOptions tls) {
    this.tls = Objects.requireNonNull(tls, "tls");
    return self();
  }

  /**
   * Last say over the Reactor Netty {@link HttpClient} every request goes through, after the client's own
   * settings (pool, timeouts, proxy, TLS), whether or not a {@link #webClientBuilder(WebClient.Builder)} is
   * given. For settings no option covers (e.g. {@code wiretap}, a resolver, socket options); the customizer must
   * not block.
   */
  public B httpClientCustomizer(UnaryOperator<HttpClient> customizer) {
    this.httpClientCustomizer = Objects.requireNonNull(customizer, "customizer");
    return self();
  }

  /**
   * Validates and builds the options.
   *
   * @throws IllegalStateException when no credential, or both kinds, were configured
   * @throws IllegalArgumentException when the base URL is not https for a non-loopback host and
   *     {@link #allowInsecureHttp()} was not called
   */
  protected final NexlaClientOptions buildOptions() {
    Secret key = serviceKey;
    Secret token = accessToken;
    URI url = baseUrl;
    if (environment != null) {
      if (key == null && token == null && credentialSource == null) {
        String envKey = environment.get(ENV_SERVICE_KEY);
        if (envKey != null && !envKey.isBlank()) {
          key = Secret.of(envKey, ENV_SERVICE_KEY);
        } else {
          String envToken = environment.get(ENV_ACCESS_TOKEN);
          if (envToken != null && !envToken.isBlank()) {
            token = Secret.of(envToken, ENV_ACCESS_TOKEN);
          }
        }
      }
      String envUrl = environment.get(ENV_API_URL);
      if (!baseUrlSet && envUrl != null && !envUrl.isBlank()) {
        url = normalise(URI.create(envUrl.trim()));
      }
    }
    int credentials = (key != null ? 1 : 0) + (token != null ? 1 : 0) + (credentialSource != null ? 1 : 0);
    if (credentials > 1) {
      throw new IllegalStateException(
          "Configure exactly one of a service key, an access token or a credential source, not several");
    }
    if (credentials == 0) {
      throw new IllegalStateException("Either a service key or an access token must be provided (or set "
          + ENV_SERVICE_KEY + " / " + ENV_ACCESS_TOKEN + " and call fromEnvironment)");
    }
    InsecureHttp.check(url, allowInsecureHttp);
    ProxyOptions effectiveProxy = proxy;
    if (effectiveProxy == null && environment != null) {
      effectiveProxy = ProxyOptions.fromEnvironment(environment).orElse(null);
    }
    return new NexlaClientOptions(this, key, token, url,
        effectiveProxy == null ? ProxyOptions.systemProperties() : effectiveProxy);
  }

  private static URI normalise(URI uri) {
    String s = uri.toString();
    while (s.endsWith("/")) {
      s = s.substring(0, s.length() - 1);
    }
    URI u = URI.create(s);
    String scheme = u.getScheme();
    if (scheme == null || u.getHost() == null) {
      throw new IllegalArgumentException("Base URL must be absolute, e.g. " + DEFAULT_BASE_URL);
    }
    if (!"https".equalsIgnoreCase(scheme) && !"http".equalsIgnoreCase(scheme)) {
      throw new IllegalArgumentException("Base URL must use https: " + u.getHost());
    }
    return u;
  }

  private static Duration positive(Duration d, String name) {
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive");
    }
    return d;
  }
}
