package io.nexla.reactive.core.http;

import static io.nexla.reactive.core.http.TestServer.reply;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.handler.DefaultTracingObservationHandler;
import io.micrometer.tracing.test.simple.SimpleTracer;
import io.nexla.reactive.core.NexlaClientOptions;
import io.nexla.reactive.core.error.NexlaServiceException;
import io.nexla.reactive.core.retry.RetryOptions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * A server that echoes every secret it saw (service key, current token, a credential value of the request, a
 * webhook key) in every place a server can put one: success bodies, error bodies (HTML, JSON under any field name,
 * plain text), undecodable bodies and headers. None of them comes back out of the client: not in the exception
 * graph, not in TRACE logs, not in span tags, events or errors, not in metric tags.
 */
class EchoedCanaryTest {

  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final String KEY = "canary-key-1b7e40c2";
  private static final String TOKEN = "canary-token-9d0f3a66";
  private static final String CREDENTIAL = "canary-cred-5a2c81e7";
  private static final String WEBHOOK_KEY = "canary-hook-3e9b07d4";
  private static final List<String> CANARIES = List.of(KEY, TOKEN, CREDENTIAL, WEBHOOK_KEY);

  private final TestServer server = TestServer.start();
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
  private final LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private final SimpleTracer tracer = new SimpleTracer();
  private final List<String> observed = new CopyOnWriteArrayList<>();
  private final ObservationRegistry observations = ObservationRegistry.create();

  @BeforeEach
  void capture() {
    appender.setContext(logging);
    appender.start();
    logging.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(appender);
    logging.getLogger("io.nexla").setLevel(Level.TRACE);
    observations.observationConfig()
        .observationHandler(new DefaultTracingObservationHandler(tracer))
        .observationHandler(new DefaultMeterObservationHandler(meters))
        .observationHandler(new KeyValueRecorder());
  }

  @AfterEach
  void restore() {
    logging.getLogger("io.nexla").setLevel(null);
    logging.getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(appender);
    server.close();
  }

  /** Everything the server saw, in one string: headers (Authorization with the key or token) and body. */
  private static String echoOf(TestServer.Recorded req) {
    String auth = String.valueOf(req.header("Authorization"));
    String basic = auth.startsWith("Basic ") ? decodeQuietly(auth.substring(6)) : "";
    return auth + " " + basic + " " + req.body() + " " + req.uri();
  }

  private static String decodeQuietly(String base64) {
    try {
      return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return base64;
    }
  }

  private static String jsonString(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** Each path answers in its own way, always quoting everything the request carried. */
  private TestServer.Handler echoingServer() {
    return TestServer.by(req -> {
      String echo = echoOf(req);
      String path = req.path().substring("/api".length());
      return switch (path) {
        case "/ok" -> reply(200, "{\"id\":1,\"anything\":" + jsonString(echo) + ",\"nested\":{\"x\":"
            + jsonString(TOKEN + " " + KEY) + "}}", "x-echo", echo.replaceAll("[^ -~]", "?"),
            "Location", "https://elsewhere.example/?k=" + KEY);
        case "/html" -> reply(400, "<html><body><pre>" + echo + "</pre></body></html>", "Content-Type",
            "text/html");
        case "/json" -> reply(500, "{\"message\":" + jsonString("failed for " + echo) + ",\"whatever\":"
            + jsonString(echo) + ",\"list\":[" + jsonString(TOKEN) + "]}");
        case "/text" -> reply(403, "denied: " + echo, "Content-Type", "text/plain");
        case "/redirect" -> reply(302, "moved " + echo, "Location", "https://elsewhere.example/" + TOKEN,
            "Content-Type", "text/plain");
        case "/limited" -> reply(429, "{\"error\":" + jsonString(echo) + "}", "Retry-After", TOKEN,
            "x-ratelimit-detail", KEY);
        case "/garbled" -> reply(200, "not json at all " + echo, "Content-Type", "application/json");
        case "/shape" -> reply(200, "{\"id\":" + jsonString(KEY + " " + TOKEN) + "}");
        default -> reply(404, "{\"message\":" + jsonString("no " + path + " " + echo) + "}");
      };
    });
  }

  @Test
  void noEchoedCanaryLeavesTheClient() {
    server.onToken = (req, res) -> TestServer.json(res, 200,
        "{\"access_token\":\"" + TOKEN + "\",\"expires_in\":3600,\"echo\":" + jsonString(echoOf(req)) + "}");
    server.onApi = echoingServer();
    NexlaClientOptions options = NexlaClientOptions.builder().baseUrl(server.baseUrl()).serviceKey(KEY)
        .retry(RetryOptions.none()).observationRegistry(observations).meterRegistry(meters).build();
    List<Object> seen = new ArrayList<>();
    try (NexlaTransport transport = WebClientTransport.create(options)) {
      NexlaResponse ok = transport.exchange(NexlaRequest.get("/ok").operation("canary.ok").build()).block(WAIT);
      assertThat(ok).isNotNull();
      assertThat(ok.bodyAsString()).as("the caller's own data is untouched").contains(TOKEN);
      seen.add(ok);
      for (String path : List.of("/html", "/json", "/text", "/redirect", "/limited", "/missing")) {
        NexlaRequest create = NexlaRequest.post(path).operation("canary.create")
            .body(Map.of("name", "db", "credentials", Map.of("password", CREDENTIAL))).build();
        seen.add(create);
        seen.add(failure(transport.exchange(create)));
      }
      seen.add(failure(transport.retrieve(NexlaRequest.get("/garbled").operation("canary.garbled").build(),
          JsonNode.class)));
      seen.add(failure(transport.retrieve(NexlaRequest.get("/shape").operation("canary.shape").build(),
          IdHolder.class)));
      NexlaRequest hook = NexlaRequest.post("{webhook_url}").operation("webhooks.send").authenticated(false)
          .absoluteUrl(URI.create(server.baseUrl() + "/text?api_key=" + WEBHOOK_KEY))
          .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
              WEBHOOK_KEY.getBytes(StandardCharsets.UTF_8)))
          .body(List.of(Map.of("a", 1))).build();
      seen.add(hook);
      seen.add(failure(transport.exchange(hook)));
    }
    server.onToken = (req, res) -> TestServer.json(res, 200, "{\"data\":{\"token\":" + jsonString(echoOf(req))
        + ",\"note\":" + jsonString(KEY) + "}}");
    try (NexlaTransport oddTokenShape = WebClientTransport.create(options)) {
      seen.add(failure(oddTokenShape.exchange(NexlaRequest.get("/ok").build())));
    }

