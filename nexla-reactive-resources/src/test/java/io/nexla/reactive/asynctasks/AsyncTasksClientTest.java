package io.nexla.reactive.asynctasks;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.core.error.NexlaDecodeException;
import io.nexla.reactive.core.http.NexlaRequest;
import io.nexla.reactive.core.http.NexlaResponse;
import io.nexla.reactive.core.http.RequestOptions;
import io.nexla.reactive.core.polling.PollTimeoutException;
import io.nexla.reactive.core.testing.RecordingTransport;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.NettyDataBufferFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;
import reactor.test.scheduler.VirtualTimeScheduler;

class AsyncTasksClientTest {

  private static final AsyncTaskCreate EXPORT = AsyncTaskCreate.builder(AsyncTaskType.EXPORT_DATA)
      .argument("data_set_id", 7).build();

  @TempDir
  Path dir;

  private final VirtualTimeScheduler vts = VirtualTimeScheduler.create();
  private final List<ByteBuf> handedOut = new ArrayList<>();

  /** A server with one task 5 whose GETs answer the given statuses in turn (the last one repeats). */
  private RecordingTransport server(Function<NexlaRequest, Mono<NexlaResponse>> other, String... statuses) {
    AtomicInteger gets = new AtomicInteger();
    return fake(request -> {
      String call = request.method().name() + " " + request.pathTemplate();
      return switch (call) {
        case "POST /async_tasks" -> json("{\"id\": 5, \"type\": \"EXPORT_DATA\", \"status\": \"QUEUED\"}");
        case "GET /async_tasks/{id}" -> json(statuses[Math.min(gets.getAndIncrement(), statuses.length - 1)]);
        default -> other.apply(request);
      };
    }, (url, options) -> Flux.empty());
  }

  /** Answers from {@code script}, serves downloads from {@code artifacts}, on the test's virtual time. */
  private RecordingTransport fake(Function<NexlaRequest, Mono<NexlaResponse>> script,
      BiFunction<URI, RequestOptions, Flux<DataBuffer>> artifacts) {
    return RecordingTransport.on(vts).respond(script).serveDownloads(artifacts);
  }

  /** {@code VERB template variables} of each request sent. */
  private static List<String> calls(RecordingTransport transport) {
    return transport.requests().stream()
        .map(r -> r.method().name() + " " + r.pathTemplate() + " " + r.pathVariables()).toList();
  }

  private static Mono<NexlaResponse> json(String body) {
    return RecordingTransport.reply(200, body);
  }

  private static Mono<NexlaResponse> json(String body, String retryAfterSeconds) {
    return RecordingTransport.reply(200, body, "Retry-After", retryAfterSeconds);
  }

  private static AsyncTasksClient client(RecordingTransport transport) {
    return NexlaClient.of(transport).asyncTasks();
  }

  @Test
  void createSendsThePostOnceAcrossSubscriptionsAndFollowsTheTaskToCompletion() {
    RecordingTransport transport = server(r -> Mono.error(new AssertionError(r)),
        "{\"id\": 5, \"status\": \"RUNNING\", \"progress\": 10}",
        "{\"id\": 5, \"status\": \"RUNNING\", \"progress\": 60}",
        "{\"id\": 5, \"status\": \"DONE\", \"progress\": 100, \"result\": {\"rows\": 3}}");
    var poller = client(transport).beginCreate(EXPORT);
    assertThat(transport.requests()).isEmpty();

    StepVerifier.create(poller.updates().map(t -> t.status() + "/" + t.progress().orElse(null)))
        .expectNext("QUEUED/null")
        .then(() -> vts.advanceTimeBy(Duration.ofMinutes(1)))
        .expectNext("RUNNING/10", "RUNNING/60", "DONE/100")
        .verifyComplete();
    StepVerifier.create(poller.result())
        .then(() -> vts.advanceTimeBy(Duration.ofMinutes(1)))
        .assertNext(t -> assertThat(t.result()).containsEntry("rows", 3))
        .verifyComplete();

    assertThat(calls(transport).stream().filter(c -> c.startsWith("POST"))).hasSize(1);
    NexlaRequest post = transport.first();
    assertThat(post.operation()).isEqualTo("asyncTasks.create");
    assertThat(post.idempotent()).isFalse();
    assertThat(io.nexla.reactive.core.json.NexlaJson.mapper().valueToTree(post.body()).toString())
        .isEqualTo("{\"type\":\"EXPORT_DATA\",\"arguments\":{\"data_set_id\":7}}");
  }

  @Test
  void failedTaskIsATypedErrorCarryingTheTask() {
    RecordingTransport transport = server(r -> Mono.error(new AssertionError(r)),
        "{\"id\": 5, \"status\": \"FAILED\", \"error\": \"disk full\"}");
    StepVerifier.create(client(transport).beginCreate(EXPORT).result())
        .then(() -> vts.advanceTimeBy(Duration.ofMinutes(1)))
        .expectErrorSatisfies(e -> {
          assertThat(e).isInstanceOf(TaskFailedException.class).hasMessageContaining("disk full");
          assertThat(((TaskFailedException) e).task().status()).isEqualTo(AsyncTaskStatus.FAILED);
        })
        .verify();
  }

