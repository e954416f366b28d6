package io.nexla.reactive.core.http;

import static io.nexla.reactive.core.http.TestServer.reply;
import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.Unpooled;
import io.nexla.reactive.core.NexlaClientOptions;
import io.nexla.reactive.core.error.NexlaDecodeException;
import io.nexla.reactive.core.error.ServerException;
import io.nexla.reactive.core.retry.RetryOptions;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

/** How a buffered answer's body is read: whole and byte-exact however it is cut, and bounded by maxResponseBytes. */
class BufferedBodyTest {

  private static final Duration WAIT = Duration.ofSeconds(60);

  private final TestServer server = TestServer.start();

  @AfterEach
  void stop() {
    server.close();
  }

  private NexlaTransport transport(int maxResponseBytes) {
    return server.transport(NexlaClientOptions.builder().baseUrl(server.baseUrl()).accessToken("token")
        .retry(RetryOptions.none()).maxResponseBytes(maxResponseBytes).maxConnections(1).build());
  }

  private static NexlaRequest get(String template) {
    return NexlaRequest.get(template).operation("test.get").build();
  }

  /** Answers with {@code body} as a chunked response, one flushed chunk of {@code chunkSize} bytes at a time. */
  private static TestServer.Handler chunked(byte[] body, int chunkSize) {
    List<byte[]> chunks = new ArrayList<>();
    for (int from = 0; from < body.length; from += chunkSize) {
      chunks.add(Arrays.copyOfRange(body, from, Math.min(body.length, from + chunkSize)));
    }
    return (req, res) -> res.status(200).header("Content-Type", "application/json")
        .send(Flux.fromIterable(chunks).map(Unpooled::wrappedBuffer), chunk -> true).then();
  }

  private static byte[] jsonArrayOf(int bytesAtLeast) {
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; json.length() < bytesAtLeast; i++) {
      json.append(i == 0 ? "" : ",").append("{\"id\":").append(i).append(",\"name\":\"größe € 𝄞 ").append(i)
          .append("\"}");
    }
    return json.append(']').toString().getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aBodyCutIntoManySmallChunksArrivesWholeAndByteExact() {
    byte[] body = jsonArrayOf(40_000); // many chunks of an odd size cut multi-byte characters apart
    server.onApi = chunked(body, 997);

    StepVerifier.create(transport(1024 * 1024).exchange(get("/data_sources")))
        .assertNext(response -> {
          assertThat(response.body()).isEqualTo(body);
          assertThat(response.json().size()).isEqualTo(new String(body, StandardCharsets.UTF_8).split("\\{").length - 1);
        })
        .expectComplete()
        .verify(WAIT);
  }

  @Test
  void aBodyOfExactlyMaxResponseBytesIsReadAndOneByteMoreIsADecodeError() {
    byte[] body = jsonArrayOf(3000);
    server.onApi = chunked(body, 700);

    StepVerifier.create(transport(body.length).exchange(get("/data_sources")))
        .assertNext(response -> assertThat(response.body()).isEqualTo(body))
        .expectComplete()
        .verify(WAIT);
    StepVerifier.create(transport(body.length - 1).exchange(get("/data_sources")))
        .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(NexlaDecodeException.class)
            .hasMessageContaining((body.length - 1) + " bytes (maxResponseBytes)"))
        .verify(WAIT);
  }

  @Test
  void aFailedAnswerLargerThanMaxResponseBytesIsStillTypedByItsStatusAndFreesTheConnection() {
    server.onApi = TestServer.sequence(reply(503, "{\"message\":\"" + "x".repeat(5000) + "\"}"),
        reply(200, "{\"id\":7}"));
    NexlaTransport transport = transport(1024);

    StepVerifier.create(transport.exchange(get("/data_sources/1")))
        .expectErrorSatisfies(e -> {
          assertThat(e).isInstanceOf(ServerException.class);
          assertThat(((ServerException) e).status()).isEqualTo(503);
          assertThat(((ServerException) e).body()).isEmpty(); // too large to keep: the status says what went wrong
        })
        .verify(WAIT);
    // One connection in the pool: the next call gets an answer only if the first one gave its connection back.
    StepVerifier.create(transport.exchange(get("/data_sources/1")))
        .assertNext(response -> assertThat(response.bodyAsString()).isEqualTo("{\"id\":7}"))
        .expectComplete()
        .verify(WAIT);
  }

  @Test
  void aFailedDownloadWithAnOversizedErrorPageIsTypedByItsStatus() {
    server.onApi = reply(500, "<html>" + "x".repeat(200_000) + "</html>", "Content-Type", "text/html");
    URI link = URI.create(server.baseUrl() + "/files/export.csv");

    StepVerifier.create(transport(1024).download(link, RequestOptions.builder().retry(RetryOptions.none()).build()))
        .expectErrorSatisfies(e -> {
          assertThat(e).isInstanceOf(ServerException.class);
          assertThat(((ServerException) e).status()).isEqualTo(500);
        })
        .verify(WAIT);
  }
}
