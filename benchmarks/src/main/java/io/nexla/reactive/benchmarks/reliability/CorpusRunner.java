package io.nexla.reactive.benchmarks.reliability;

import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.benchmarks.reliability.MalformedResponseCorpus.Case;
import io.nexla.reactive.benchmarks.reliability.MalformedResponseCorpus.Expect;
import io.nexla.reactive.core.error.NexlaException;
import io.nexla.reactive.core.retry.RetryOptions;
import io.nexla.reactive.sources.SourceCreate;
import io.nexla.reactive.sources.SourceType;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import reactor.core.publisher.Mono;

/** Runs corpus cases against a client and judges each outcome (same rules as the CI corpus test). */
final class CorpusRunner {

  private CorpusRunner() {}

  /** Outcome of one case. */
  record Outcome(Optional<Object> value, Throwable error, boolean hung, long millis) {}

  /** The client settings the corpus is defined against. */
  static NexlaClient corpusClient(String baseUrl, String token) {
    return NexlaClient.builder().baseUrl(baseUrl).accessToken(token)
        .responseTimeout(MalformedResponseCorpus.RESPONSE_TIMEOUT)
        .maxResponseBytes(MalformedResponseCorpus.BODY_LIMIT)
        .maxIdleTime(Duration.ofMillis(300))
        .retry(RetryOptions.builder().maxAttempts(2).baseDelay(Duration.ofMillis(10)).maxDelay(Duration.ofMillis(50))
            .maxServerDelay(Duration.ofSeconds(1)).totalBudget(MalformedResponseCorpus.BUDGET).build())
        .build();
  }

  static void route(RecordingServer server, Case c) {
    server.on("/nexla-api/data_sources/1", c.handler());
    server.on("/nexla-api/data_sources", c.handler());
  }

  static Outcome run(NexlaClient client, Case c, Duration hangLimit) {
    Mono<Object> call = switch (c.call()) {
      case GET_ONE -> client.sources().get(1).cast(Object.class);
      case LIST -> client.sources().list().take(500).collectList().cast(Object.class);
      case CREATE -> client.sources().create(SourceCreate.builder("corpus create", SourceType.S3).build())
          .cast(Object.class);
    };
    long started = System.nanoTime();
    try {
      Optional<Object> value = call.map(Optional::of).defaultIfEmpty(Optional.empty()).block(hangLimit);
      return new Outcome(value, null, false, (System.nanoTime() - started) / 1_000_000);
    } catch (RuntimeException e) {
      boolean hung = e.getClass() == IllegalStateException.class && e.getMessage() != null
          && e.getMessage().startsWith("Timeout on blocking read");
      Throwable error = e.getClass().getName().startsWith("reactor.core.Exceptions") && e.getCause() != null
          && !(e.getCause() instanceof TimeoutException) ? e.getCause() : e;
      return new Outcome(null, error, hung, (System.nanoTime() - started) / 1_000_000);
    }
  }

  /** Why the outcome is wrong for the case, or {@code null} when it is right. */
  static String verdict(Case c, Outcome o, List<RecordingServer.Received> requests, String secret) {
    if (o.hung()) {
      return "hung";
    }
    if (o.error() != null) {
      Throwable e = o.error();
      if (!(e instanceof NexlaException)) {
        return "untyped error " + e;
      }
      if (String.valueOf(e).contains(secret) || String.valueOf(e.getCause()).contains(secret)) {
        return "secret in error";
      }
      if (c.expect() == Expect.VALUE || c.expect() == Expect.EMPTY) {
        return "expected " + c.expect() + " but got " + e;
      }
      if (!c.errorType().isInstance(e)) {
        return "expected " + c.errorType().getSimpleName() + " but got " + e;
      }
    } else {
      switch (c.expect()) {
        case ERROR -> {
          return "expected an error but got " + o.value();
        }
        case EMPTY -> {
          if (o.value().isPresent()) {
            return "expected empty but got " + o.value().get();
          }
        }
        case VALUE, ERROR_OR_VALUE -> {
          if (o.value().isEmpty() ? c.expect() == Expect.VALUE : !c.valueCheck().test(o.value().get())) {
            return "wrong value " + o.value();
          }
        }
      }
    }
    if (c.maxRequests() > 0 && requests.size() > c.maxRequests()) {
      return "sent " + requests.size() + " requests, at most " + c.maxRequests() + " allowed";
    }
    if (requests.stream().anyMatch(r -> !r.uri().startsWith("/nexla-api/"))) {
      return "request outside the API: " + requests;
    }
    return null;
  }
}
