package io.nexla.reactive.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexla.reactive.core.error.ErrorContext;
import io.nexla.reactive.core.error.NexlaTimeoutException;
import io.nexla.reactive.core.error.NexlaTransportException;
import io.nexla.reactive.core.error.RateLimitException;
import io.nexla.reactive.core.error.ServerException;
import io.nexla.reactive.core.retry.RetryOptions;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

  private static ErrorContext context(int status) {
    return new ErrorContext(status, "GET", "/x", "x.get", "id", null, null, 1);
  }

  @Test
  void backoffDoublesUpToTheCapAndJitterOnlyShortensIt() {
    RetryOptions options = RetryOptions.builder().baseDelay(Duration.ofMillis(500)).maxDelay(Duration.ofSeconds(3))
        .jitter(0.2).build();

    assertThat(RetryPolicy.backoff(options, 1, 1.0)).isEqualTo(Duration.ofMillis(500));
    assertThat(RetryPolicy.backoff(options, 2, 1.0)).isEqualTo(Duration.ofMillis(1000));
    assertThat(RetryPolicy.backoff(options, 3, 1.0)).isEqualTo(Duration.ofMillis(2000));
    assertThat(RetryPolicy.backoff(options, 4, 1.0)).isEqualTo(Duration.ofMillis(3000));
    assertThat(RetryPolicy.backoff(options, 40, 1.0)).isEqualTo(Duration.ofMillis(3000));
    assertThat(RetryPolicy.backoff(options, 2, 0.0)).isEqualTo(Duration.ofMillis(800));
  }

  @Test
  void onlyFailuresTheServerCannotHaveActedOnAreRetriedForWrites() {
    assertThat(RetryPolicy.isRetryable(new RateLimitException(context(429), null, null), false)).isTrue();
    assertThat(RetryPolicy.isRetryable(new ServerException(context(503), null), false)).isFalse();
    assertThat(RetryPolicy.isRetryable(new NexlaTransportException("refused", null, false), false)).isTrue();
    assertThat(RetryPolicy.isRetryable(new NexlaTransportException("reset", null, true), false)).isFalse();
    assertThat(RetryPolicy.isRetryable(new NexlaTimeoutException("slow", null), false)).isFalse();
  }

  @Test
  void idempotentRequestsAreRetriedOnGatewayErrorsAndConnectionFailures() {
    for (int status : new int[] {502, 503, 504}) {
      assertThat(RetryPolicy.isRetryable(new ServerException(context(status), null), true)).isTrue();
    }
    assertThat(RetryPolicy.isRetryable(new ServerException(context(500), null), true)).isFalse();
    assertThat(RetryPolicy.isRetryable(new NexlaTransportException("reset", null, true), true)).isTrue();
    assertThat(RetryPolicy.isRetryable(new NexlaTimeoutException("slow", null), true)).isTrue();
  }
}