    assertThat(server.requests).anySatisfy(r -> assertThat(echoOf(r)).contains(KEY));
    assertThat(server.requests).anySatisfy(r -> assertThat(echoOf(r)).contains(TOKEN));
    assertThat(server.requests).anySatisfy(r -> assertThat(echoOf(r)).contains(CREDENTIAL));
    assertThat(server.requests).anySatisfy(r -> assertThat(echoOf(r)).contains(WEBHOOK_KEY));
    assertThat(seen).hasSize(18).doesNotContainNull();
    for (Object o : seen) {
      List<String> strings = o instanceof Throwable t ? exceptionStrings(t) : List.of(o.toString());
      assertThat(strings).as("%s", o.getClass()).allSatisfy(s -> assertThat(s).doesNotContain(CANARIES));
    }
    List<String> lines = appender.list.stream().map(e -> e.getFormattedMessage() + (e.getThrowableProxy() == null
        ? "" : ThrowableProxyUtil.asString(e.getThrowableProxy()))).toList();
    assertThat(lines).anyMatch(l -> l.contains("response 200") && l.contains("****"));
    assertThat(lines).anyMatch(l -> l.contains("request headers"));
    assertThat(lines).allSatisfy(l -> assertThat(l).doesNotContain(CANARIES));
    List<String> spans = tracer.getSpans().stream().map(s -> s.getName() + " " + s.getTags() + " "
        + s.getEvents() + " " + s.getRemoteServiceName() + " " + (s.getError() == null ? ""
        : String.join(" ", exceptionStrings(s.getError())))).toList();
    assertThat(spans).hasSizeGreaterThan(10).allSatisfy(s -> assertThat(s).doesNotContain(CANARIES));
    assertThat(observed).isNotEmpty().allSatisfy(s -> assertThat(s).doesNotContain(CANARIES));
    assertThat(meters.getMeters()).isNotEmpty().allSatisfy(m -> assertThat(m.getId().toString())
        .doesNotContain(CANARIES));
  }

  /** A model with a whole-number id, for a success body of the wrong shape. */
  record IdHolder(long id) {}

  private static Throwable failure(Mono<?> call) {
    try {
      call.block(WAIT);
    } catch (RuntimeException e) {
      return e;
    }
    throw new AssertionError("the call did not fail");
  }

  /** Messages, toString, stack trace text, server message, body and context of every exception in the graph. */
  private static List<String> exceptionStrings(Throwable root) {
    List<String> out = new ArrayList<>();
    Set<Throwable> visited = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Throwable> queue = new ArrayList<>(List.of(root));
    while (!queue.isEmpty()) {
      Throwable t = queue.remove(0);
      if (!visited.add(t)) {
        continue;
      }
      out.add(String.valueOf(t.getMessage()));
      out.add(t.toString());
      StringWriter trace = new StringWriter();
      t.printStackTrace(new PrintWriter(trace));
      out.add(trace.toString());
      if (t instanceof NexlaServiceException service) {
        out.add(service.serverMessage().orElse(""));
        out.add(String.valueOf(service.body().orElse(null)));
        out.add(String.valueOf(service.context()));
      }
      if (t instanceof io.nexla.reactive.core.error.NexlaDecodeException decode) {
        out.add(decode.bodyExcerpt().orElse(""));
      }
      if (t.getCause() != null) {
        queue.add(t.getCause());
      }
      queue.addAll(List.of(t.getSuppressed()));
    }
    return out;
  }

  /** Every name, contextual name, key value, event and error of every observation, as text. */
  private final class KeyValueRecorder implements ObservationHandler<Observation.Context> {
    @Override
    public boolean supportsContext(Observation.Context context) {
      return true;
    }

    @Override
    public void onEvent(Observation.Event event, Observation.Context context) {
      observed.add(event.getName() + " " + event.getContextualName());
    }

    @Override
    public void onStop(Observation.Context context) {
      observed.add(context.getName() + " " + context.getContextualName() + " " + context.getAllKeyValues()
          + " " + context);
      if (context.getError() != null) {
        observed.addAll(exceptionStrings(context.getError()));
      }
    }
  }
}
