package io.nexla.reactive.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.core.error.NexlaTransportException;
import io.nexla.reactive.core.error.NotFoundException;
import io.nexla.reactive.core.error.UnauthorizedException;
import io.nexla.reactive.testkit.Fault;
import io.nexla.reactive.testkit.NexlaEmulator;
import io.nexla.reactive.testkit.RecordedRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

/** Webhook sends over real loopback HTTP against the emulator's webhook endpoint. */
class WebhookWireTest {

  private static final String ROUTE = "/webhook/{id}";

  private NexlaEmulator emulator;
  private NexlaClient client;
  private long source;
  private String url;

  @BeforeEach
  void start() {
    emulator = NexlaEmulator.start();
    client = NexlaClient.builder().baseUrl(emulator.baseUrl()).serviceKey(emulator.serviceKey()).build();
    source = emulator.store().create("data_sources", Map.of("name", "hook")).get("id").asLong();
    url = emulator.webhookUrl(source);
  }

  @AfterEach
  void stop() {
    client.close();
    emulator.close();
  }

  @Test
  void bothAuthModesReachTheWebhookWithoutABearerToken() {
    WebhooksClient hooks = client.webhooks(emulator.serviceKey());
    StepVerifier.create(hooks.sendRecord(url, Map.of("n", 1)))
        .assertNext(r -> assertThat(r.processed()).isEqualTo(1L)).verifyComplete();
    StepVerifier.create(hooks.sendRecords(url, List.of(Map.of("n", 2), Map.of("n", 3)),
            WebhookSendOptions.DEFAULTS.withAuth(WebhookAuth.QUERY).withIncludeUrlParams(true)))
        .assertNext(r -> assertThat(r.processed()).isEqualTo(2L)).verifyComplete();

    List<RecordedRequest> sent = emulator.journal().stream().filter(r -> ROUTE.equals(r.route())).toList();
    assertThat(sent).hasSize(2);
    assertThat(sent.get(0).query()).isEmpty();
    assertThat(sent.get(0).headers().get("authorization")).startsWith("Basic ");
    assertThat(sent.get(1).query()).containsOnlyKeys("api_key", "include_url_params");
    assertThat(sent).allSatisfy(r -> assertThat(r.headers().getOrDefault("authorization", ""))
        .doesNotStartWith("Bearer"));
    assertThat(emulator.journal()).noneMatch(r -> r.path().endsWith("/token"));
    // The protocol's webhook client sends no Accept; Reactor Netty's neutral default "*/*" is equivalent.
    assertThat(sent).as("webhook pushes ask for no Nexla media type").allSatisfy(r -> assertThat(
        r.headers().getOrDefault("accept", "*/*")).isEqualTo("*/*"));
    assertThat(emulator.store().webhookRecords(source)).hasSize(3);
  }

  @Test
  void aStandaloneClientNeedsOnlyTheWebhookKey() {
    WebhooksClient hooks = WebhooksClient.builder(emulator.serviceKey())
        .responseTimeout(Duration.ofSeconds(10))
        .build();
    try (hooks) {
      StepVerifier.create(hooks.sendRecord(url, Map.of("n", 1)))
          .assertNext(r -> assertThat(r.processed()).isEqualTo(1L)).verifyComplete();
      StepVerifier.create(hooks.withOptions(o -> o.header("X-Team", "ingest")).sendRecord(url, Map.of("n", 2)))
          .assertNext(r -> assertThat(r.processed()).isEqualTo(1L)).verifyComplete();
    }

    assertThat(emulator.store().webhookRecords(source)).hasSize(2);
    assertThat(emulator.journal()).noneMatch(r -> r.path().endsWith("/token"));
    assertThat(hooks.toString()).doesNotContain(emulator.serviceKey());
  }

  @Test
  void aStandaloneClientRefusesSessionCredentials() {
    assertThatThrownBy(() -> WebhooksClient.builder("hook-key")
        .serviceKey("svc-key").build()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> WebhooksClient.create(" "))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void errorsNameNeitherTheKeyNorTheUrl() {
    String key = emulator.serviceKey();
    StepVerifier.create(client.webhooks("wrong-" + key).sendRecord(url, Map.of()))
        .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(UnauthorizedException.class)
            .satisfies(WebhookWireTest::freeOfSecrets))
        .verify(Duration.ofSeconds(10));
    StepVerifier.create(client.webhooks(key).sendRecord(emulator.webhookUrl(999_999), Map.of()))
        .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(NotFoundException.class))
        .verify(Duration.ofSeconds(10));
  }

  @Test
  void aBatchWhoseConnectionIsLostAfterProcessingIsReportedAndNeverResent() {
    emulator.faults().on("POST", ROUTE).sequence(Fault.pass(), Fault.resetAfterProcessing());
    WebhooksClient hooks = client.webhooks(emulator.serviceKey());

    List<WebhookBatchResult> results = hooks.push(url, Flux.range(0, 6).map(i -> Map.of("i", i)),
            WebhookBatching.of(2, Duration.ofSeconds(5), 1))
        .collectList().block(Duration.ofSeconds(30));

    assertThat(results).extracting(WebhookBatchResult::index).containsExactly(0L, 1L, 2L);
    assertThat(results.get(0).succeeded()).isTrue();
    assertThat(results.get(1).error()).isInstanceOfSatisfying(NexlaTransportException.class,
        e -> assertThat(e.requestMayHaveBeenProcessed()).isTrue());
    freeOfSecrets(results.get(1).error());
    assertThat(results.get(2).processed()).contains(2L);
    // three sends, each processed once: the ambiguous one was not repeated, so no record is duplicated
    assertThat(emulator.count("POST", ROUTE)).isEqualTo(3);
    assertThat(emulator.store().webhookRecords(source)).hasSize(6);
  }

  private static void freeOfSecrets(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      assertThat(String.valueOf(t.getMessage())).doesNotContain("api_key").doesNotContain("/webhook/");
    }
  }
}
