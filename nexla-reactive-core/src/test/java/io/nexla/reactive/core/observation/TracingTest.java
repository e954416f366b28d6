package io.nexla.reactive.core.observation;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.observation.Observation;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import io.micrometer.tracing.test.simple.SimpleSpan;
import io.nexla.reactive.core.NexlaClientOptions;
import io.nexla.reactive.core.http.NexlaRequest;
import io.nexla.reactive.core.http.NexlaResponse;
import io.nexla.reactive.core.http.NexlaTransport;
import io.nexla.reactive.core.http.WebClientTransport;
import io.nexla.reactive.core.paging.PagedFlux;
import io.nexla.reactive.core.polling.PollOptions;
import io.nexla.reactive.core.polling.PollState;
import io.nexla.reactive.core.polling.PollStrategy;
import io.nexla.reactive.core.polling.Polled;
import io.nexla.reactive.core.polling.Poller;
import io.nexla.reactive.core.retry.RetryOptions;
import io.nexla.reactive.testkit.Fault;
import io.nexla.reactive.testkit.NexlaEmulator;
import io.nexla.reactive.testkit.RecordedRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.JsonNode;

/**
 * The span tree of real calls against the emulator: one operation span per logical call under the caller's span,
 * one WebClient span per attempt under it, and a {@code traceparent} naming that attempt's span on the wire.
 */
class TracingTest {

  private static final Duration WAIT = Duration.ofSeconds(60);

  private final NexlaEmulator emulator = NexlaEmulator.builder().taskDuration(Duration.ofMillis(300)).start();
  private final TracingSupport tracing = new TracingSupport();
  private final NexlaTransport transport = WebClientTransport.create(NexlaClientOptions.builder()
      .baseUrl(emulator.baseUrl()).serviceKey(emulator.serviceKey())
      .observationRegistry(tracing.registry)
      .retry(RetryOptions.builder().baseDelay(Duration.ofMillis(5)).build())
      .polling(PollOptions.builder().interval(Duration.ofMillis(50)).maxInterval(Duration.ofMillis(100)).build())
      .build());
  private final Observation caller = Observation.start("caller", tracing.registry);

  @AfterEach
  void stop() {
    transport.close();
    emulator.close();
  }

  private <T> T inCaller(Mono<T> call) {
    try {
      return call.contextWrite(c -> c.put(ObservationThreadLocalAccessor.KEY, caller)).block(WAIT);
    } finally {
      caller.stop();
    }
  }

  private SimpleSpan callerSpan() {
    return tracing.named("caller").get(0);
  }

  @Test
  void retriedGetIsOneOperationSpanWithOneChildSpanPerAttemptEachSentAsTraceparent() {
    long id = emulator.store().create("data_sources", Map.of("name", "traced")).get("id").asLong();
    emulator.faults().on("GET", "/data_sources/{id}").sequence(Fault.status(503));

    inCaller(transport.exchange(NexlaRequest.get("/data_sources/{id}").pathVariable("id", id)
        .operation("sources.get").build()));

    List<SimpleSpan> operations = tracing.named("sources.get");
    assertThat(operations).hasSize(1);
    SimpleSpan operation = operations.get(0);
    assertThat(operation.getParentId()).isEqualTo(callerSpan().getSpanId());
    assertThat(operation.getTraceId()).isEqualTo(callerSpan().getTraceId());
    assertThat(operation.getTags()).containsEntry("nexla.operation", "sources.get")
        .containsEntry("nexla.attempts.bucket", "2").containsEntry("outcome", "success")
        .containsEntry("nexla.resource.id", Long.toString(id))
        .containsKey("nexla.request.id");

    List<SimpleSpan> attempts = tracing.childrenOf(operation).stream()
        .filter(s -> "http get".equals(s.getName())).toList();
    assertThat(attempts).hasSize(2)
        .allSatisfy(s -> assertThat(s.getTags()).containsEntry("uri", "/nexla-api/data_sources/{id}"));
    List<String> sent = emulator.journal().stream().filter(r -> "/data_sources/{id}".equals(r.route()))
        .map(r -> r.header("traceparent")).toList();
    assertThat(sent).hasSize(2).doesNotContainNull()
        .containsExactlyInAnyOrderElementsOf(attempts.stream().map(TracingSupport::traceparent).toList());
  }

