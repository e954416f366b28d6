package io.nexla.reactive.testkit;

import io.netty.channel.group.DefaultChannelGroup;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * An in-memory emulator of the Nexla API on Reactor Netty, bound to 127.0.0.1, over HTTP or (with
 * {@link Builder#tls(boolean)}) HTTPS. It implements the protocol in
 * {@code shared/nexla-api}: service-key tokens, every documented operation over a thread-safe in-memory store,
 * flow trees and cascades, async tasks that progress over emulator time, webhooks, both pagination shapes, and
 * scriptable faults ({@link #faults()}). Every request is recorded in the {@link #journal()}.
 *
 * <p>The server never blocks its event loop; delays use Reactor timers. Close it with {@link #close()}.
 */
public final class NexlaEmulator implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(NexlaEmulator.class);

  private final String basePath;
  private final EmulatorStore store;
  private final EmulatorSettings settings;
  private final FaultScript faults;
  private final TokenIssuer tokens;
  private final ResponseWriter writer;
  private final FaultInjector faultInjector;
  private final ApiRoutes routes;
  private final DisposableServer server;
  private final String rootUrl;
  private final @Nullable EmulatorTls tls;

  private NexlaEmulator(Builder builder) {
    String serviceKey = builder.serviceKey != null ? builder.serviceKey : "emulator-key-" + Long.toHexString(ThreadLocalRandom.current().nextLong());
    this.basePath = Router.normaliseBasePath(builder.basePath);
    this.settings = new EmulatorSettings();
    settings.envelopePagination(builder.envelopePagination);
    settings.maxPageSize(builder.maxPageSize);
    settings.defaultPageSize(builder.defaultPageSize);
    settings.pageLatency(builder.pageLatency);
    settings.taskDuration(builder.taskDuration);
    settings.artifactSize(builder.artifactSize);
    settings.failingTaskTypes().addAll(builder.failingTaskTypes);
    this.store = new EmulatorStore(builder.clock);
    this.faults = new FaultScript(builder.seed);
    builder.faultRules.forEach(faults::add);
    this.tokens = new TokenIssuer(serviceKey, builder.tokenTtl, builder.clock);
    this.writer = new ResponseWriter(builder.journalLimit);
    this.faultInjector = new FaultInjector(faults, tokens, builder.clock, settings, writer);
    builder.fixtureFiles.forEach(store::loadFixtures);
    store.populate(builder.populatePipelines);
    store.populateSources(builder.populateSources);
    this.routes = new ApiRoutes(store, settings);
    this.tls = builder.tls ? EmulatorTls.generate(Builder.urlHost(builder.host)) : null;
    HttpServer http =
        HttpServer.create()
            .host(builder.host)
            .port(builder.port)
            // Closing the emulator closes its open connections too, as a server that goes away does.
            .channelGroup(new DefaultChannelGroup(GlobalEventExecutor.INSTANCE))
            .handle(this::handle);
    EmulatorTls serverTls = tls;
    this.server = (serverTls == null ? http : http.secure(spec -> spec.sslContext(serverTls.serverContext())))
        .bindNow(Duration.ofSeconds(10));
    this.rootUrl = (tls == null ? "http://" : "https://") + Builder.urlHost(builder.host) + ":" + server.port();
    settings.rootUrl(rootUrl);
  }

  /** A builder with defaults: ephemeral loopback port, base path {@code /nexla-api}, a random service key. */
  public static Builder builder() {
    return new Builder();
  }

  /** Starts an emulator with defaults. */
  public static NexlaEmulator start() {
    return builder().start();
  }

  /** Base URL clients use, e.g. {@code http://127.0.0.1:41234/nexla-api}. */
  public String baseUrl() {
    return rootUrl + basePath;
  }

  /** Scheme, host and port without the base path, e.g. {@code http://127.0.0.1:41234} (webhooks, downloads). */
  public String rootUrl() {
    return rootUrl;
  }

  /**
   * The self-signed certificate of an emulator built with {@link Builder#tls(boolean)}: trust it (and only it) in
   * the client under test, e.g. {@code TlsOptions.builder().trustedCertificates(emulator.certificate())}.
   *
   * @throws IllegalStateException when the emulator serves plain HTTP
   */
  public X509Certificate certificate() {
    return requireTls().certificate();
  }

  /** {@link #certificate()} in PEM form, for trust stores, SSL bundles and {@code curl --cacert}. */
  public String certificatePem() {
    return requireTls().certificatePem();
  }

  private EmulatorTls requireTls() {
    if (tls == null) {
      throw new IllegalStateException("This emulator serves plain HTTP; build it with tls(true) for a certificate");
    }
    return tls;
  }

  /** The port the emulator listens on. */
  public int port() {
    return server.port();
  }

  /** The service key {@code POST /token} accepts. */
  public String serviceKey() {
    return tokens.serviceKey();
  }

  /** The webhook URL of a data source: {@code POST} records there with {@code ?api_key=<service key>}. */
  public String webhookUrl(long sourceId) {
    return rootUrl + "/webhook/" + sourceId;
  }

  /**
   * Every request received since start (or the last {@link #clearJournal()}), oldest first; at most
   * {@link Builder#journalLimit(int)} entries. Webhook and download requests have their full path and routes
   * {@code /webhook/{id}} and {@code /downloads/{id}}.
   */
  public List<RecordedRequest> journal() {
    return writer.journal();
  }

  /** Forgets the journal. */
  public void clearJournal() {
    writer.clearJournal();
  }

  /** Number of journal entries with this method ({@code "*"} = any) and route template. */
  public long count(String method, String route) {
    return writer.journal().stream()
        .filter(r -> method.equals("*") || r.method().equalsIgnoreCase(method))
        .filter(r -> route.equals(r.route()))
        .count();
  }

  /** Number of journal entries with this method and route that the emulator applied to its store. */
  public long countProcessed(String method, String route) {
    return writer.journal().stream()
        .filter(r -> method.equals("*") || r.method().equalsIgnoreCase(method))
        .filter(r -> route.equals(r.route()) && r.processed())
        .count();
  }

  /** The fault script; rules added here apply to the next matching requests. */
  public FaultScript faults() {
    return faults;
  }

  /** The in-memory store, to seed or inspect data directly. */
  public EmulatorStore store() {
    return store;
  }

  /** Makes every issued bearer token expire now; the next API call with one of them gets 401. */
  public void expireTokens() {
    tokens.expireAll();
  }

  /** Number of bearer tokens issued and not logged out (expired ones included). */
  public int issuedTokens() {
    return tokens.issued();
  }

  /** Switches list responses between bare arrays ({@code false}) and the {@code {meta, data}} envelope. */
  public void envelopePagination(boolean on) {
    settings.envelopePagination(on);
  }

  /** Latency added to every paged list response (Reactor timer, not a sleep). */
  public void pageLatency(Duration latency) {
    settings.pageLatency(Objects.requireNonNull(latency));
  }

  /** Async tasks of this type end in {@code FAILED}. */
  public void failTasksOfType(String type) {
    settings.failingTaskTypes().add(type);
  }

  /** Stops the server. Idempotent. */
  @Override
  public void close() {
    server.disposeNow(Duration.ofSeconds(5));
  }

  // ------------------------------------------------------------------------------------------ request handling

  private Publisher<Void> handle(HttpServerRequest request, HttpServerResponse response) {
    return request.receive().aggregate().asString(StandardCharsets.UTF_8).defaultIfEmpty("")
        .flatMap(body -> process(request, response, body))
        .onErrorResume(e -> {
          log.warn("Emulator failed to answer {} {}: {}", request.method(), request.path(), e.toString());
          return Mono.empty();
        });
  }

  private Mono<Void> process(HttpServerRequest request, HttpServerResponse response, String body) {
    String method = request.method().name().toUpperCase(Locale.ROOT);
    QueryStringDecoder decoder = new QueryStringDecoder(request.uri());
    String rawPath = decoder.rawPath();
    Map<String, List<String>> query = new LinkedHashMap<>(decoder.parameters());
    Map<String, String> headers = new LinkedHashMap<>();
    request.requestHeaders().forEach(h -> headers.put(h.getKey().toLowerCase(Locale.ROOT), h.getValue()));
    return faultInjector.answer(classify(method, rawPath, query, headers, body), response, this::safeDispatch);
  }

  private Incoming classify(String method, String rawPath, Map<String, List<String>> query, Map<String, String> headers, String body) {
    if (rawPath.equals(basePath + "/token")) {
      return new Incoming(method, "/token", "/token", Map.of(), query, headers, body, true, null, Incoming.Area.TOKEN);
    }
    if (rawPath.equals(basePath + "/token/logout")) {
      return new Incoming(method, "/token/logout", "/token/logout", Map.of(), query, headers, body, true, null, Incoming.Area.LOGOUT);
    }
    if (rawPath.startsWith(basePath + "/") || rawPath.equals(basePath)) {
      String path = rawPath.substring(basePath.length());
      Router.Match match = routes.router().match(method, path);
      Router.Route route = match.route();
      return new Incoming(method, path, route == null ? null : route.template(), match.vars(), query, headers, body,
          match.pathKnown(), route == null ? null : route.handler(), Incoming.Area.API);
    }
    String[] segments = rawPath.split("/");
    if (segments.length == 3 && segments[1].equals("webhook")) {
      return new Incoming(method, rawPath, "/webhook/{id}", Map.of("id", segments[2]), query, headers, body, true, null, Incoming.Area.WEBHOOK);
    }
    if (segments.length == 3 && segments[1].equals("downloads")) {
      return new Incoming(method, rawPath, "/downloads/{id}", Map.of("id", segments[2]), query, headers, body, true, null, Incoming.Area.DOWNLOAD);
    }
    return new Incoming(method, rawPath, null, Map.of(), query, headers, body, false, null, Incoming.Area.OUTSIDE);
  }

  private Reply safeDispatch(Incoming in) {
    try {
      return dispatch(in);
    } catch (RuntimeException e) {
      log.warn("Emulator route {} {} failed: {}", in.method(), in.route(), e.toString());
      return Reply.error(500, "Internal emulator error: " + e.getClass().getSimpleName());
    }
  }

  private Reply dispatch(Incoming in) {
    JsonNode json = null;
    if (!in.body().isBlank()) {
      try {
        json = EmulatorStore.JSON.readTree(in.body());
      } catch (JacksonException e) {
        return Reply.error(400, "Malformed JSON body");
      }
    }
    Exchange exchange = new Exchange(in.method(), in.path(), in.vars(), in.query(), in.headers(), json, baseUrl(), rootUrl);
    return switch (in.area()) {
      case OUTSIDE -> Reply.error(404, "No route " + in.path());
      case TOKEN -> in.method().equals("POST") ? tokens.issue(in.headers()) : Reply.error(405, "Method not allowed");
      case LOGOUT -> {
        if (!in.method().equals("POST")) {
          yield Reply.error(405, "Method not allowed");
        }
        tokens.logout(in.headers());
        yield Reply.of(204, null);
      }
      case WEBHOOK -> {
        if (!in.method().equals("POST")) {
          yield Reply.error(405, "Method not allowed");
        }
        if (!tokens.webhookKeyValid(in.query(), in.headers())) {
          yield Reply.error(401, "Invalid API key");
        }
        yield routes.webhook(exchange, exchange.id("id"));
      }
      case DOWNLOAD -> in.method().equals("GET") ? routes.download(exchange.id("id")) : Reply.error(405, "Method not allowed");
      case API -> {
        if (!in.pathKnown()) {
          yield Reply.error(404, "No route " + in.path());
        }
        if (!tokens.authorized(in.headers())) {
          yield Reply.error(401, "Invalid or expired access token");
        }
        Router.Handler handler = in.handler();
        if (handler == null) {
          yield Reply.error(405, in.method() + " is not allowed on " + in.path());
        }
        yield handler.handle(exchange);
      }
    };
  }

  @Override
  public String toString() {
    return "NexlaEmulator[" + baseUrl() + "]";
  }

  /** Builder of {@link NexlaEmulator}. */
  public static final class Builder {
    private int port;
    private String basePath = "/nexla-api";
    private @Nullable String serviceKey;
    private Duration tokenTtl = Duration.ofHours(1);
    private boolean envelopePagination;
    private int maxPageSize = 500;
    private int defaultPageSize = 20;
    private Duration pageLatency = Duration.ZERO;
    private long seed = 42;
    private Clock clock = Clock.systemUTC();
    private Duration taskDuration = Duration.ofSeconds(3);
    private long artifactSize = 4L * 1024 * 1024;
    private final Set<String> failingTaskTypes = new java.util.HashSet<>();
    private final List<String> faultRules = new ArrayList<>();
    private int journalLimit = 100_000;
    private String host = "127.0.0.1";
    private int populatePipelines;
    private int populateSources;
    private final List<java.nio.file.Path> fixtureFiles = new ArrayList<>();
    private boolean tls;

    private Builder() {}

    /**
     * Address to bind, default {@code 127.0.0.1}; {@code 0.0.0.0} serves other machines or containers. Clients
     * reaching it by a non-loopback name over plain http must opt in (the client's {@code allowInsecureHttp}).
     */
    public Builder host(String host) {
      this.host = Objects.requireNonNull(host);
      return this;
    }

    /** Serve HTTPS with a certificate made at start ({@link NexlaEmulator#certificate()}); default plain HTTP. */
    public Builder tls(boolean tls) {
      this.tls = tls;
      return this;
    }

    /** Creates {@code pipelines} complete pipelines at start (see the testkit README, "Populate"). */
    public Builder populate(int pipelines) {
      if (pipelines < 0) {
        throw new IllegalArgumentException("populate must not be negative");
      }
      this.populatePipelines = pipelines;
      return this;
    }

    /** Creates {@code count} sources only at start (large collections in a small heap). */
    public Builder populateSources(int count) {
      if (count < 0) {
        throw new IllegalArgumentException("populateSources must not be negative");
      }
      this.populateSources = count;
      return this;
    }

    /** Loads a fixture file at start (format in the testkit README, "Fixtures"); may be given several times. */
    public Builder fixtures(java.nio.file.Path file) {
      this.fixtureFiles.add(Objects.requireNonNull(file));
      return this;
    }

    /** The host to put in URLs: loopback for wildcard binds, brackets for IPv6 literals. */
    static String urlHost(String host) {
      if (host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]")) {
        return "127.0.0.1";
      }
      return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    /** Most journal entries kept (oldest dropped first); default 100 000. */
    public Builder journalLimit(int journalLimit) {
      if (journalLimit < 1) {
        throw new IllegalArgumentException("journalLimit must be positive");
      }
      this.journalLimit = journalLimit;
      return this;
    }

    /** Port to bind (on {@link #host(String)}); 0 (default) picks a free one. */
    public Builder port(int port) {
      this.port = port;
      return this;
    }

    /** Path prefix of the API, default {@code /nexla-api}. */
    public Builder basePath(String basePath) {
      this.basePath = Objects.requireNonNull(basePath);
      return this;
    }

    /** The service key {@code POST /token} accepts (also the webhook API key); default random. */
    public Builder serviceKey(String serviceKey) {
      this.serviceKey = Objects.requireNonNull(serviceKey);
      return this;
    }

    /** Lifetime of issued tokens, reported as {@code expires_in}; default one hour. */
    public Builder tokenTtl(Duration tokenTtl) {
      this.tokenTtl = Objects.requireNonNull(tokenTtl);
      return this;
    }

    /** Answer lists with the {@code {meta, data}} envelope instead of bare arrays. */
    public Builder envelopePagination(boolean envelope) {
      this.envelopePagination = envelope;
      return this;
    }

    /** Server-side cap on {@code per_page}; default 500. */
    public Builder maxPageSize(int maxPageSize) {
      this.maxPageSize = maxPageSize;
      return this;
    }

    /** Page size when {@code per_page} is absent; default 20. */
    public Builder defaultPageSize(int defaultPageSize) {
      this.defaultPageSize = defaultPageSize;
      return this;
    }

    /** Latency added to every list page. */
    public Builder pageLatency(Duration pageLatency) {
      this.pageLatency = Objects.requireNonNull(pageLatency);
      return this;
    }

    /** Seed for probabilistic faults and random latencies. */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /** Emulator time: token expiry, timestamps and async task progress. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock);
      return this;
    }

    /** How long an async task takes from creation to its terminal state (emulator time); default 3 s. */
    public Builder taskDuration(Duration taskDuration) {
      this.taskDuration = Objects.requireNonNull(taskDuration);
      return this;
    }

    /** Size of a completed task's downloadable artifact, unless its arguments say {@code size_bytes}. */
    public Builder artifactSize(long bytes) {
      this.artifactSize = bytes;
      return this;
    }

    /** Async tasks of this type end in {@code FAILED}. */
    public Builder failingTaskType(String type) {
      this.failingTaskTypes.add(type);
      return this;
    }

    /** A fault rule in text form (see {@link FaultScript#add(String)}), installed at start. */
    public Builder fault(String rule) {
      this.faultRules.add(rule);
      return this;
    }

    /** Binds the server and returns the running emulator. */
    public NexlaEmulator start() {
      return new NexlaEmulator(this);
    }
  }
}
