package io.nexla.reactive.benchmarks.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.asynctasks.DownloadLink;
import io.nexla.reactive.core.error.NexlaException;
import io.nexla.reactive.core.error.UnexpectedStatusException;
import io.nexla.reactive.core.retry.RetryOptions;
import io.nexla.reactive.testkit.Fault;
import io.nexla.reactive.testkit.NexlaEmulator;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.core.io.buffer.DataBufferUtils;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/**
 * Credentials go only to the configured API host: a redirect to another host (another name for the same machine
 * counts as another host) fails with a typed error and the other host never sees the bearer token or the
 * service key; download links on another host are fetched without them; plain http is refused for
 * non-loopback hosts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationHeaderSafetyTest {

  NexlaEmulator emulator;
  NexlaClient client;
  /** "localhost" while the emulator is reached as 127.0.0.1: a different host for the client. */
  RecordingServer otherHost;
  /** Same address, different port: a different origin too. */
  RecordingServer otherPort;

  @BeforeAll
  void start() {
    emulator = NexlaEmulator.builder().serviceKey("svc-key-never-elsewhere").start();
    client = NexlaClient.builder().baseUrl(emulator.baseUrl()).serviceKey(emulator.serviceKey())
        .retry(RetryOptions.builder().baseDelay(Duration.ofMillis(5)).build()).build();
    otherHost = new RecordingServer("localhost");
    otherPort = new RecordingServer("127.0.0.1");
    Mono<Void> ok = Mono.empty();
    for (RecordingServer server : new RecordingServer[] {otherHost, otherPort}) {
      server.on("/steal", (req, res) -> res.header("Content-Type", "application/json")
          .sendString(Mono.just("{\"id\":1,\"name\":\"elsewhere\"}")).then());
      server.on("/file.csv", (req, res) -> res.header("Content-Type", "text/csv")
          .sendString(Mono.just("a,b\n1,2\n")).then());
    }
    ok.block();
  }

  @AfterAll
  void stop() {
    client.close();
    otherHost.close();
    otherPort.close();
    emulator.close();
  }

  @BeforeEach
  void reset() {
    emulator.faults().clear();
    emulator.clearJournal();
    otherHost.clear();
    otherPort.clear();
  }

  @Test
  void emulatorAndOtherHostAreDifferentHostsForTheClient() {
    assertThat(URI.create(emulator.baseUrl()).getHost()).isEqualTo("127.0.0.1");
    assertThat(URI.create(otherHost.url()).getHost()).isEqualTo("localhost");
  }

  @Test
  void redirectOfAnAuthenticatedGetToAnotherHostFailsTypedAndSendsNoCredentials() {
    long id = emulator.store().create("data_sources", Map.of("name", "redirected")).get("id").asLong();
    emulator.faults().on("GET", "/data_sources/{id}").respond(Fault.redirect(otherHost.url() + "/steal"));

    StepVerifier.create(client.sources().get(id))
        .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(UnexpectedStatusException.class)
            .satisfies(x -> assertThat(((UnexpectedStatusException) x).status()).isEqualTo(307)))
        .verify(Duration.ofSeconds(10));

    assertThat(emulator.count("GET", "/data_sources/{id}")).isEqualTo(1); // 307 is not retried
    assertNothingLeaked(otherHost);
  }

  @Test
  void redirectToTheSameAddressOnAnotherPortSendsNoCredentials() {
    emulator.faults().on("POST", "/data_sources").respond(Fault.redirect(otherPort.url() + "/steal"));

    StepVerifier.create(client.sources().create(io.nexla.reactive.sources.SourceCreate
            .builder("redirected create", io.nexla.reactive.sources.SourceType.S3).build()))
        .expectError(NexlaException.class)
        .verify(Duration.ofSeconds(10));

    assertNothingLeaked(otherPort);
  }

  @Test
  void redirectOfTheTokenRequestSendsNoServiceKeyElsewhere() {
    emulator.faults().on("POST", "/token").respond(Fault.redirect(otherHost.url() + "/steal"));
    NexlaClient fresh = NexlaClient.builder().baseUrl(emulator.baseUrl()).serviceKey(emulator.serviceKey()).build();
    try {
      StepVerifier.create(fresh.sources().list().take(1))
          .expectError(NexlaException.class)
          .verify(Duration.ofSeconds(10));
    } finally {
      fresh.close();
    }
    assertNothingLeaked(otherHost);
  }

  @Test
  void downloadLinkOnAnotherHostIsFetchedWithoutTheBearerToken() {
    // Obtain a token first, so that one exists and could leak.
    client.sources().list().take(1).then().block(Duration.ofSeconds(10));

    long bytes = client.asyncTasks().download(DownloadLink.of(URI.create(otherHost.url() + "/file.csv")))
        .map(buffer -> {
          int n = buffer.readableByteCount();
          DataBufferUtils.release(buffer);
          return (long) n;
        })
        .reduce(0L, Long::sum)
        .block(Duration.ofSeconds(10));

    assertThat(bytes).isEqualTo(8);
    assertThat(otherHost.received()).hasSize(1);
    assertNothingLeaked(otherHost);
  }

  @Test
  void downloadLinkOnTheApiHostCarriesTheBearerToken() {
    RecordingServer sameHost = otherPort; // stands in for the API host only in this client's view
    NexlaClient pointed = NexlaClient.builder().baseUrl(sameHost.url() + "/nexla-api").accessToken("static-token")
        .build();
    try {
      pointed.asyncTasks().download(DownloadLink.of(URI.create(sameHost.url() + "/file.csv")))
          .doOnNext(DataBufferUtils::release).then().block(Duration.ofSeconds(10));
    } finally {
      pointed.close();
    }
    assertThat(sameHost.received()).singleElement()
        .satisfies(r -> assertThat(r.headers()).containsEntry("authorization", "Bearer static-token"));
  }

  @Test
  void plainHttpIsRefusedForNonLoopbackHostsAndAllowedForLoopback() {
    assertThatThrownBy(() -> NexlaClient.builder().baseUrl("http://dataops.nexla.io/nexla-api").serviceKey("k").build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> NexlaClient.builder().baseUrl("http://10.0.0.5/nexla-api").serviceKey("k").build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> NexlaClient.builder().baseUrl("ftp://dataops.nexla.io/nexla-api").serviceKey("k").build())
        .isInstanceOf(IllegalArgumentException.class);
    for (String ok : new String[] {"https://dataops.nexla.io/nexla-api", "http://localhost:1/nexla-api",
        "http://127.0.0.1:1/nexla-api", "http://[::1]:1/nexla-api"}) {
      NexlaClient.builder().baseUrl(ok).serviceKey("k").build().close();
    }
  }

  private void assertNothingLeaked(RecordingServer server) {
    for (RecordingServer.Received r : server.received()) {
      assertThat(r.headers()).doesNotContainKey("authorization");
      assertThat(r.uri()).doesNotContain(emulator.serviceKey());
      assertThat(r.headers().values()).noneMatch(v -> v.contains(emulator.serviceKey()));
    }
  }
}
