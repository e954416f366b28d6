package io.nexla.reactive.asynctasks;

import io.nexla.reactive.core.NexlaClientOptions;
import io.nexla.reactive.core.http.NexlaRequest;
import io.nexla.reactive.core.http.NexlaResponse;
import io.nexla.reactive.core.http.NexlaTransport;
import io.nexla.reactive.core.http.RequestOptions;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/** A transport answering from a script, recording every request it is asked to send. */
final class FakeTransport implements NexlaTransport {

  final Queue<NexlaRequest> sent = new ConcurrentLinkedQueue<>();
  final Queue<URI> downloads = new ConcurrentLinkedQueue<>();
  private final NexlaClientOptions options;
  private final Function<NexlaRequest, Mono<NexlaResponse>> answers;
  private final BiFunction<URI, RequestOptions, Flux<DataBuffer>> artifacts;

  FakeTransport(Scheduler scheduler, Function<NexlaRequest, Mono<NexlaResponse>> answers,
      BiFunction<URI, RequestOptions, Flux<DataBuffer>> artifacts) {
    this.options = NexlaClientOptions.builder().accessToken("test-token").baseUrl("http://localhost:1")
        .scheduler(scheduler).build();
    this.answers = answers;
    this.artifacts = artifacts;
  }

  static Mono<NexlaResponse> json(String body) {
    return Mono.just(new NexlaResponse(200, HttpHeaders.EMPTY, body.getBytes(StandardCharsets.UTF_8), "req", 1));
  }

  static Mono<NexlaResponse> json(String body, String retryAfterSeconds) {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.RETRY_AFTER, retryAfterSeconds);
    return Mono.just(new NexlaResponse(200, headers, body.getBytes(StandardCharsets.UTF_8), "req", 1));
  }

  List<String> calls() {
    return sent.stream().map(r -> r.method().name() + " " + r.pathTemplate() + " " + r.pathVariables()).toList();
  }

  @Override
  public Mono<NexlaResponse> exchange(NexlaRequest request) {
    return Mono.defer(() -> {
      sent.add(request);
      return answers.apply(request);
    });
  }

  @Override
  public Flux<DataBuffer> download(URI url, RequestOptions requestOptions) {
    return Flux.defer(() -> {
      downloads.add(url);
      return artifacts.apply(url, requestOptions);
    });
  }

  @Override
  public Mono<Void> logout() {
    return Mono.empty();
  }

  @Override
  public NexlaClientOptions options() {
    return options;
  }

  @Override
  public void close() {}
}
