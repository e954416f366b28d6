package io.nexla.reactive.benchmarks.reliability;

import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.asynctasks.AsyncTasksClient;
import io.nexla.reactive.benchmarks.reliability.MalformedResponseCorpus.Case;
import io.nexla.reactive.benchmarks.reliability.MalformedResponseCorpus.Expect;
import io.nexla.reactive.core.error.NexlaException;
import io.nexla.reactive.core.error.NexlaServiceException;
import io.nexla.reactive.core.error.UndecodableRecordException;
import io.nexla.reactive.core.polling.PollOptions;
import io.nexla.reactive.core.retry.RetryOptions;
import io.nexla.reactive.sources.SourceCreate;
import io.nexla.reactive.sources.SourceType;
import io.nexla.reactive.sources.SourcesClient;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeoutException;
import org.springframework.core.io.buffer.DataBufferUtils;
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
        .maxDownloadBytes(MalformedResponseCorpus.DOWNLOAD_LIMIT)
        .maxIdleTime(Duration.ofMillis(300))
        .retry(RetryOptions.builder().maxAttempts(2).baseDelay(Duration.ofMillis(10)).maxDelay(Duration.ofMillis(50))
            .maxServerDelay(Duration.ofSeconds(1)).totalBudget(MalformedResponseCorpus.BUDGET).build())
        .build();
  }

  static void route(RecordingServer server, Case c) {
    server.on("/nexla-api/data_sources/1", c.handler());
    server.on("/nexla-api/data_sources", c.handler());
    server.on("/nexla-api/async_tasks/1", c.handler());
    server.on("/nexla-api/async_tasks/1/download_link", c.handler());
    server.on("/nexla-api/downloads/1", c.handler());
  }

  /**
   * Header every request of a case carries, so the requests of one case are told apart from late ones of the
   * case before (page requests a list had in flight when it was cancelled may reach the server afterwards).
   */
  static final String CASE_HEADER = "X-Corpus-Case";

  /** The requests {@code c} sent, out of everything the server received since it was cleared. */
  static List<RecordingServer.Received> ofCase(List<RecordingServer.Received> received, Case c) {
    String id = caseId(c);
    return received.stream().filter(r -> id.equals(r.headers().get(CASE_HEADER.toLowerCase(Locale.ROOT))))
        .toList();
  }

  private static String caseId(Case c) {
    return Integer.toHexString(c.name().hashCode());
  }

  static Outcome run(NexlaClient client, Case c, Duration hangLimit) {
    String id = caseId(c);
    SourcesClient sources = client.sources().withOptions(o -> o.header(CASE_HEADER, id));
    AsyncTasksClient tasks = client.asyncTasks().withOptions(o -> o.header(CASE_HEADER, id));
    Mono<Object> call = switch (c.call()) {
      case GET_ONE -> sources.get(1).cast(Object.class);
      case LIST -> sources.list().take(500).collectList().cast(Object.class);
      case CREATE -> sources.create(SourceCreate.builder("corpus create", SourceType.S3).build())
          .cast(Object.class);
      case LIST_SKIPPING -> Mono.defer(() -> {
        List<UndecodableRecordException> reports = new CopyOnWriteArrayList<>();
        return sources.list().skipUndecodable(reports::add).take(500).collectList()
            .map(items -> (Object) new MalformedResponseCorpus.Skipping(items, List.copyOf(reports)));
      });
      case POLL -> tasks.beginPolling(1).withOptions(PollOptions.builder()
              .interval(MalformedResponseCorpus.POLL_INTERVAL).maxInterval(MalformedResponseCorpus.POLL_INTERVAL)
              .totalTimeout(MalformedResponseCorpus.POLL_TOTAL).build())
          .result().cast(Object.class);
      case DOWNLOAD -> client.asyncTasks()
          .withOptions(o -> o.timeout(MalformedResponseCorpus.DOWNLOAD_DEADLINE).header(CASE_HEADER, id))
          .download(1)
          .map(buffer -> {
            long bytes = buffer.readableByteCount();
            DataBufferUtils.release(buffer);
            return bytes;
          })
          .reduce(0L, Long::sum).cast(Object.class);
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

  /** Message, toString, server message and body of every exception of the graph (causes and suppressed). */
  static List<String> exceptionStrings(Throwable root) {
    List<String> out = new ArrayList<>();
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Throwable> queue = new ArrayDeque<>(List.of(root));
    while (!queue.isEmpty()) {
      Throwable t = queue.poll();
      if (!seen.add(t)) {
        continue;
      }
      out.add(String.valueOf(t.getMessage()));
      out.add(t.toString());
      if (t instanceof NexlaServiceException service) {
        out.add(service.serverMessage().orElse(""));
        out.add(String.valueOf(service.body().orElse(null)));
        out.add(String.valueOf(service.context()));
      }
      if (t.getCause() != null) {
        queue.add(t.getCause());
      }
      queue.addAll(List.of(t.getSuppressed()));
    }
    return out;
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
      List<String> strings = exceptionStrings(e);
      if (strings.stream().anyMatch(s -> s.contains(secret))) {
        return "secret in error";
      }
      if (c.name().startsWith(HostileCases.ECHO) && strings.stream().noneMatch(s -> s.contains("****"))) {
        return "echoed secret not shown masked";
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
