package io.nexla.reactive.core.http;

import static io.nexla.reactive.core.http.TestServer.reply;
import static io.nexla.reactive.core.http.TestServer.sequence;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import io.nexla.reactive.core.NexlaClientOptions;
import io.nexla.reactive.core.retry.RetryOptions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/** Secrets configured or exchanged never show up in log lines, exception messages or {@code toString()}. */
class SecretCanaryTest {

  private static final Duration WAIT = Duration.ofSeconds(90);
  private static final String KEY = "CANARY-SERVICE-KEY-5d1e";
  private static final String TOKEN = "CANARY-ACCESS-TOKEN-8c2f";
  private static final String PASSWORD = "CANARY-PASSWORD-77aa";
  private static final List<String> CANARIES = List.of(KEY, TOKEN, PASSWORD);

  private final TestServer server = TestServer.start();
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
  private final LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
  private final List<String> tracedLoggers = List.of("io.nexla", "org.springframework.web");

  @BeforeEach
  void captureLogs() {
    appender.setContext(logging);
    appender.start();
    logging.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(appender);
    tracedLoggers.forEach(name -> logging.getLogger(name).setLevel(Level.TRACE));
  }

  @AfterEach
  void restore() {
    tracedLoggers.forEach(name -> logging.getLogger(name).setLevel(null));
    logging.getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(appender);
    server.close();
  }

  @Test
  void canariesAppearNowhere() {
    server.onToken = reply(200, "{\"access_token\":\"" + TOKEN + "\",\"expires_in\":3600}");
    server.onApi = sequence(
        reply(401, "{\"message\":\"expired\"}"),
        reply(200, "{\"id\":1,\"password\":\"" + PASSWORD + "\",\"access_token\":\"" + TOKEN + "\"}"),
        reply(500, "{\"message\":\"boom\",\"token\":\"" + TOKEN + "\",\"credentials\":{\"password\":\"" + PASSWORD
            + "\"}}"),
        reply(400, "<html>password=" + PASSWORD + " token: " + TOKEN + "</html>", "Content-Type", "text/html"),
        reply(200, "{\"id\": 2, \"password\": \"" + PASSWORD));
    NexlaClientOptions options = NexlaClientOptions.builder().baseUrl(server.baseUrl()).serviceKey(KEY)
        .retry(RetryOptions.none()).build();
    List<Object> seen = new ArrayList<>();
    seen.add(options);
    try (NexlaTransport transport = WebClientTransport.create(options)) {
      NexlaRequest get = NexlaRequest.get("/data_credentials/{id}").pathVariable("id", 1).build();
      NexlaRequest create = NexlaRequest.post("/data_credentials")
          .body(Map.of("name", "db", "credentials", Map.of("password", PASSWORD))).build();
      seen.add(get);
      seen.add(create);
      seen.add(transport.exchange(get).block(WAIT)); // 401, new token, replay, 200 with secrets in the body
      seen.add(error(() -> transport.exchange(get).block(WAIT)));
      seen.add(error(() -> transport.exchange(create).block(WAIT)));
      seen.add(error(() -> transport.retrieve(get, JsonNode.class).block(WAIT)));
      transport.logout().block(WAIT);
    }
    server.onToken = reply(401, "{\"message\":\"bad key\"}");
    try (NexlaTransport rejected = WebClientTransport.create(options)) {
      seen.add(error(() -> rejected.exchange(NexlaRequest.get("/x").build()).block(WAIT)));
    }

    assertThat(seen).hasSize(8).doesNotContainNull();
    for (Object o : seen) {
      String text = o instanceof Throwable t ? stackTrace(t) : o.toString();
      assertThat(text).as("%s", o.getClass()).doesNotContain(CANARIES);
    }
    List<String> lines = appender.list.stream()
        .map(e -> e.getFormattedMessage()
            + (e.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(e.getThrowableProxy())))
        .toList();
    assertThat(lines).anyMatch(l -> l.contains("attempt 2"));
    assertThat(lines).anyMatch(l -> l.contains("request headers"));
    assertThat(lines).anyMatch(l -> l.contains("\"password\":\"****\""));
    assertThat(lines).allSatisfy(l -> assertThat(l).doesNotContain(CANARIES));
    assertThat(server.requests).anyMatch(r -> ("Basic " + KEY).equals(r.header("Authorization")));
  }

  private static Throwable error(Runnable call) {
    try {
      call.run();
    } catch (Throwable t) {
      return t;
    }
    throw new AssertionError("expected the call to fail");
  }

  private static String stackTrace(Throwable t) {
    StringWriter out = new StringWriter();
    t.printStackTrace(new PrintWriter(out));
    return out + " " + t;
  }
}
