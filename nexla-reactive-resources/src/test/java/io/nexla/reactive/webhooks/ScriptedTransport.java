package io.nexla.reactive.webhooks;

import io.nexla.reactive.core.NexlaClientOptions;
import io.nexla.reactive.core.http.NexlaRequest;
import io.nexla.reactive.core.http.NexlaResponse;
import io.nexla.reactive.core.http.NexlaTransport;
import io.nexla.reactive.core.http.RequestOptions;
import io.nexla.reactive.core.json.NexlaJson;
import io.nexla.reactive.internal.ClientContext;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * A transport answering each request with a scripted {@link Mono}, recording what it was asked to send. Lets
 * client tests check the requests they build and drive timing on virtual time without a network.
 */
public final class ScriptedTransport implements NexlaTransport {

  private final NexlaClientOptions options;
  private final Function<NexlaRequest, Mono<NexlaResponse>> script;
  private final List<NexlaRequest> requests = new CopyOnWriteArrayList<>();

  public ScriptedTransport(Scheduler scheduler, Function<NexlaRequest, Mono<NexlaResponse>> script) {
    this.options = NexlaClientOptions.builder().accessToken("scripted-token").scheduler(scheduler).build();
    this.script = script;
  }

  /** A 200 answer with {@code body} serialised as JSON. */
  public static Mono<NexlaResponse> ok(Object body) {
    byte[] bytes = NexlaJson.mapper().writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
    return Mono.just(new NexlaResponse(200, HttpHeaders.EMPTY, bytes, "req-1", 1));
  }

  public ClientContext context() {
    return new ClientContext(this, RequestOptions.NONE);
  }

  /** The requests subscribed to so far, in order. */
  public List<NexlaRequest> requests() {
    return List.copyOf(requests);
  }

  @Override
  public Mono<NexlaResponse> exchange(NexlaRequest request) {
    return Mono.defer(() -> {
      requests.add(request);
      return script.apply(request);
    });
  }

  @Override
  public Flux<DataBuffer> download(URI url, RequestOptions options) {
    return Flux.error(new UnsupportedOperationException("downloads are not scripted"));
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
