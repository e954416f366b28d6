package io.nexla.reactive.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.core.http.NexlaRequest;
import io.nexla.reactive.core.testing.RecordingTransport;
import java.net.URI;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

class WebhooksClientTest {

  private static final String KEY = "wh-secret-key-123";
  private static final String URL = "https://hooks.example.com/webhook/abc123";

  private final RecordingTransport transport = RecordingTransport.on(Schedulers.immediate()).respond(
      r -> RecordingTransport.ok(Map.of("dataset_id", 54321, "processed", 2, "extra", true)));
  private final WebhooksClient client = NexlaClient.of(transport).webhooks(KEY);

  @Test
  void sendOneRecordPostsTheObjectToTheFullUrlWithTheKeyInTheQueryAndNoBearerToken() {
    Map<String, Object> record = Map.of("event", "page_view", "user_id", 123);
    StepVerifier.create(client.sendRecord(URL, record))
        .assertNext(r -> {
          assertThat(r.datasetId()).isEqualTo(54321L);
          assertThat(r.processed()).isEqualTo(2L);
          assertThat(r.additionalProperties()).containsEntry("extra", true);
        })
        .verifyComplete();

    NexlaRequest sent = transport.requests().get(0);
    assertThat(sent.method()).isEqualTo(HttpMethod.POST);
    assertThat(sent.absoluteUrl()).isEqualTo(URI.create(URL));
    assertThat(sent.authenticated()).isFalse();
    assertThat(sent.idempotent()).isFalse();
    assertThat(sent.body()).isEqualTo(record);
    assertThat(sent.query()).as("the key stays out of the URL by default").isEmpty();
    assertThat(sent.headers()).containsEntry("Authorization",
        "Basic " + Base64.getEncoder().encodeToString(KEY.getBytes()));
    assertThat(sent.toString()).doesNotContain(KEY).doesNotContain("abc123");
  }

  @Test
  void sendManyRecordsPostsOneArrayToTheSameUrlAndOnlyTrueFlags() {
    WebhookSendOptions options = WebhookSendOptions.DEFAULTS.withIncludeHeaders(true)
        .withForceSchemaDetection(true).withIncludeUrlParams(false);
    StepVerifier.create(client.sendRecords(URL, List.of(Map.of("id", 1), Map.of("id", 2)), options))
        .expectNextCount(1).verifyComplete();
    StepVerifier.create(client.sendRecords(URL, List.of())).expectNextCount(1).verifyComplete();

    NexlaRequest many = transport.requests().get(0);
    assertThat(many.absoluteUrl()).isEqualTo(URI.create(URL));
    assertThat(many.body()).isEqualTo(List.of(Map.of("id", 1), Map.of("id", 2)));
    assertThat(many.query()).containsOnlyKeys("include_headers", "force_schema_detection")
        .containsEntry("include_headers", List.of("true"))
        .containsEntry("force_schema_detection", List.of("true"));
    assertThat(transport.requests().get(1).body()).isEqualTo(List.of());
  }

  @Test
  void queryModeSendsTheKeyAsApiKeyAndNoAuthorizationHeader() {
    StepVerifier.create(client.sendRecord(URL, Map.of("a", 1), WebhookSendOptions.DEFAULTS.withAuth(WebhookAuth.QUERY)))
        .expectNextCount(1).verifyComplete();
    NexlaRequest sent = transport.requests().get(0);
    assertThat(sent.query()).containsOnlyKeys("api_key").containsEntry("api_key", List.of(KEY));
    assertThat(sent.headers()).doesNotContainKey("Authorization");
  }

  @Test
  void malformedUrlsSignalErrorsThatNameNeitherTheUrlNorTheKeyAndSendNothing() {
    for (String bad : List.of("/webhook/abc123", "ftp://h/webhook/abc123", "https://h/webhook/abc123?api_key=x",
        "https://h/web hook/abc123")) {
      StepVerifier.create(client.sendRecord(bad, Map.of()))
          .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(IllegalArgumentException.class)
              .hasMessageNotContaining("abc123").hasMessageNotContaining(KEY))
          .verify();
    }
    assertThat(transport.requests()).isEmpty();
  }

  @Test
  void theKeyIsNeverShownAndIsRequired() {
    assertThat(client.toString()).doesNotContain(KEY);
    assertThat(client.withOptions(o -> o.header("X-Trace", "1")).toString()).doesNotContain(KEY);
    assertThatThrownBy(() -> NexlaClient.of(transport).webhooks(" "))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void sendIsColdAndWithOptionsAddsPerCallOptions() {
    var mono = client.withOptions(o -> o.header("X-Team", "ingest")).sendRecord(URL, Map.of());
    assertThat(transport.requests()).isEmpty();
    StepVerifier.create(mono).expectNextCount(1).verifyComplete();
    assertThat(transport.requests().get(0).options().headers()).containsEntry("X-Team", "ingest");
  }
}
