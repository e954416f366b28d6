package io.nexla.reactive.core;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.ratelimiter.RateLimiter;
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
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
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

  private NexlaClientOptions(AbstractBuilder<?> b, @Nullable Secret key, @Nullable Secret token, URI url,
      ProxyOptions proxy) {
    this.serviceKey = key;
    this.accessToken = token;
    this.credentialSource = b.credentialSource;
    this.baseUrl = url;
    this.apiVersion = b.apiVersion;
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
    return "application/vnd.nexla.api." + apiVersion + "+json";
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
  @SuppressWarnings("unchecked")
  public abstract static class AbstractBuilder<B extends AbstractBuilder<B>> {
    private @Nullable Secret serviceKey;
    private @Nullable Secret accessToken;
    private @Nullable CredentialSource credentialSource;
    private URI baseUrl = URI.create(DEFAULT_BASE_URL);
    private boolean baseUrlSet;
    private boolean allowInsecureHttp;
    private String apiVersion = DEFAULT_API_VERSION;
    private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
    private Duration responseTimeout = DEFAULT_RESPONSE_TIMEOUT;
    private Duration tokenRefreshMargin = DEFAULT_TOKEN_REFRESH_MARGIN;
    private Duration maxIdleTime = DEFAULT_MAX_IDLE_TIME;
    private int maxConnections = DEFAULT_MAX_CONNECTIONS;
    private int maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
    private long maxDownloadBytes = UNLIMITED_DOWNLOAD_BYTES;
    private @Nullable String userAgentSuffix;
    private WebClient.@Nullable Builder webClientBuilder;
    private Clock clock = Clock.systemUTC();
    private Scheduler scheduler = Schedulers.parallel();
    private RetryOptions retry = RetryOptions.defaults();
    private PagingOptions paging = PagingOptions.defaults();
    private PollOptions polling = PollOptions.defaults();
    private @Nullable RateLimiter rateLimiter;
    private @Nullable PermitSource permitSource;
    private ObservationRegistry observationRegistry = ObservationRegistry.NOOP;
    private @Nullable NexlaOperationObservationConvention observationConvention;
    private @Nullable MeterRegistry meterRegistry;
    private @Nullable CircuitBreaker circuitBreaker;
    private @Nullable Map<String, String> environment;
    private @Nullable ProxyOptions proxy;
    private @Nullable TlsOptions tls;
    private UnaryOperator<HttpClient> httpClientCustomizer = UnaryOperator.identity();

    protected AbstractBuilder() {}

    private B self() {
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
}