  @Test
  void threePageListIsThreeOperationSpansInTheCallersTrace() {
    for (int i = 0; i < 5; i++) {
      emulator.store().create("data_sources", Map.of("name", "s" + i));
    }
    PagedFlux<Long> sources = PagedFlux.fromRequest(transport,
        NexlaRequest.get("/data_sources").operation("sources.list").build(), 2, json -> json.get("id").asLong())
        .prefetch(1);   // one page at a time: no request past the end, whose span would be cancelled

    List<Long> ids = inCaller(sources.collectList());

    assertThat(ids).hasSize(5);
    List<SimpleSpan> pages = tracing.named("sources.list");
    assertThat(pages).hasSize(3).allSatisfy(page -> {
      assertThat(page.getParentId()).isEqualTo(callerSpan().getSpanId());
      assertThat(tracing.childrenOf(page)).filteredOn(s -> "http get".equals(s.getName())).hasSize(1);
      assertThat(page.getTags()).containsEntry("outcome", "success");
    });
    List<String> sent = emulator.journal().stream().filter(r -> "/data_sources".equals(r.route()))
        .map(r -> r.header("traceparent")).toList();
    assertThat(sent).hasSize(3).allSatisfy(h -> assertThat(h).contains(callerSpan().getTraceId()));
  }

  @Test
  void taskPolledToCompletionKeepsEveryPollInTheCallersTrace() {
    Mono<JsonNode> activation = transport.exchange(NexlaRequest.post("/async_tasks")
        .body(Map.of("type", "EXPORT_DATA", "arguments", Map.of())).operation("asyncTasks.create").build())
        .map(NexlaResponse::json);
    Poller<JsonNode> poller = Poller.create(activation, task -> transport.exchange(
            NexlaRequest.get("/async_tasks/{id}").pathVariable("id", task.get("id").asLong())
                .operation("asyncTasks.get").build())
        .map(response -> Polled.of(Objects.requireNonNull(response.json()))), new TaskStrategy(),
        transport.options().polling(), Schedulers.parallel());

    JsonNode done = inCaller(poller.result());

    assertThat(done.get("status").asString()).isEqualTo("DONE");
    assertThat(tracing.named("asyncTasks.create")).hasSize(1);
    List<SimpleSpan> polls = tracing.named("asyncTasks.get");
    assertThat(polls).isNotEmpty().allSatisfy(poll -> {
      assertThat(poll.getParentId()).isEqualTo(callerSpan().getSpanId());
      assertThat(poll.getTraceId()).isEqualTo(callerSpan().getTraceId());
    });
    List<RecordedRequest> sentPolls = emulator.journal().stream()
        .filter(r -> "/async_tasks/{id}".equals(r.route())).toList();
    assertThat(sentPolls).hasSize(polls.size())
        .allSatisfy(r -> assertThat(r.header("traceparent")).contains(callerSpan().getTraceId()));
  }

  /** DONE succeeds, FAILED fails, anything else is in progress. */
  static final class TaskStrategy implements PollStrategy<JsonNode> {
    @Override
    public PollState state(JsonNode task) {
      return switch (task.get("status").asString()) {
        case "DONE" -> PollState.SUCCEEDED;
        case "FAILED" -> PollState.FAILED;
        default -> PollState.IN_PROGRESS;
      };
    }

    @Override
    public Object transitionKey(JsonNode task) {
      return task.get("status").asString();
    }

    @Override
    public RuntimeException failure(JsonNode task) {
      return new IllegalStateException("task failed");
    }
  }
}
