package io.nexla.reactive.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexla.reactive.core.NexlaClientOptions;
import io.nexla.reactive.core.error.NexlaAuthenticationException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;

/**
 * The single-flight fetch of {@link TokenCache}, with a scripted token endpoint. Responses to API calls can arrive
 * on another event loop while the token is still being handed to its waiters; these tests replay such
 * interleavings deterministically from inside the emission.
 */
class TokenCacheTest {

  private final AtomicInteger tokenRequests = new AtomicInteger();
  private final List<Sinks.One<TokenGrant>> pending = new ArrayList<>();

  private TokenCache cache() {
    NexlaClientOptions options = NexlaClientOptions.builder().baseUrl("http://127.0.0.1:1/api")
        .serviceKey("service-key").build();
    return new TokenCache(options, key -> Mono.defer(() -> {
      tokenRequests.incrementAndGet();
      Sinks.One<TokenGrant> answer = Sinks.one();
      pending.add(answer);
      return answer.asMono();
    }));
  }

  private void answerToken(int index, String token) {
    pending.get(index).tryEmitValue(new TokenGrant(token, Duration.ofSeconds(3600)));
  }

  @Test
  void waitersShareOneTokenRequest() {
    TokenCache tokens = cache();
    List<String> received = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      tokens.get().subscribe(t -> received.add(t.value().reveal()));
    }
    answerToken(0, "tok-1");

    assertThat(tokenRequests).hasValue(1);
    assertThat(received).containsExactly("tok-1", "tok-1", "tok-1", "tok-1", "tok-1");
  }

  @Test
  void tokenRejectedWhileStillBeingHandedOutIsFetchedAnew() {
    TokenCache tokens = cache();
    List<String> replayed = new ArrayList<>();
    // The first waiter's call is rejected before the fetch has finished emitting (its response came in on
    // another thread): it invalidates the token and asks again from inside the emission.
    tokens.get().subscribe(first -> {
      tokens.invalidate(first);
      tokens.get().subscribe(second -> replayed.add(second.value().reveal()));
    });
    answerToken(0, "tok-1");

    assertThat(tokenRequests).as("the rejected token's fetch is not rejoined").hasValue(2);
    answerToken(1, "tok-2");
    assertThat(replayed).containsExactly("tok-2");
  }

  @Test
  void failedFetchIsNotSharedWithCallersThatAskAfterTheFailure() {
    TokenCache tokens = cache();
    List<Throwable> retried = new ArrayList<>();
    tokens.get().subscribe(t -> { }, failure -> tokens.get().subscribe(t -> { }, retried::add));
    pending.get(0).tryEmitError(new IllegalStateException("connection refused"));

    assertThat(tokenRequests).hasValue(2);
    answerToken(1, "tok-2");
    assertThat(retried).isEmpty();
    StepVerifier.create(tokens.get()).assertNext(t -> assertThat(t.value().reveal()).isEqualTo("tok-2"))
        .verifyComplete();
    assertThat(tokenRequests).hasValue(2);
  }

  @Test
  void fetchFailureIsAnAuthenticationException() {
    TokenCache tokens = cache();
    StepVerifier.create(tokens.get())
        .then(() -> pending.get(0).tryEmitError(new IllegalStateException("connection refused")))
        .expectError(NexlaAuthenticationException.class)
        .verify();
  }

  @Test
  void refreshIsDueFromTheRefreshInstantOnwardsReadFromAMillisecondClock() {
    Instant refreshAt = Instant.ofEpochSecond(1000, 500_000_000);
    assertThat(TokenCache.refreshDue(refreshAt, 1_000_499)).isFalse();
    assertThat(TokenCache.refreshDue(refreshAt, 1_000_500)).isTrue();
    assertThat(TokenCache.refreshDue(refreshAt, 1_001_000)).isTrue();

    Instant betweenMillis = Instant.ofEpochSecond(1000, 500_400_000);
    assertThat(TokenCache.refreshDue(betweenMillis, 1_000_500)).isFalse();
    assertThat(TokenCache.refreshDue(betweenMillis, 1_000_501)).isTrue();

    assertThat(TokenCache.refreshDue(Instant.ofEpochMilli(-1), -1)).isTrue();
    assertThat(TokenCache.refreshDue(Instant.EPOCH, -1)).isFalse();
    // Instants beyond the range of epoch milliseconds compare without overflowing.
    assertThat(TokenCache.refreshDue(Instant.MAX, Long.MAX_VALUE)).isFalse();
    assertThat(TokenCache.refreshDue(Instant.MIN, Long.MIN_VALUE)).isTrue();
  }
}
