package io.nexla.reactive.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexla.reactive.core.NexlaClientOptions;
import io.nexla.reactive.core.error.NexlaDecodeException;
import io.nexla.reactive.core.error.NexlaTimeoutException;
import io.nexla.reactive.core.error.NexlaTransportException;
import io.nexla.reactive.core.retry.RetryOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBufferUtils;
import reactor.core.publisher.Flux;
import reactor.core.publisher.SignalType;
import reactor.test.StepVerifier;

/** Servers that misbehave on the wire: endless artifacts, malformed framing, links the client must not follow. */
class HostileResponsesTest {

  private static final Duration WAIT = Duration.ofSeconds(60);

  private final TestServer server = TestServer.start();
  private final AtomicReference<SignalType> artifactEnded = new AtomicReference<>();

  @AfterEach
  void stop() {
    server.close();
  }

  private NexlaTransport transport(NexlaClientOptions.Builder options) {
    return server.transport(options.baseUrl(server.baseUrl()).accessToken("token")
        .retry(RetryOptions.none()).build());
  }

  /** An artifact that never ends: 1 KiB every 5 ms, until the client goes away. */
  private void serveEndlessArtifact() {
    server.onApi = (req, res) -> res.header("Content-Type", "application/octet-stream")
        .sendString(Flux.interval(Duration.ofMillis(5)).map(i -> "x".repeat(1024))
            .doFinally(artifactEnded::set))
        .then();
  }

  private URI artifact() {
    return URI.create(server.baseUrl() + "/downloads/1");
  }

  private void awaitConnectionClosedByClient() throws InterruptedException {
    for (int i = 0; i < 1000 && artifactEnded.get() == null; i++) {
      Thread.sleep(10);
    }
    assertThat(artifactEnded.get()).as("the server saw the download end").isNotNull();
  }

  @Test
  void anEndlessDownloadEndsAtItsTotalDeadlineWithATypedError() throws Exception {
    serveEndlessArtifact();
    NexlaTransport t = transport(NexlaClientOptions.builder());
    AtomicInteger chunks = new AtomicInteger();

    // Bytes arrive every 5 ms, so only a deadline over the whole download (not between chunks) can end it.
    StepVerifier.create(t.download(artifact(), RequestOptions.builder().timeout(Duration.ofSeconds(1)).build())
            .doOnNext(buffer -> {
              chunks.incrementAndGet();
              DataBufferUtils.release(buffer);
            })
            .then())
        .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(NexlaTimeoutException.class)
            .hasMessageContaining("total deadline"))
        .verify(WAIT);
    awaitConnectionClosedByClient();
  }

  @Test
  void aDownloadLargerThanMaxDownloadBytesStopsWithATypedErrorNamingTheLimit() throws Exception {
    serveEndlessArtifact();
    NexlaTransport t = transport(NexlaClientOptions.builder().maxDownloadBytes(64 * 1024));
    AtomicInteger bytes = new AtomicInteger();

    StepVerifier.create(t.download(artifact(), RequestOptions.NONE).doOnNext(buffer -> {
          bytes.addAndGet(buffer.readableByteCount());
          DataBufferUtils.release(buffer);
        }).then())
        .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(NexlaDecodeException.class)
            .hasMessageContaining("maxDownloadBytes (65536 bytes)"))
        .verify(WAIT);
    assertThat(bytes.get()).isLessThanOrEqualTo(64 * 1024);
    awaitConnectionClosedByClient();
  }

  @Test
  void aLinkThatIsNotHttpIsRefusedAtOnceAndNeverRetried() {
    NexlaTransport t = server.transport(NexlaClientOptions.builder().baseUrl(server.baseUrl())
        .accessToken("token").build());   // default retries: four attempts for a connection failure

    for (String link : new String[] {"ftp://127.0.0.1/export.csv", "file:///etc/passwd", "/relative/path"}) {
      StepVerifier.create(t.download(URI.create(link), RequestOptions.NONE))
          .expectErrorSatisfies(e -> {
            assertThat(e).isInstanceOf(NexlaTransportException.class).hasMessageContaining("Refusing");
            assertThat(((NexlaTransportException) e).requestMayHaveBeenProcessed()).isFalse();
          })
          .verify(Duration.ofSeconds(5));
    }
    assertThat(server.requests).isEmpty();
  }

  @Test
  void aMalformedChunkSizeLineIsATypedTransportFailure() throws Exception {
    try (RawServer raw = new RawServer("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
        + "Transfer-Encoding: chunked\r\n\r\nZZZZ\r\n{}\r\n0\r\n\r\n")) {
      NexlaTransport t = server.transport(NexlaClientOptions.builder()
          .baseUrl("http://127.0.0.1:" + raw.port() + "/api").accessToken("token").retry(RetryOptions.none()).build());

      StepVerifier.create(t.exchange(NexlaRequest.get("/data_sources").operation("test.get").build()))
          .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(NexlaTransportException.class))
          .verify(WAIT);
    }
  }

  /** Answers every connection with the same raw bytes, for framing no HTTP server library would send. */
  private static final class RawServer implements AutoCloseable {
    private final ServerSocket socket;

    RawServer(String response) throws IOException {
      socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
      Thread acceptor = new Thread(() -> {
        while (!socket.isClosed()) {
          try (Socket client = socket.accept()) {
            InputStream in = client.getInputStream();
            int last4 = 0;
            for (int b = in.read(); b >= 0; b = in.read()) {   // read up to the end of the request head
              last4 = (last4 << 8) | b;
              if (last4 == 0x0D0A0D0A) {
                break;
              }
            }
            OutputStream out = client.getOutputStream();
            out.write(response.getBytes(StandardCharsets.US_ASCII));
            out.flush();
          } catch (IOException closed) {
            return;
          }
        }
      }, "raw-server");
      acceptor.setDaemon(true);
      acceptor.start();
    }

    int port() {
      return socket.getLocalPort();
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }
}
