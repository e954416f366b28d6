package io.nexla.reactive.core.http;

import static io.nexla.reactive.core.http.TestServer.reply;
import static io.nexla.reactive.core.http.TestServer.sequence;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import io.nexla.reactive.core.NexlaClientOptions;
import io.nexla.reactive.core.observation.NexlaOperationContext;
import io.nexla.reactive.core.retry.RetryOptions;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBufferUtils;

class ObservationTest {

  private final TestServer server = TestServer.start();
  private final ObservationRegistry registry = ObservationRegistry.create();
  private final List<Observation.Context> started = new CopyOnWriteArrayList<>();
  private final List<Observation.Context> stopped = new CopyOnWriteArrayList<>();

  ObservationTest() {
    registry.observationConfig().observationHandler(new ObservationHandler<>() {
      @Override
      public void onStart(Observation.Context context) {
        started.add(context);
      }

      @Override
      public void onStop(Observation.Context context) {
        stopped.add(context);
      }

      @Override
      public boolean supportsContext(Observation.Context context) {
        return true;
      }
    });
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void operationObservationNestsUnderTheCallersAndParentsOneHttpObservationPerAttempt() {
    server.onApi = sequence(reply(503, "{}"), reply(200, "{}"));
    NexlaClientOptions options = NexlaClientOptions.builder().baseUrl(server.baseUrl()).accessToken("t")
        .observationRegistry(registry)
        .retry(RetryOptions.builder().baseDelay(Duration.ofMillis(10)).build()).build();
    Observation caller = Observation.start("caller", registry);

    try (NexlaTransport transport = WebClientTransport.create(options)) {
      transport.exchange(NexlaRequest.get("/data_sources/{id}").pathVariable("id", 5).operation("sources.get").build())
          .contextWrite(c -> c.put(ObservationThreadLocalAccessor.KEY, caller))
          .block(Duration.ofSeconds(90));
    }
    caller.stop();

    Observation.Context operation = started.stream()
        .filter(c -> "nexla.client.operation".equals(c.getName())).reduce((a, b) -> {
          throw new AssertionError("more than one operation observation");
        }).orElseThrow();
    assertThat(operation.getParentObservation().getContextView()).isSameAs(caller.getContext());
    assertThat(operation.getLowCardinalityKeyValue("nexla.operation")).isEqualTo(KeyValue.of("nexla.operation",
        "sources.get"));
    assertThat(operation.getLowCardinalityKeyValue("outcome").getValue()).isEqualTo("success");
    List<Observation.Context> http = started.stream()
        .filter(c -> "http.client.requests".equals(c.getName())).toList();
    assertThat(http).hasSize(2).allSatisfy(c -> {
      assertThat(c.getParentObservation().getContextView()).isSameAs(operation);
      assertThat(c.getLowCardinalityKeyValue("uri").getValue()).isEqualTo("/api/data_sources/{id}");
    });
  }

  @Test
  void downloadIsOneOperationObservationFromSubscriptionToTheLastByteOverItsAttempts() {
    server.onApi = sequence(reply(503, "{}"), reply(200, "artifact", "Content-Type", "text/plain"));
    NexlaClientOptions options = NexlaClientOptions.builder().baseUrl(server.baseUrl()).accessToken("t")
        .observationRegistry(registry)
        .retry(RetryOptions.builder().baseDelay(Duration.ofMillis(10)).build()).build();

    try (NexlaTransport transport = WebClientTransport.create(options)) {
      Long bytes = transport.download(URI.create(server.baseUrl() + "/files/1"), RequestOptions.NONE)
          .map(buffer -> {
            long size = buffer.readableByteCount();
            DataBufferUtils.release(buffer);
            return size;
          })
          .reduce(0L, Long::sum)
          .block(Duration.ofSeconds(90));
      assertThat(bytes).isEqualTo(8L);
    }

    Observation.Context operation = started.stream()
        .filter(c -> "nexla.client.operation".equals(c.getName())).reduce((a, b) -> {
          throw new AssertionError("more than one operation observation");
        }).orElseThrow();
    assertThat(stopped).contains(operation);
    assertThat(operation.getLowCardinalityKeyValue("nexla.operation").getValue()).isEqualTo("download");
    assertThat(operation.getLowCardinalityKeyValue("outcome").getValue()).isEqualTo("success");
    assertThat(((NexlaOperationContext) operation).attempts()).isEqualTo(2);
    assertThat(started.stream().filter(c -> "http.client.requests".equals(c.getName())).toList()).hasSize(2)
        .allSatisfy(c -> assertThat(c.getParentObservation().getContextView()).isSameAs(operation));
  }
}