  @Test
  void serverRetryAfterSpacesThePolls() {
    AtomicInteger gets = new AtomicInteger();
    List<Long> pollTimes = new ArrayList<>();
    RecordingTransport transport = fake(request -> {
      if (request.method().name().equals("POST")) {
        return json("{\"id\": 5, \"status\": \"QUEUED\"}");
      }
      pollTimes.add(vts.now(java.util.concurrent.TimeUnit.SECONDS));
      return gets.incrementAndGet() == 1
          ? json("{\"id\": 5, \"status\": \"RUNNING\"}", "20")
          : json("{\"id\": 5, \"status\": \"DONE\"}");
    }, (u, o) -> Flux.empty());
    StepVerifier.create(client(transport).beginCreate(EXPORT).result())
        .then(() -> vts.advanceTimeBy(Duration.ofMinutes(1)))
        .expectNextCount(1)
        .verifyComplete();
    assertThat(pollTimes).containsExactly(1L, 21L);
  }

  @Test
  void resumesFromATaskIdWithoutStartingAnything() {
    RecordingTransport transport = server(r -> Mono.error(new AssertionError(r)),
        "{\"id\": 5, \"status\": \"RUNNING\"}", "{\"id\": 5, \"status\": \"SOMETHING_NEW\"}",
        "{\"id\": 5, \"status\": \"DONE\"}");
    StepVerifier.create(client(transport).beginPolling(5).updates().map(t -> t.status().value()))
        .expectNext("RUNNING")
        .then(() -> vts.advanceTimeBy(Duration.ofMinutes(1)))
        .expectNext("SOMETHING_NEW", "DONE")
        .verifyComplete();
    assertThat(calls(transport)).allMatch(c -> c.startsWith("GET /async_tasks/{id} {id=5}"));
  }

  @Test
  void totalTimeoutCarriesTheLastTask() {
    RecordingTransport transport =
        server(r -> Mono.error(new AssertionError(r)), "{\"id\": 5, \"status\": \"RUNNING\"}");
    var poller = client(transport).beginCreate(EXPORT, io.nexla.reactive.core.polling.PollOptions.builder()
        .totalTimeout(Duration.ofSeconds(30)).build());
    StepVerifier.create(poller.result())
        .then(() -> vts.advanceTimeBy(Duration.ofSeconds(30)))
        .expectErrorSatisfies(e -> assertThat(((PollTimeoutException) e).lastStatus(AsyncTask.class).status())
            .isEqualTo(AsyncTaskStatus.RUNNING))
        .verify();
  }

  @Test
  void taskTypeAndStatusAreBoundAsPathVariablesSoTheTransportEncodesThem() {
    RecordingTransport transport = server(r -> json("[{\"id\": 5}]"));
    AsyncTasksClient tasks = client(transport);
    StepVerifier.create(tasks.listOfType(AsyncTaskType.of("a/b c")).concatWith(
            tasks.listByStatus(AsyncTaskStatus.of("in progress"))))
        .expectNextCount(2).verifyComplete();
    assertThat(calls(transport)).containsExactly(
        "GET /async_tasks/of_type/{task_type} {task_type=a/b c}",
        "GET /async_tasks/by_status/{status} {status=in progress}");
  }

  @Test
  void downloadLinkAcceptsBothShapes() {
    AtomicInteger n = new AtomicInteger();
    RecordingTransport transport = server(r -> switch (n.getAndIncrement()) {
      case 0 -> json("\"https://files.example.com/a.csv?sig=secret\"");
      case 1 -> json("{\"url\": \"https://files.example.com/b.csv\", \"expires_at\": \"2030-01-01T00:00:00Z\"}");
      default -> json("{\"raw_text\": \"oops\"}");
    });
    AsyncTasksClient tasks = client(transport);
    StepVerifier.create(tasks.downloadLink(5))
        .assertNext(l -> {
          assertThat(l.url()).hasToString("https://files.example.com/a.csv?sig=secret");
          assertThat(l.toString()).doesNotContain("secret");
        })
        .verifyComplete();
    StepVerifier.create(tasks.downloadLink(5))
        .assertNext(l -> assertThat(l.expiresAt()).hasToString("2030-01-01T00:00:00Z"))
        .verifyComplete();
    StepVerifier.create(tasks.downloadLink(5)).expectError(NexlaDecodeException.class).verify();
  }

  /** A several-MB artifact served in 64 KiB pooled Netty buffers, tracked so their release can be checked. */
  private Flux<DataBuffer> artifact(byte[] content) {
    NettyDataBufferFactory factory = new NettyDataBufferFactory(PooledByteBufAllocator.DEFAULT);
    int chunk = 64 * 1024;
    return Flux.range(0, (content.length + chunk - 1) / chunk).map(i -> {
      ByteBuf buf = PooledByteBufAllocator.DEFAULT.buffer(chunk);
      buf.writeBytes(content, i * chunk, Math.min(chunk, content.length - i * chunk));
      synchronized (handedOut) {
        handedOut.add(buf);
      }
      return (DataBuffer) factory.wrap(buf);
    }).publishOn(Schedulers.parallel(), 2);
  }

