package io.nexla.reactive.core.observation;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.nexla.reactive.core.NexlaClientOptions;
import io.nexla.reactive.core.http.NexlaRequest;
import io.nexla.reactive.core.http.NexlaTransport;
import io.nexla.reactive.core.http.WebClientTransport;
import io.nexla.reactive.core.retry.RetryOptions;
import io.nexla.reactive.testkit.Fault;
import io.nexla.reactive.testkit.NexlaEmulator;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** DEBUG request lines, redacted TRACE bodies, and no warnings for retries that heal themselves. */
class LoggingTest {

  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final String PASSWORD = "CANARY-DB-PASSWORD-1f3c";
  private static final String ODD_NAMED_SECRET = "CANARY-ODD-FIELD-77e1";

  private final NexlaEmulator emulator = NexlaEmulator.start();
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
  private final LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
  private final Logger library = logging.getLogger("io.nexla.reactive.core");

  @BeforeEach
  void capture() {
    appender.setContext(logging);
    appender.start();
    logging.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(appender);
  }

  @AfterEach
  void restore() {
    library.setLevel(null);
    logging.getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(appender);
    emulator.close();
  }

  private NexlaTransport transport() {
    return WebClientTransport.create(NexlaClientOptions.builder().baseUrl(emulator.baseUrl())
        .serviceKey(emulator.serviceKey()).retry(RetryOptions.builder().baseDelay(Duration.ofMillis(5)).build())
        .build());
  }

  private List<String> lines(Level level) {
    return appender.list.stream().filter(e -> e.getLevel() == level).map(ILoggingEvent::getFormattedMessage)
        .toList();
  }

  @Test
  void anAttemptWithoutAnAnswerIsLoggedWithItsExceptionsClass() throws Exception {
    library.setLevel(Level.DEBUG);
    int closedPort;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      closedPort = socket.getLocalPort(); // free once closed: connections to it are refused
    }
    try (NexlaTransport transport = WebClientTransport.create(NexlaClientOptions.builder()
        .baseUrl("http://127.0.0.1:" + closedPort + "/api").accessToken("token").retry(RetryOptions.none())
        .build())) {
      transport.exchange(NexlaRequest.get("/data_sources/{id}").pathVariable("id", 1).operation("sources.get")
          .build()).onErrorComplete().block(WAIT);
    }

    assertThat(lines(Level.DEBUG)).anySatisfy(l -> assertThat(l)
        .matches("GET /data_sources/\\{id\\} -> failed: WebClientRequestException in \\d+ ms \\(attempt 1, .*"));
  }

  @Test
  void debugLinesShowMethodTemplateStatusDurationAndAttemptAndRetriesThatHealAreNotWarnings() {
    library.setLevel(Level.DEBUG);
    long id = emulator.store().create("data_sources", Map.of("name", "x")).get("id").asLong();
    emulator.faults().on("GET", "/data_sources/{id}").sequence(Fault.status(503), Fault.rateLimited(Duration.ZERO));

    try (NexlaTransport transport = transport()) {
      transport.exchange(NexlaRequest.get("/data_sources/{id}").pathVariable("id", id).operation("sources.get")
          .build()).block(WAIT);
    }

    assertThat(lines(Level.DEBUG))
        .anySatisfy(l -> assertThat(l).matches("GET /data_sources/\\{id\\} -> HTTP 503 in \\d+ ms \\(attempt 1, .*"))
        .anySatisfy(l -> assertThat(l).matches("GET /data_sources/\\{id\\} -> HTTP 429 in \\d+ ms \\(attempt 2, .*"))
        .anySatisfy(l -> assertThat(l).matches("GET /data_sources/\\{id\\} -> HTTP 200 in \\d+ ms \\(attempt 3, .*"))
        .noneSatisfy(l -> assertThat(l).contains("/data_sources/" + id));
    assertThat(appender.list).noneMatch(e -> e.getLevel().isGreaterOrEqual(Level.WARN));
  }

  @Test
  void traceBodiesMaskEveryValueOfACredentialsObjectAndHeadersComeFromTheAllowList() {
    library.setLevel(Level.TRACE);

    try (NexlaTransport transport = transport()) {
      transport.exchange(NexlaRequest.post("/data_credentials").operation("credentials.create")
          .body(Map.of("name", "warehouse", "credentials_type", "postgres",
              "credentials", Map.of("password", PASSWORD, "host_alias", ODD_NAMED_SECRET)))
          .build()).block(WAIT);
    }

    List<String> trace = lines(Level.TRACE);
    assertThat(trace).anySatisfy(l -> assertThat(l).startsWith("POST /data_credentials request headers {")
        .contains("X-Request-Id=").contains("\"credentials\":\"****\"").contains("warehouse"));
    assertThat(trace).anySatisfy(l -> assertThat(l).startsWith("POST /data_credentials response 20"));
    assertThat(appender.list).allSatisfy(e -> assertThat(e.getFormattedMessage())
        .doesNotContain(PASSWORD, ODD_NAMED_SECRET, emulator.serviceKey()).doesNotContain("Authorization"));
  }
}
