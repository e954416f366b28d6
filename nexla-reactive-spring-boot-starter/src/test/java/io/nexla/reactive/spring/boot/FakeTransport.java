package io.nexla.reactive.spring.boot;

import io.nexla.reactive.core.NexlaClientOptions;
import io.nexla.reactive.core.http.ClientHealth;
import io.nexla.reactive.core.http.NexlaRequest;
import io.nexla.reactive.core.http.NexlaResponse;
import io.nexla.reactive.core.http.NexlaTransport;
import io.nexla.reactive.core.http.RequestOptions;
import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.core.io.buffer.DataBuffer;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** A transport that sends nothing and reports a scripted health snapshot. */
final class FakeTransport implements NexlaTransport {

  static final String SERVICE_KEY = "fake-service-key-4f1c";
  static final String ACCESS_TOKEN = "fake-access-token-9b2e";

  private final NexlaClientOptions options;
  private volatile Supplier<ClientHealth> health =
      () -> new ClientHealth(ClientHealth.TokenState.NONE, null, null, null);
  final AtomicInteger closed = new AtomicInteger();

  private FakeTransport(NexlaClientOptions options) {
    this.options = options;
  }

  static FakeTransport withServiceKey() {
    return new FakeTransport(NexlaClientOptions.builder().serviceKey(SERVICE_KEY)
        .baseUrl("https://user:pw@nexla.example.com/nexla-api?secret=1").build());
  }

  static FakeTransport withAccessToken() {
    return new FakeTransport(NexlaClientOptions.builder().accessToken(ACCESS_TOKEN).build());
  }

  FakeTransport health(ClientHealth snapshot) {
    this.health = () -> snapshot;
    return this;
  }

  FakeTransport healthFails(RuntimeException failure) {
    this.health = () -> {
      throw failure;
    };
    return this;
  }

  @Override
  public Mono<NexlaResponse> exchange(NexlaRequest request) {
    return Mono.error(new IllegalStateException("no network in this test"));
  }

  @Override
  public Flux<DataBuffer> download(URI url, RequestOptions requestOptions) {
    return Flux.error(new IllegalStateException("no network in this test"));
  }

  @Override
  public Mono<Void> logout() {
    return Mono.empty();
  }

  @Override
  public ClientHealth health() {
    return health.get();
  }

  @Override
  public NexlaClientOptions options() {
    return options;
  }

  @Override
  public void close() {
    closed.incrementAndGet();
  }
}