  @Test
  void exportRunsTheTaskAndStreamsItsArtifactToAFile() throws Exception {
    byte[] content = new byte[5 * 1024 * 1024 + 123];
    new Random(1).nextBytes(content);
    AtomicInteger gets = new AtomicInteger();
    RecordingTransport transport = fake(request -> switch (request.method().name() + " "
        + request.pathTemplate()) {
      case "POST /async_tasks" -> json("{\"id\": 5, \"status\": \"QUEUED\"}");
      case "GET /async_tasks/{id}" -> json(gets.incrementAndGet() < 3
          ? "{\"id\": 5, \"status\": \"RUNNING\"}" : "{\"id\": 5, \"status\": \"DONE\"}");
      case "GET /async_tasks/{id}/download_link" -> json("{\"url\": \"https://files.example.com/export.bin\"}");
      default -> Mono.error(new AssertionError(request));
    }, (url, options) -> artifact(content));

    Path file = dir.resolve("export.bin");
    List<ExportProgress> steps = new ArrayList<>();
    StepVerifier.create(client(transport).export(EXPORT, file).doOnNext(steps::add))
        .then(() -> vts.advanceTimeBy(Duration.ofMinutes(1)))
        .thenConsumeWhile(s -> true)
        .expectComplete()
        .verify(Duration.ofSeconds(30));

    // 5 MiB + 123 bytes in 64 KiB buffers: a DOWNLOADING step after each full MiB on disk, then DOWNLOADED.
    assertThat(steps).extracting(s -> s.stage() + ":" + s.task().status() + ":" + s.bytesWritten())
        .containsExactly("TASK_UPDATED:QUEUED:0", "TASK_UPDATED:RUNNING:0", "TASK_UPDATED:DONE:0",
            "DOWNLOADING:DONE:1048576", "DOWNLOADING:DONE:2097152", "DOWNLOADING:DONE:3145728",
            "DOWNLOADING:DONE:4194304", "DOWNLOADING:DONE:5242880", "DOWNLOADED:DONE:" + content.length);
    assertThat(steps.subList(3, steps.size())).allSatisfy(step -> assertThat(step.file()).isEqualTo(file));
    assertThat(Files.size(file)).isEqualTo(content.length);
    assertThat(sha256(Files.readAllBytes(file))).isEqualTo(sha256(content));
    assertThat(transport.downloads()).containsExactly(URI.create("https://files.example.com/export.bin"));
    assertThat(handedOut).isNotEmpty().allMatch(b -> b.refCnt() == 0);
  }

  @Test
  void downloadToAChannelWritesEveryByteAndReleasesEveryBuffer() throws Exception {
    byte[] content = new byte[3 * 1024 * 1024 + 7];
    new Random(2).nextBytes(content);
    RecordingTransport transport = server(r -> json("\"https://files.example.com/x\""));
    RecordingTransport downloading = fake(transport::exchange, (u, o) -> artifact(content));
    Path file = dir.resolve("x.bin");
    try (var channel = Files.newByteChannel(file, java.nio.file.StandardOpenOption.CREATE,
        java.nio.file.StandardOpenOption.WRITE)) {
      StepVerifier.create(client(downloading).downloadTo(5, channel))
          .expectNext((long) content.length)
          .verifyComplete();
    }
    assertThat(sha256(Files.readAllBytes(file))).isEqualTo(sha256(content));
    assertThat(handedOut).isNotEmpty().allMatch(b -> b.refCnt() == 0);
  }

  @Test
  void failedExportSignalsTheTaskAndDownloadsNothing() {
    RecordingTransport transport = server(r -> Mono.error(new AssertionError(r)), "{\"id\": 5, \"status\": \"error\"}");
    StepVerifier.create(client(transport).export(EXPORT, dir.resolve("never.bin")))
        .expectNextCount(1)
        .then(() -> vts.advanceTimeBy(Duration.ofMinutes(1)))
        .expectNextCount(1)
        .expectError(TaskFailedException.class)
        .verify();
    assertThat(transport.downloads()).isEmpty();
    assertThat(Files.exists(dir.resolve("never.bin"))).isFalse();
  }

  @Test
  void modelKeepsUnknownFieldsAndUnknownStatuses() {
    AsyncTask task = io.nexla.reactive.core.json.NexlaJson.mapper().readValue(
        "{\"id\": 9, \"status\": \"reticulating\", \"type\": \"NEW_KIND\", \"shard\": 3,"
            + " \"created_at\": \"2024-01-01T00:00:00Z\"}", AsyncTask.class);
    assertThat(task.status()).isEqualTo(AsyncTaskStatus.of("reticulating"));
    assertThat(task.status().isTerminal()).isFalse();
    assertThat(task.additionalProperties()).containsEntry("shard", 3);
    assertThat(task.result()).isEmpty();
    assertThat(AsyncTaskStatus.of("completed").isSucceeded()).isTrue();
    assertThat(AsyncTaskStatus.of("error").isFailed()).isTrue();
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
