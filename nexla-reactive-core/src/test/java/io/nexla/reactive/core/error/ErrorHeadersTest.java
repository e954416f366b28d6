package io.nexla.reactive.core.error;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexla.reactive.core.NexlaClientOptions;
import io.nexla.reactive.core.http.NexlaRequest;
import io.nexla.reactive.core.http.NexlaTransport;
import io.nexla.reactive.core.http.WebClientTransport;
import io.nexla.reactive.core.retry.RetryOptions;
import io.nexla.reactive.testkit.Fault;
import io.nexla.reactive.testkit.NexlaEmulator;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/** A failed answer's headers reach the caller through the exception, secret-bearing ones masked; over loopback HTTP. */
class ErrorHeadersTest {

  private static final Duration WAIT = Duration.ofSeconds(30);

  private final NexlaEmulator emulator = NexlaEmulator.start();
  private final NexlaTransport transport = WebClientTransport.create(NexlaClientOptions.builder()
      .baseUrl(emulator.baseUrl()).serviceKey(emulator.serviceKey()).retry(RetryOptions.none()).build());

  @AfterEach
  void stop() {
    transport.close();
    emulator.close();
  }

  private static NexlaRequest getSource(long id) {
    return NexlaRequest.get("/data_sources/{id}").pathVariable("id", id).operation("sources.get").build();
  }

  @Test
  void aRateLimitedAnswerKeepsItsHeadersWithCaseInsensitiveNamesAndSecretsMasked() {
    long id = emulator.store().create("data_sources", Map.of("name", "orders")).get("id").asLong();
    emulator.faults().on("GET", "/data_sources/{id}").respond(Fault.rateLimited(Duration.ofSeconds(7))
        .withHeader("X-RateLimit-Remaining", "0")
        .withHeader("Set-Cookie", "session=cookie-value-1234")
        .withHeader("X-Api-Key", "echoed-key-5678")
        .withHeader("X-Trace", "Bearer leaked-token-9012"));

    StepVerifier.create(transport.exchange(getSource(id)))
        .expectErrorSatisfies(error -> {
          assertThat(error).isInstanceOf(RateLimitException.class);
          NexlaServiceException failure = (NexlaServiceException) error;
          assertThat(failure.headers().getFirst("retry-after")).isEqualTo("7");
          assertThat(failure.headers().get("X-RATELIMIT-REMAINING")).containsExactly("0");
          assertThat(failure.headers().get("set-cookie")).containsExactly("****");
          assertThat(failure.headers().getFirst("x-api-key")).isEqualTo("****");
          assertThat(failure.headers().getFirst("X-Trace")).doesNotContain("leaked-token-9012");
          assertThat(failure.toString() + failure.getMessage() + failure.context())
              .doesNotContain("cookie-value-1234", "echoed-key-5678", "leaked-token-9012");
          assertThat(failure.toString()).doesNotContain("X-RateLimit-Remaining");
        })
        .verify(WAIT);
  }

  @Test
  void theHeadersAreReadOnlyAndAnErrorMadeWithoutAnExchangeHasNone() {
    emulator.faults().on("GET", "/data_sources/{id}").respond(Fault.status(503).withHeader("X-Shard", "b"));

    StepVerifier.create(transport.exchange(getSource(1)))
        .expectErrorSatisfies(error -> {
          NexlaServiceException failure = (NexlaServiceException) error;
          assertThat(failure.status()).isEqualTo(503);
          assertThat(failure.headers().getFirst("x-shard")).isEqualTo("b");
          org.assertj.core.api.Assertions.assertThatThrownBy(() -> failure.headers().add("X-Shard", "c"))
              .isInstanceOf(UnsupportedOperationException.class);
        })
        .verify(WAIT);
    assertThat(new ServerException(new ErrorContext(500, "GET", "/x", null, null, null, null, 1), null).headers()
        .isEmpty()).isTrue();
  }
}
