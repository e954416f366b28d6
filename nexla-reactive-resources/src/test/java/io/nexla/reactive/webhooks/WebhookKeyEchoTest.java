package io.nexla.reactive.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexla.reactive.core.error.NexlaDecodeException;
import io.nexla.reactive.core.error.NexlaException;
import io.nexla.reactive.core.error.NexlaServiceException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.test.StepVerifier;

/** A webhook endpoint that quotes the API key back, raw, in a body the client cannot decode or in an error. */
class WebhookKeyEchoTest {

  private static final String KEY = "canary-webhook-key-6f21d0";
  private DisposableServer server;

  @AfterEach
  void stop() {
    server.disposeNow();
  }

  private String serve(int status, String body) {
    server = HttpServer.create().host("127.0.0.1").port(0)
        .handle((req, res) -> req.receive().then().then(res.status(status)
            .header("Content-Type", "application/json").sendString(Mono.just(body)).then()))
        .bindNow();
    return "http://127.0.0.1:" + server.port() + "/webhook/abc";
  }

  private static void assertMasked(Throwable e) {
    StringBuilder all = new StringBuilder(e.toString());
    for (Throwable t = e; t != null; t = t.getCause()) {
      all.append(' ').append(t.getMessage());
      if (t instanceof NexlaServiceException s) {
        all.append(' ').append(s.serverMessage().orElse("")).append(' ').append(s.body().orElse(null));
      }
      if (t instanceof NexlaDecodeException d) {
        all.append(' ').append(d.bodyExcerpt().orElse(""));
      }
    }
    assertThat(all.toString()).contains("****").doesNotContain(KEY);
  }

  @Test
  void aKeyEchoedInAnUndecodableAnswerIsMasked() {
    String url = serve(200, "thanks, " + KEY + ", for the records");
    try (WebhooksClient hooks = WebhooksClient.builder(KEY).allowInsecureHttp().build()) {
      StepVerifier.create(hooks.sendRecord(url, Map.of("n", 1)))
          .expectErrorSatisfies(e -> {
            assertThat(e).isInstanceOf(NexlaDecodeException.class);
            assertMasked(e);
          })
          .verify(Duration.ofSeconds(30));
    }
  }

  @Test
  void aKeyEchoedInAnErrorUnderAnyFieldIsMasked() {
    String url = serve(400, "{\"message\":\"bad key " + KEY + "\",\"received\":{\"k\":\"" + KEY + "\"}}");
    try (WebhooksClient hooks = WebhooksClient.builder(KEY).allowInsecureHttp().build()) {
      StepVerifier.create(hooks.sendRecord(url, Map.of("n", 1), WebhookSendOptions.DEFAULTS.withAuth(
              WebhookAuth.QUERY)))
          .expectErrorSatisfies(e -> {
            assertThat(e).isInstanceOf(NexlaException.class);
            assertMasked(e);
          })
          .verify(Duration.ofSeconds(30));
    }
  }
}
