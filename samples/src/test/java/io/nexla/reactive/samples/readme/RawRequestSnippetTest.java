package io.nexla.reactive.samples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.core.error.RateLimitException;
import io.nexla.reactive.testkit.Fault;
import io.nexla.reactive.testkit.NexlaEmulator;
import io.nexla.reactive.testkit.NexlaEmulatorExtension;
import io.nexla.reactive.testkit.RecordedRequest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import reactor.test.StepVerifier;

/** The README's raw-request example, run against the emulator. */
@ExtendWith(NexlaEmulatorExtension.class)
class RawRequestSnippetTest {

  @Test
  void theRawRequestSendsItsQueryAndHeaderAndEmitsTheJson(NexlaEmulator emulator, NexlaClient client) {
    long id = emulator.store().create("data_sources", Map.of("name", "orders")).get("id").asLong();

    StepVerifier.create(ReadmeSnippets.rawRequest(client, id))
        .assertNext(json -> assertThat(json.get("name").asString()).isEqualTo("orders"))
        .verifyComplete();

    RecordedRequest sent = emulator.journal().stream().filter(r -> "/data_sources/{id}".equals(r.route()))
        .reduce((first, second) -> second).orElseThrow();
    assertThat(sent.query().get("expand")).containsExactly("1");
    assertThat(sent.headers().get("x-team")).isEqualTo("ingest");
  }

  @Test
  void aFailedRawRequestCarriesTheResponseHeaders(NexlaEmulator emulator, NexlaClient client) {
    emulator.faults().on("GET", "/data_sources/{id}").respond(Fault.rateLimited(Duration.ofSeconds(90))
        .withHeader("X-RateLimit-Remaining", "0"));
    // 90 s is over the client's longest server-requested wait: signalled at once, not retried.

    StepVerifier.create(ReadmeSnippets.rawRequest(client, 1))
        .expectErrorSatisfies(e -> {
          assertThat(e).isInstanceOf(RateLimitException.class);
          assertThat(((RateLimitException) e).headers().getFirst("x-ratelimit-remaining")).isEqualTo("0");
          assertThat(((RateLimitException) e).headers().getFirst("Retry-After")).isEqualTo("90");
        })
        .verify(Duration.ofSeconds(30));
  }
}
