package io.nexla.reactive.spring.boot;

import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.NestedConfigurationProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Configuration of the auto-configured {@code NexlaClient}, bound from {@code nexla.*}. Every default equals the
 * default of {@code NexlaClient.builder()}.
 *
 * <p>{@link #toString()} never shows a credential.
 */
@ConfigurationProperties("nexla")
public class NexlaProperties {

  /**
   * Whether to create the NexlaClient bean. Unset: created when credentials are configured (nexla.service-key,
   * nexla.access-token, or the NEXLA_SERVICE_KEY / NEXLA_ACCESS_TOKEN environment variables). true: always
   * created, and startup fails when no credential is configured. false: never created.
   */
  private @Nullable Boolean enabled;

  /**
   * Service key, exchanged for access tokens that are refreshed automatically. Mutually exclusive with
   * nexla.access-token. Unset with no access token: the NEXLA_SERVICE_KEY environment variable.
   */
  private @Nullable String serviceKey;

  /**
   * Pre-obtained access token, never refreshed. Mutually exclusive with nexla.service-key. Unset with no service
   * key: the NEXLA_ACCESS_TOKEN environment variable (when NEXLA_SERVICE_KEY is not set).
   */
  private @Nullable String accessToken;

  /**
   * API base URL; https is required except for loopback hosts. Unset: the NEXLA_API_URL environment variable,
   * else https://dataops.nexla.io/nexla-api.
   */
  private @Nullable URI baseUrl;
  /** Allow plain http to a non-loopback base URL host (test networks only; logged as a warning). */
  private boolean allowInsecureHttp;

  /** API version used in the Accept media type (application/vnd.nexla.api.VERSION+json). */
  private String apiVersion = "v1";

  /** Time allowed to establish a connection. */
  private Duration connectTimeout = Duration.ofSeconds(10);

  /** Time allowed between sending a request and receiving its response, per attempt. */
  private Duration responseTimeout = Duration.ofSeconds(30);

  /** A token is refreshed this long before it expires (capped at 10% of its lifetime for short tokens). */
  private Duration tokenRefreshMargin = Duration.ofMinutes(5);

  /** Maximum number of pooled connections. */
  private int maxConnections = 500;

  /** Idle pooled connections are closed after this (keep it below load-balancer idle timeouts). */
  private Duration maxIdleTime = Duration.ofSeconds(45);

  /** Largest response body accepted; larger ones fail with NexlaDecodeException. At least 1KB. */
  private DataSize maxResponseSize = DataSize.ofMegabytes(16);

  /** Text appended to nexla-reactive/VERSION in the User-Agent header. */
  private @Nullable String userAgentSuffix;

  @NestedConfigurationProperty
  private final NexlaRetryProperties retry = new NexlaRetryProperties();

  private final RateLimit rateLimit = new RateLimit();

  private final Paging paging = new Paging();

  @NestedConfigurationProperty
  private final NexlaPollingProperties polling = new NexlaPollingProperties();

  @NestedConfigurationProperty
  private final NexlaProxyProperties proxy = new NexlaProxyProperties();

  private final Ssl ssl = new Ssl();

  private final HealthCheck health = new HealthCheck();

  public @Nullable Boolean getEnabled() {
    return enabled;
  }

  public void setEnabled(@Nullable Boolean enabled) {
    this.enabled = enabled;
  }

  public @Nullable String getServiceKey() {
    return serviceKey;
  }

  public void setServiceKey(@Nullable String serviceKey) {
    this.serviceKey = serviceKey;
  }

  public @Nullable String getAccessToken() {
    return accessToken;
  }

  public void setAccessToken(@Nullable String accessToken) {
    this.accessToken = accessToken;
  }

  public @Nullable URI getBaseUrl() {
    return baseUrl;
  }

  public void setBaseUrl(@Nullable URI baseUrl) {
    this.baseUrl = baseUrl;
  }

  public boolean isAllowInsecureHttp() {
    return allowInsecureHttp;
  }

  public void setAllowInsecureHttp(boolean allowInsecureHttp) {
    this.allowInsecureHttp = allowInsecureHttp;
  }

  public String getApiVersion() {
    return apiVersion;
  }

  public void setApiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
  }

  public Duration getConnectTimeout() {
    return connectTimeout;
  }

  public void setConnectTimeout(Duration connectTimeout) {
    this.connectTimeout = connectTimeout;
  }

  public Duration getResponseTimeout() {
    return responseTimeout;
  }

  public void setResponseTimeout(Duration responseTimeout) {
    this.responseTimeout = responseTimeout;
  }

  public Duration getTokenRefreshMargin() {
    return tokenRefreshMargin;
  }

  public void setTokenRefreshMargin(Duration tokenRefreshMargin) {
    this.tokenRefreshMargin = tokenRefreshMargin;
  }

  public int getMaxConnections() {
    return maxConnections;
  }

  public void setMaxConnections(int maxConnections) {
    this.maxConnections = maxConnections;
  }

  public Duration getMaxIdleTime() {
    return maxIdleTime;
  }

  public void setMaxIdleTime(Duration maxIdleTime) {
    this.maxIdleTime = maxIdleTime;
  }

  public DataSize getMaxResponseSize() {
    return maxResponseSize;
  }

  public void setMaxResponseSize(DataSize maxResponseSize) {
    this.maxResponseSize = maxResponseSize;
  }

  public @Nullable String getUserAgentSuffix() {
    return userAgentSuffix;
  }

  public void setUserAgentSuffix(@Nullable String userAgentSuffix) {
    this.userAgentSuffix = userAgentSuffix;
  }

  public NexlaRetryProperties getRetry() {
    return retry;
  }

  public RateLimit getRateLimit() {
    return rateLimit;
  }

  public Paging getPaging() {
    return paging;
  }

  public NexlaPollingProperties getPolling() {
    return polling;
  }

  public NexlaProxyProperties getProxy() {
    return proxy;
  }

  public Ssl getSsl() {
    return ssl;
  }

  public HealthCheck getHealth() {
    return health;
  }

  @Override
  public String toString() {
    return "NexlaProperties[serviceKey=" + (serviceKey == null ? "unset" : "****")
        + ", accessToken=" + (accessToken == null ? "unset" : "****") + ", baseUrl=" + baseUrl
        + ", apiVersion=" + apiVersion + "]";
  }

  /** What the {@code nexla} health indicator checks beyond the client's local state. */
  public static class HealthCheck {

    private final Reachability reachability = new Reachability();

    public Reachability getReachability() {
      return reachability;
    }
  }

  /** An authenticated call (GET /users/current) made by the health indicator, cached. */
  public static class Reachability {

    /** Whether the health indicator checks that Nexla answers an authenticated call. */
    private boolean enabled;

    /** How long one outcome of the check is reused; at most one request per period. */
    private Duration cache = Duration.ofSeconds(30);

    /** Longest wait for the check's answer before the indicator reports DOWN. */
    private Duration timeout = Duration.ofSeconds(5);

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public Duration getCache() {
      return cache;
    }

    public void setCache(Duration cache) {
      this.cache = cache;
    }

    public Duration getTimeout() {
      return timeout;
    }

    public void setTimeout(Duration timeout) {
      this.timeout = timeout;
    }
  }

  /** TLS to Nexla from a Spring Boot SSL bundle. */
  public static class Ssl {

    /** Name of a spring.ssl.bundle.* bundle: its trust material, key and protocols replace the JVM defaults. */
    private @Nullable String bundle;

    public @Nullable String getBundle() {
      return bundle;
    }

    public void setBundle(@Nullable String bundle) {
      this.bundle = bundle;
    }
  }

  /** Optional client-side rate limiting (a Resilience4j RateLimiter; one permit per HTTP attempt). */
  public static class RateLimit {

    /** Permits available per refresh period. Unset: no client-side rate limiting. */
    private @Nullable Integer limitForPeriod;

    /** Period after which the permits are replenished. */
    private Duration refreshPeriod = Duration.ofSeconds(1);

    /** Longest wait for a permit before the attempt fails with RequestNotPermitted. */
    private Duration timeout = Duration.ofSeconds(5);

    public @Nullable Integer getLimitForPeriod() {
      return limitForPeriod;
    }

    public void setLimitForPeriod(@Nullable Integer limitForPeriod) {
      this.limitForPeriod = limitForPeriod;
    }

    public Duration getRefreshPeriod() {
      return refreshPeriod;
    }

    public void setRefreshPeriod(Duration refreshPeriod) {
      this.refreshPeriod = refreshPeriod;
    }

    public Duration getTimeout() {
      return timeout;
    }

    public void setTimeout(Duration timeout) {
      this.timeout = timeout;
    }
  }

  /** Paging of list operations. */
  public static class Paging {

    /** Items requested per page (per_page). */
    private int pageSize = 100;

    /**
     * Most page requests a list keeps in flight when the subscriber's demand needs them (pages are still emitted in
     * order). 1 walks one page at a time.
     */
    private int prefetchPages = 6;

    public int getPageSize() {
      return pageSize;
    }

    public void setPageSize(int pageSize) {
      this.pageSize = pageSize;
    }

    public int getPrefetchPages() {
      return prefetchPages;
    }

    public void setPrefetchPages(int prefetchPages) {
      this.prefetchPages = prefetchPages;
    }
  }

}
