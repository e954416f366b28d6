package io.nexla.reactive.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.handler.DefaultTracingObservationHandler;
import io.micrometer.tracing.handler.PropagatingSenderTracingObservationHandler;
import io.micrometer.tracing.propagation.Propagator;
import io.micrometer.tracing.test.simple.SimpleSpan;
import io.micrometer.tracing.test.simple.SimpleTracer;
import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.core.http.NexlaRequest;
import io.nexla.reactive.core.retry.RetryOptions;
import io.nexla.reactive.credentials.Credential;
import io.nexla.reactive.credentials.CredentialCreate;
import io.nexla.reactive.credentials.CredentialType;
import io.nexla.reactive.credentials.CredentialUpdate;
import io.nexla.reactive.testkit.Fault;
import io.nexla.reactive.testkit.NexlaEmulator;
import io.nexla.reactive.testkit.RecordedRequest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * A representative workload with every diagnostic channel at its most verbose — logging at TRACE, tracing, metrics —
 * after which no secret appears in any log line, exception, span or meter: the service key, every access token
 * the emulator issued, the fields of a credentials object, and webhook API keys (in the {@code Authorization} header;
 * as {@code api_key} in the query, out of everything but the HTTP stack's own DEBUG lines, see
 * {@link #HTTP_STACK_LOGGERS}).
 */
class SecretCanaryEndToEndTest {

  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final String SERVICE_KEY = "CANARY-SERVICE-KEY-b71e";
  private static final String DB_PASSWORD = "CANARY-DB-PASSWORD-42d0";
  private static final String SECRET_KEY = "CANARY-AWS-SECRET-9c1a";
  private static final String ODD_FIELD = "CANARY-ODD-FIELD-e3f5";
  private static final String WEBHOOK_KEY = "CANARY-WEBHOOK-KEY-0aa7";
  private static final String WEBHOOK_HEADER_KEY = "CANARY-WEBHOOK-HEADER-KEY-5b2c";
  /**
   * Loggers of the HTTP stack below the library. Reactor Netty logs the full request URI at DEBUG ("Handler is
   * being applied: {uri=…}"), so a key sent in the query is only kept out of the library's own output; a key sent
   * in the {@code Authorization} header is kept out of everything.
   */
  private static final List<String> HTTP_STACK_LOGGERS = List.of("org.springframework", "reactor.netty");
  private static final List<String> LOGGERS = List.of("io.nexla", "org.springframework.web", "reactor.netty");

  private final NexlaEmulator emulator = NexlaEmulator.builder().serviceKey(SERVICE_KEY).start();
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
  private final LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
  private final SimpleTracer tracer = new SimpleTracer();
  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private final List<Throwable> failures = new ArrayList<>();
  private final List<String> modelDescriptions = new ArrayList<>();

  @BeforeEach
  void captureEverything() {
    appender.setContext(logging);
    appender.start();
    for (String name : LOGGERS) {
      Logger logger = logging.getLogger(name);
      logger.setLevel(Level.TRACE);
      logger.setAdditive(false); // only into the list, not the console
      logger.addAppender(appender);
    }
  }

  @AfterEach
  void restore() {
    for (String name : LOGGERS) {
      Logger logger = logging.getLogger(name);
      logger.detachAppender(appender);
      logger.setAdditive(true);
      logger.setLevel(null);
    }
    emulator.close();
  }

  @Test
  void canariesAppearZeroTimesInLogsExceptionsSpansAndMeters() {
    ObservationRegistry observations = ObservationRegistry.create();
    observations.observationConfig().observationHandler(new ObservationHandler.FirstMatchingCompositeObservationHandler(
        new PropagatingSenderTracingObservationHandler<>(tracer, new TraceparentPropagator()),
        new DefaultTracingObservationHandler(tracer)));
    emulator.faults().on("GET", "/data_sources").sequence(Fault.status(503), Fault.rateLimited(Duration.ZERO));
    emulator.faults().on("POST", "/data_credentials").sequence(Fault.status(400));

    String clientDescription;
    try (NexlaClient client = NexlaClient.builder().baseUrl(emulator.baseUrl()).serviceKey(SERVICE_KEY)
        .observationRegistry(observations).meterRegistry(meters)
        .retry(RetryOptions.builder().baseDelay(Duration.ofMillis(5)).build()).build()) {
      clientDescription = client + " " + client.options();
      // token fetch and a list retried after 503 and 429
      call(client.transport().exchange(NexlaRequest.get("/data_sources").operation("sources.list").build()));
      // a credential create that fails (not retried: a POST), then succeeds
      CredentialCreate create = CredentialCreate.builder("warehouse", CredentialType.S3)
          .secret("password", DB_PASSWORD).secret("secret_key", SECRET_KEY).secret("region_alias", ODD_FIELD)
          .build();
      modelDescriptions.add(create.toString());
      call(client.credentials().create(create));
      Credential created = call(client.credentials().create(create));
      modelDescriptions.add(created.toString());
      modelDescriptions.add(String.valueOf(call(client.credentials().get(created.id()))));
      // a token the server stopped accepting: replaced once, the call succeeds
      emulator.expireTokens();
      CredentialUpdate rotate =
          CredentialUpdate.builder().credentials(Map.of("password", DB_PASSWORD + "-rotated")).build();
      modelDescriptions.add(rotate.toString());
      modelDescriptions.add(String.valueOf(call(client.credentials().update(created.id(), rotate))));
      // a failing call
      call(client.credentials().get(987_654));
      // a webhook push with its API key in the query, to a source that does not exist
      call(client.transport().exchange(NexlaRequest.post("/webhook/{id}").operation("webhooks.send")
          .absoluteUrl(URI.create(emulator.webhookUrl(424_242) + "?api_key=" + WEBHOOK_KEY)).authenticated(false)
          .body(List.of(Map.of("a", 1))).build()));
      call(client.transport().exchange(NexlaRequest.post("/webhook/{id}").operation("webhooks.send")
          .absoluteUrl(URI.create(emulator.webhookUrl(424_242))).authenticated(false)
          .header("Authorization", "Basic " + base64(WEBHOOK_HEADER_KEY))
          .body(List.of(Map.of("a", 1))).build()));
      call(client.logout());
    }

    Set<String> canaries = new LinkedHashSet<>(List.of(SERVICE_KEY, DB_PASSWORD, SECRET_KEY, ODD_FIELD,
        WEBHOOK_HEADER_KEY, base64(WEBHOOK_HEADER_KEY)));
    for (RecordedRequest request : emulator.journal()) {
      String authorization = request.header("authorization");
      if (authorization != null && authorization.startsWith("Bearer ")) {
        canaries.add(authorization.substring("Bearer ".length()));
      }
    }
    assertThat(canaries).hasSizeGreaterThanOrEqualTo(8); // two access tokens were issued and used

    List<String> observed = new ArrayList<>();
    List<String> httpStackLines = new ArrayList<>();
    appender.list.forEach(event -> {
      List<String> into = HTTP_STACK_LOGGERS.stream().anyMatch(event.getLoggerName()::startsWith)
          ? httpStackLines : observed;
      into.add(event.getFormattedMessage());
      if (event.getThrowableProxy() != null) {
        into.add(ThrowableProxyUtil.asString(event.getThrowableProxy()));
      }
    });
    failures.forEach(failure -> observed.add(stackTrace(failure)));
    for (SimpleSpan span : tracer.getSpans()) {
      observed.add(span.getName());
      observed.add(span.getTags().toString());
      observed.add(span.getEvents().toString());
      if (span.getError() != null) {
        observed.add(stackTrace(span.getError()));
      }
    }
    for (Meter meter : meters.getMeters()) {
      observed.add(meter.getId().getName());
      meter.getId().getTags().stream().map(Tag::toString).forEach(observed::add);
    }
    observed.add(clientDescription);
    observed.addAll(modelDescriptions);

    assertThat(appender.list).hasSizeGreaterThan(20); // TRACE really was on
    assertThat(failures).hasSizeGreaterThanOrEqualTo(3);
    assertThat(tracer.getSpans()).extracting(SimpleSpan::getName).contains("credentials.create", "http post");
    assertThat(meters.getMeters()).isNotEmpty();
    assertThat(modelDescriptions).hasSize(5).doesNotContainNull();
    assertThat(emulator.journal())
        .filteredOn(r -> "POST".equals(r.method()) && "/data_credentials".equals(r.route()) && r.processed())
        .singleElement().satisfies(r -> assertThat(r.body()).contains(DB_PASSWORD)); // the secret did go out
    for (String canary : canaries) {
      assertThat(observed).as("observed text containing %s", canary).noneMatch(text -> text.contains(canary));
      assertThat(httpStackLines).as("HTTP stack log containing %s", canary).noneMatch(text -> text.contains(canary));
    }
    assertThat(observed).as("observed text containing the query API key").noneMatch(t -> t.contains(WEBHOOK_KEY));
    assertThat(observed).anyMatch(t -> t.contains("api_key=****")); // the span's http.url, masked
  }

  private <T> T call(Mono<T> mono) {
    try {
      return mono.block(WAIT);
    } catch (RuntimeException e) {
      failures.add(e);
      return null;
    }
  }

  private static String base64(String key) {
    return java.util.Base64.getEncoder().encodeToString(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private static String stackTrace(Throwable t) {
    StringWriter out = new StringWriter();
    t.printStackTrace(new PrintWriter(out));
    return t + "\n" + out;
  }

  /** Writes a W3C {@code traceparent}, as the application's tracer would. */
  static final class TraceparentPropagator implements Propagator {
    @Override
    public List<String> fields() {
      return List.of("traceparent");
    }

    @Override
    public <C> void inject(TraceContext context, C carrier, Setter<C> setter) {
      setter.set(carrier, "traceparent", "00-" + context.traceId() + "-" + context.spanId() + "-01");
    }

    @Override
    public <C> Span.Builder extract(C carrier, Getter<C> getter) {
      throw new UnsupportedOperationException("the client only sends");
    }
  }
}
