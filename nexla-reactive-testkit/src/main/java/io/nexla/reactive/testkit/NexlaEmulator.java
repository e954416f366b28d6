package io.nexla.reactive.testkit;

import io.netty.channel.ChannelOption;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An in-memory emulator of the Nexla API on Reactor Netty, bound to 127.0.0.1. It implements the protocol in
 * {@code shared/nexla-api}: service-key tokens, every documented operation over a thread-safe in-memory store,
 * flow trees and cascades, async tasks that progress over emulator time, webhooks, both pagination shapes, and
 * scriptable faults ({@link #faults()}). Every request is recorded in the {@link #journal()}.
 *
 * <p>The server never blocks its event loop; delays use Reactor timers. Close it with {@link #close()}.
 */
public final class NexlaEmulator implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(NexlaEmulator.class);
  private static final String JSON_TYPE = "application/vnd.nexla.api.v1+json";
  private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

  private final String serviceKey;
  private final String basePath;
  private final Duration tokenTtl;
  private final Clock clock;
  private final EmulatorStore store;
  private final EmulatorSettings settings;
  private final FaultScript faults;
  private final ApiRoutes routes;
  private final ConcurrentLinkedQueue<RecordedRequest> journal = new ConcurrentLinkedQueue<>();
  private final java.util.concurrent.atomic.AtomicInteger journalSize = new java.util.concurrent.atomic.AtomicInteger();
  private final int journalLimit;
  private final Map<String, Instant> tokens = new ConcurrentHashMap<>();
  private final DisposableServer server;
  private final String rootUrl;

  private NexlaEmulator(Builder builder) {
    this.serviceKey = builder.serviceKey != null ? builder.serviceKey : "emulator-key-" + Long.toHexString(ThreadLocalRandom.current().nextLong());
    this.basePath = normaliseBasePath(builder.basePath);
    this.tokenTtl = builder.tokenTtl;
    this.journalLimit = builder.journalLimit;
    this.clock = builder.clock;
    this.settings = new EmulatorSettings();
    settings.envelopePagination(builder.envelopePagination);
    settings.maxPageSize(builder.maxPageSize);
    settings.defaultPageSize(builder.defaultPageSize);
    settings.pageLatency(builder.pageLatency);
    settings.taskDuration(builder.taskDuration);
    settings.artifactSize(builder.artifactSize);
    settings.failingTaskTypes().addAll(builder.failingTaskTypes);
    this.store = new EmulatorStore(clock);
    this.faults = new FaultScript(builder.seed);
    builder.faultRules.forEach(faults::add);
    builder.fixtureFiles.forEach(store::loadFixtures);
    store.populate(builder.populatePipelines);
    store.populateSources(builder.populateSources);
    this.routes = new ApiRoutes(store, settings);
    this.server =
        HttpServer.create()
            .host(builder.host)
            .port(builder.port)
            .handle(this::handle)
            .bindNow(Duration.ofSeconds(10));
    this.rootUrl = "http://" + Builder.urlHost(builder.host) + ":" + server.port();
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

  /** The port the emulator listens on. */
  public int port() {
    return server.port();
  }

  /** The service key {@code POST /token} accepts. */
  public String serviceKey() {
    return serviceKey;
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
    return List.copyOf(journal);
  }

  /** Forgets the journal. */
  public void clearJournal() {
    journal.clear();
    journalSize.set(0);
  }

  /** Number of journal entries with this method ({@code "*"} = any) and route template. */
  public long count(String method, String route) {
    return journal.stream()
        .filter(r -> method.equals("*") || r.method().equalsIgnoreCase(method))
        .filter(r -> route.equals(r.route()))
        .count();
  }

  /** Number of journal entries with this method and route that the emulator applied to its store. */
  public long countProcessed(String method, String route) {
    return journal.stream()
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
    Instant past = clock.instant().minusSeconds(1);
    tokens.replaceAll((token, expiry) -> past);
  }

  /** Number of bearer tokens issued and not logged out (expired ones included). */
  public int issuedTokens() {
    return tokens.size();
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

  private record Incoming(
      String method, String path, @Nullable String route, Map<String, String> vars,
      Map<String, List<String>> query, Map<String, String> headers, String body, boolean pathKnown,
      Router.@Nullable Handler handler, Area area) {}

  private enum Area { API, TOKEN, LOGOUT, WEBHOOK, DOWNLOAD, OUTSIDE }

  private Mono<Void> process(HttpServerRequest request, HttpServerResponse response, String body) {
    String method = request.method().name().toUpperCase(Locale.ROOT);
    QueryStringDecoder decoder = new QueryStringDecoder(request.uri());
    String rawPath = decoder.rawPath();
    Map<String, List<String>> query = new LinkedHashMap<>(decoder.parameters());
    Map<String, String> headers = new LinkedHashMap<>();
    request.requestHeaders().forEach(h -> headers.put(h.getKey().toLowerCase(Locale.ROOT), h.getValue()));

    Incoming in = classify(method, rawPath, query, headers, body);
    Fault fault = faults.next(method, in.route());
    if (fault != null && fault.kind() == Fault.Kind.LATENCY) {
      Duration delay = randomBetween(fault.duration(), fault.maxDuration());
      return Mono.delay(delay).then(Mono.defer(() -> afterPreFaults(in, null, response)));
    }
    return afterPreFaults(in, fault, response);
  }

  private Incoming classify(String method, String rawPath, Map<String, List<String>> query, Map<String, String> headers, String body) {
    if (rawPath.equals(basePath + "/token")) {
      return new Incoming(method, "/token", "/token", Map.of(), query, headers, body, true, null, Area.TOKEN);
    }
    if (rawPath.equals(basePath + "/token/logout")) {
      return new Incoming(method, "/token/logout", "/token/logout", Map.of(), query, headers, body, true, null, Area.LOGOUT);
    }
    if (rawPath.startsWith(basePath + "/") || rawPath.equals(basePath)) {
      String path = rawPath.substring(basePath.length());
      Router.Match match = routes.router().match(method, path);
      Router.Route route = match.route();
      return new Incoming(method, path, route == null ? null : route.template(), match.vars(), query, headers, body,
          match.pathKnown(), route == null ? null : route.handler(), Area.API);
    }
    String[] segments = rawPath.split("/");
    if (segments.length == 3 && segments[1].equals("webhook")) {
      return new Incoming(method, rawPath, "/webhook/{id}", Map.of("id", segments[2]), query, headers, body, true, null, Area.WEBHOOK);
    }
    if (segments.length == 3 && segments[1].equals("downloads")) {
      return new Incoming(method, rawPath, "/downloads/{id}", Map.of("id", segments[2]), query, headers, body, true, null, Area.DOWNLOAD);
    }
    return new Incoming(method, rawPath, null, Map.of(), query, headers, body, false, null, Area.OUTSIDE);
  }

  private Mono<Void> afterPreFaults(Incoming in, @Nullable Fault fault, HttpServerResponse response) {
    if (fault != null) {
      switch (fault.kind()) {
        case STATUS -> {
          return send(in, response, Reply.error(fault.status(), "Emulated failure " + fault.status()));
        }
        case RATE_LIMITED -> {
          long seconds = Math.max(0, fault.duration().toSeconds());
          Reply reply = Reply.error(429, "Rate limit exceeded");
          ((ObjectNode) Objects.requireNonNull(reply.body)).put("retry_after", seconds);
          reply.header("Retry-After", fault.httpDate()
              ? HTTP_DATE.format(clock.instant().plus(fault.duration()))
              : String.valueOf(seconds));
          return send(in, response, reply);
        }
        case GARBAGE_RETRY_AFTER -> {
          return send(in, response, Reply.error(429, "Rate limit exceeded").header("Retry-After", "soon-ish"));
        }
        case QUOTA -> {
          String token = bearer(in.headers());
          if (faults.overQuota(fault, token == null ? "anonymous" : token, clock.instant())) {
            long windowSeconds = Math.max(1, fault.duration().toSeconds());
            long wait = windowSeconds - (clock.instant().getEpochSecond() % windowSeconds);
            Reply reply = Reply.error(429, "Quota of " + fault.size() + " requests exceeded");
            ((ObjectNode) Objects.requireNonNull(reply.body)).put("retry_after", wait);
            return send(in, response, reply.header("Retry-After", String.valueOf(wait)));
          }
        }
        case RESET_BEFORE -> {
          return reset(in, response, false);
        }
        case HTML_PAGE -> {
          if (!fault.afterProcessing()) {
            return sendText(in, response, fault.status(), "text/html; charset=utf-8", htmlPage(fault.status()), false);
          }
        }
        case REDIRECT -> {
          Reply reply = Reply.of(307, null);
          reply.processed = false;
          return send(in, response, reply.header("Location", Objects.requireNonNull(fault.location())));
        }
        case EXPIRE_TOKEN -> {
          String token = bearer(in.headers());
          if (token != null) {
            tokens.computeIfPresent(token, (t, expiry) -> clock.instant().minusSeconds(1));
          }
        }
        default -> { }
      }
    }
    Reply reply;
    try {
      reply = dispatch(in);
    } catch (RuntimeException e) {
      log.warn("Emulator route {} {} failed: {}", in.method(), in.route(), e.toString());
      reply = Reply.error(500, "Internal emulator error: " + e.getClass().getSimpleName());
    }
    Reply answer = reply;
    Mono<Void> out = Mono.defer(() -> afterProcessing(in, fault, answer, response));
    if (answer.page && !settings.pageLatency().isZero()) {
      return Mono.delay(settings.pageLatency()).then(out);
    }
    return out;
  }

  private Mono<Void> afterProcessing(Incoming in, @Nullable Fault fault, Reply reply, HttpServerResponse response) {
    if (fault == null || !fault.afterProcessing() || reply.status >= 300) {
      return send(in, response, reply);
    }
    String json = reply.body == null ? "" : reply.body.toString();
    return switch (fault.kind()) {
      case RESET_AFTER -> reset(in, response, reply.processed);
      case TRUNCATED_JSON -> sendText(in, response, 200, JSON_TYPE, json.substring(0, json.length() / 2), reply.processed);
      case HTML_PAGE -> sendText(in, response, 200, "text/html; charset=utf-8", htmlPage(200), reply.processed);
      case WRONG_CONTENT_TYPE -> sendText(in, response, reply.status, "text/plain; charset=utf-8", json, reply.processed);
      case EMPTY_BODY -> sendText(in, response, 200, JSON_TYPE, "", reply.processed);
      case OVERSIZED_BODY -> {
        record(in, 200, reply.processed);
        yield response.status(200).header("Content-Type", JSON_TYPE).sendString(oversized(fault.size())).then();
      }
      case SLOW_DRIP -> {
        record(in, reply.status, reply.processed);
        List<String> pieces = new ArrayList<>();
        for (int i = 0; i < json.length(); i += 8) {
          pieces.add(json.substring(i, Math.min(json.length(), i + 8)));
        }
        yield response.status(reply.status).header("Content-Type", JSON_TYPE)
            .sendString(Flux.fromIterable(pieces).delayElements(fault.duration())).then();
      }
      default -> send(in, response, reply);
    };
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
      case TOKEN -> in.method().equals("POST") ? token(in) : Reply.error(405, "Method not allowed");
      case LOGOUT -> {
        if (!in.method().equals("POST")) {
          yield Reply.error(405, "Method not allowed");
        }
        String token = bearer(in.headers());
        if (token != null) {
          tokens.remove(token);
        }
        yield Reply.of(204, null);
      }
      case WEBHOOK -> {
        if (!in.method().equals("POST")) {
          yield Reply.error(405, "Method not allowed");
        }
        if (!webhookKeyValid(in)) {
          yield Reply.error(401, "Invalid API key");
        }
        yield routes.webhook(exchange, exchange.id("id"));
      }
      case DOWNLOAD -> in.method().equals("GET") ? routes.download(exchange.id("id")) : Reply.error(405, "Method not allowed");
      case API -> {
        if (!in.pathKnown()) {
          yield Reply.error(404, "No route " + in.path());
        }
        if (!authorized(in.headers())) {
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

  private Reply token(Incoming in) {
    String authorization = in.headers().get("authorization");
    if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)
        || !serviceKeyMatches(authorization.substring(6).trim())) {
      return Reply.error(401, "Invalid service key");
    }
    String token = "emu-" + Long.toHexString(ThreadLocalRandom.current().nextLong()) + Long.toHexString(ThreadLocalRandom.current().nextLong());
    tokens.put(token, clock.instant().plus(tokenTtl));
    ObjectNode body = EmulatorStore.NODES.objectNode();
    body.put("access_token", token);
    body.put("token_type", "Bearer");
    body.put("expires_in", tokenTtl.toSeconds());
    return Reply.ok(body);
  }

  private boolean serviceKeyMatches(String presented) {
    if (presented.equals(serviceKey)) {
      return true;
    }
    try {
      return new String(Base64.getDecoder().decode(presented), StandardCharsets.UTF_8).equals(serviceKey);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private boolean webhookKeyValid(Incoming in) {
    List<String> apiKey = in.query().get("api_key");
    if (apiKey != null && apiKey.contains(serviceKey)) {
      return true;
    }
    String authorization = in.headers().get("authorization");
    return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)
        && serviceKeyMatches(authorization.substring(6).trim());
  }

  private boolean authorized(Map<String, String> headers) {
    String token = bearer(headers);
    if (token == null) {
      return false;
    }
    Instant expiry = tokens.get(token);
    return expiry != null && clock.instant().isBefore(expiry);
  }

  private static @Nullable String bearer(Map<String, String> headers) {
    String authorization = headers.get("authorization");
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return null;
    }
    String token = authorization.substring(7).trim();
    return token.isEmpty() ? null : token;
  }

  private Mono<Void> send(Incoming in, HttpServerResponse response, Reply reply) {
    record(in, reply.status, reply.processed && reply.status < 400);
    response.status(reply.status);
    reply.headers.forEach(response::header);
    if (reply.stream != null) {
      return response.sendByteArray(reply.stream).then();
    }
    if (reply.body == null) {
      return response.send().then();
    }
    if (!reply.headers.containsKey("Content-Type")) {
      response.header("Content-Type", JSON_TYPE);
    }
    return response.sendString(Mono.just(reply.body.toString())).then();
  }

  private Mono<Void> sendText(Incoming in, HttpServerResponse response, int status, String contentType, String text, boolean processed) {
    record(in, status, processed);
    return response.status(status).header("Content-Type", contentType).sendString(Mono.just(text)).then();
  }

  private Mono<Void> reset(Incoming in, HttpServerResponse response, boolean processed) {
    record(in, 0, processed);
    response.withConnection(connection -> {
      connection.channel().config().setOption(ChannelOption.SO_LINGER, 0);
      connection.channel().close();
    });
    return Mono.empty();
  }

  private void record(Incoming in, int status, boolean processed) {
    journal.add(new RecordedRequest(in.method(), in.path(), in.route(), in.query(), in.headers(), in.body(), status, processed));
    // Long load runs must not grow the heap without bound: keep the newest entries.
    if (journalSize.incrementAndGet() > journalLimit && journal.poll() != null) {
      journalSize.decrementAndGet();
    }
  }

  private static String htmlPage(int status) {
    return "<!DOCTYPE html><html><head><title>" + status + "</title></head><body><h1>" + status
        + " — upstream proxy error</h1><p>The server encountered a temporary problem.</p></body></html>";
  }

  private static Flux<String> oversized(long bytes) {
    String item = "{\"id\":1,\"name\":\"" + "x".repeat(200) + "\"}";
    long count = Math.max(1, bytes / (item.length() + 1));
    return Flux.concat(Mono.just("["),
        Flux.range(0, (int) Math.min(Integer.MAX_VALUE, count)).map(i -> (i == 0 ? "" : ",") + item).buffer(256).map(list -> String.join("", list)),
        Mono.just("]"));
  }

  private Duration randomBetween(Duration min, Duration max) {
    if (max.compareTo(min) <= 0) {
      return min;
    }
    long span = max.minus(min).toMillis();
    return min.plusMillis((long) (faults.nextDouble() * (span + 1)));
  }

  private static String normaliseBasePath(String path) {
    String p = path.trim();
    if (p.isEmpty() || p.equals("/")) {
      return "";
    }
    if (!p.startsWith("/")) {
      p = "/" + p;
    }
    return p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
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

    private Builder() {}

    /**
     * Address to bind, default {@code 127.0.0.1}; {@code 0.0.0.0} serves other machines or containers. Clients
     * reaching it by a non-loopback name over plain http must opt in (the client's {@code allowInsecureHttp}).
     */
    public Builder host(String host) {
      this.host = Objects.requireNonNull(host);
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
