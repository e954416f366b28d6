package io.nexla.reactive.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.handler.timeout.ReadTimeoutException;
import io.nexla.reactive.core.NexlaClientOptions;
import io.nexla.reactive.core.error.NexlaTimeoutException;
import io.nexla.reactive.core.retry.RetryOptions;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.HttpProtocol;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.server.HttpServer;
import reactor.test.StepVerifier;

/**
 * The response timeout over loopback: a response that does not start, or stops arriving, fails the attempt; a slow
 * but steady one does not; a connection resting in the pool longer than the timeout is neither failed nor closed.
 */
class ResponseTimeoutTest {

  private static final Duration TIMEOUT = Duration.ofMillis(400);
  private static final Duration WAIT = Duration.ofSeconds(30);

  private final AtomicInteger connections = new AtomicInteger();
  private volatile Route route = Route.PROMPT;
  private final DisposableServer server = HttpServer.create().host("127.0.0.1").port(0)
      .doOnChannelInit((observer, channel, address) -> connections.incrementAndGet())
      .handle((req, res) -> req.receive().then(Mono.defer(() -> switch (route) {
        case PROMPT -> res.header("Content-Type", "application/json").sendString(Mono.just("{\"ok\":true}")).then();
        case SILENT -> Mono.never();
        case STALLS_IN_BODY -> res.header("Content-Type", "application/json").header("Content-Length", "100")
            .sendString(Flux.concat(Mono.just("{\"ok\":"), Mono.never())).then();
        // Ten parts, a quarter of the timeout apart: slower in total than the timeout, never quiet for that long.
        case TRICKLES -> res.header("Content-Type", "application/json")
            .sendString(Flux.interval(TIMEOUT.dividedBy(4)).take(10)
                .map(i -> i == 0 ? "{\"parts\":\"" : i == 9 ? "\"}" : "x"))
            .then();
      })))
      .bindNow();
  private final NexlaTransport transport = WebClientTransport.create(NexlaClientOptions.builder()
      .baseUrl("http://127.0.0.1:" + server.port() + "/api").accessToken("token")
      .responseTimeout(TIMEOUT).retry(RetryOptions.none()).build());

  private enum Route { PROMPT, SILENT, STALLS_IN_BODY, TRICKLES }

  @AfterEach
  void stop() {
    transport.close();
    server.disposeNow();
  }

  private static NexlaRequest get() {
    return NexlaRequest.get("/data_sources/{id}").pathVariable("id", 7).operation("sources.get").build();
  }

  @Test
  void aResponseThatNeverStartsFailsWithATimeout() {
    route = Route.SILENT;

    StepVerifier.create(transport.exchange(get()))
        .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(NexlaTimeoutException.class)
            .hasMessageContaining("No response in time").hasRootCauseInstanceOf(ReadTimeoutException.class))
        .verify(WAIT);
  }

  @Test
  void aResponseThatStopsArrivingFailsWithATimeout() {
    route = Route.STALLS_IN_BODY;

    StepVerifier.create(transport.exchange(get()))
        .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(NexlaTimeoutException.class)
            .hasRootCauseInstanceOf(ReadTimeoutException.class))
        .verify(WAIT);
  }

  @Test
  void aResponseSlowerThanTheTimeoutInTotalButNeverQuietThatLongSucceeds() {
    route = Route.TRICKLES;

    StepVerifier.create(transport.exchange(get()).map(r -> new String(r.body())))
        .assertNext(body -> assertThat(body).isEqualTo("{\"parts\":\"xxxxxxxx\"}"))
        .verifyComplete();
  }

  @Test
  void aConnectionRestingInThePoolLongerThanTheTimeoutServesTheNextRequest() {
    StepVerifier.create(transport.exchange(get())
            .then(Mono.delay(TIMEOUT.multipliedBy(3)))
            .then(transport.exchange(get())))
        .assertNext(response -> assertThat(response.status()).isEqualTo(200))
        .verifyComplete();

    assertThat(connections).as("the second request reused the first one's connection").hasValue(1);
  }

  @Test
  void aTimeoutAfterARestStillCountsFromTheRequestNotFromTheLastRead() {
    // After a rest longer than the timeout, the next request must get its whole timeout: a timer counting from
    // the last read would fail it at once. The answer comes after half the timeout.
    StepVerifier.create(transport.exchange(get())
            .then(Mono.delay(TIMEOUT.multipliedBy(2)))
            .then(Mono.fromRunnable(() -> route = Route.TRICKLES))
            .then(transport.exchange(get())))
        .assertNext(response -> assertThat(response.status()).isEqualTo(200))
        .verifyComplete();
  }

  @Test
  void aClientConfiguredForAnotherProtocolKeepsReactorNettysPerRequestTimeout() {
    HttpClient http11 = ResponseDeadline.apply(HttpClient.create(), TIMEOUT);
    HttpClient h2c = ResponseDeadline.apply(HttpClient.create().protocol(HttpProtocol.H2C), TIMEOUT);

    assertThat(http11.configuration().responseTimeout()).isNull();
    assertThat(h2c.configuration().responseTimeout()).isEqualTo(TIMEOUT);
  }
}
