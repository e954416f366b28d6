package io.nexla.reactive.core.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexla.reactive.core.NexlaClientOptions;
import io.nexla.reactive.core.error.UnexpectedStatusException;
import io.nexla.reactive.core.http.NexlaRequest;
import io.nexla.reactive.core.http.NexlaTransport;
import io.nexla.reactive.core.http.RequestOptions;
import io.nexla.reactive.core.http.WebClientTransport;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBufferUtils;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.test.StepVerifier;

/**
 * Redirects are not followed and are never taken for success: a 3xx answer to an API call or a download is a
 * typed {@link UnexpectedStatusException}, sent once, and the redirect target (another host) receives nothing.
 */
class RedirectTest {

  DisposableServer api;
  DisposableServer elsewhere;
  final List<String> elsewhereAuthorization = new CopyOnWriteArrayList<>();
  NexlaTransport transport;

  @BeforeEach
  void start() {
    elsewhere = HttpServer.create().host("localhost").port(0)
        .handle((req, res) -> {
          elsewhereAuthorization.add(String.valueOf(req.requestHeaders().get("Authorization")));
          return res.header("Content-Type", "application/json").sendString(Mono.just("{\"id\":1}"));
        })
        .bindNow();
    String target = "http://localhost:" + elsewhere.port() + "/taken";
    api = HttpServer.create().host("127.0.0.1").port(0)
        .handle((req, res) -> req.receive().then(res.status(307).header("Location", target)
            .header("Content-Type", "application/json").sendString(Mono.just("{\"id\":99}")).then()))
        .bindNow();
    transport = WebClientTransport.create(NexlaClientOptions.builder()
        .baseUrl("http://127.0.0.1:" + api.port() + "/api").accessToken("secret-token").build());
  }

  @AfterEach
  void stop() {
    transport.close();
    api.disposeNow();
    elsewhere.disposeNow();
  }

  @Test
  void redirectedReadIsAnErrorNotAnEmptySuccess() {
    StepVerifier.create(transport.exchange(NexlaRequest.get("/things/{id}").pathVariable("id", 1).build()))
        .expectErrorSatisfies(e -> assertThat(e).isInstanceOfSatisfying(UnexpectedStatusException.class,
            u -> assertThat(u.status()).isEqualTo(307)))
        .verify(Duration.ofSeconds(10));
    assertThat(elsewhereAuthorization).isEmpty();
  }

  @Test
  void redirectedCreateIsAnErrorNotAnEmptySuccess() {
    StepVerifier.create(transport.exchange(NexlaRequest.post("/things").body(java.util.Map.of("name", "x")).build()))
        .expectError(UnexpectedStatusException.class)
        .verify(Duration.ofSeconds(10));
    assertThat(elsewhereAuthorization).isEmpty();
  }

  @Test
  void redirectedDownloadIsAnErrorNotTheArtifact() {
    URI link = URI.create("http://127.0.0.1:" + api.port() + "/downloads/1");
    StepVerifier.create(transport.download(link, RequestOptions.NONE).doOnNext(DataBufferUtils::release))
        .expectError(UnexpectedStatusException.class)
        .verify(Duration.ofSeconds(10));
    assertThat(elsewhereAuthorization).isEmpty();
  }
}
