package io.nexla.reactive.asynctasks;

import io.nexla.reactive.common.AccessControlled;
import io.nexla.reactive.common.Audited;
import io.nexla.reactive.common.ClientHandle;
import io.nexla.reactive.common.CopyOptions;
import io.nexla.reactive.common.Copyable;
import io.nexla.reactive.common.Deletable;
import io.nexla.reactive.common.Gettable;
import io.nexla.reactive.common.ResourceClient;
import io.nexla.reactive.common.Lifecycle;
import io.nexla.reactive.common.Updatable;
import io.nexla.reactive.core.error.NexlaDecodeException;
import io.nexla.reactive.core.http.NexlaResponse;
import io.nexla.reactive.core.json.NexlaJson;
import io.nexla.reactive.core.polling.PollOptions;
import io.nexla.reactive.core.polling.PollState;
import io.nexla.reactive.core.polling.PollStrategy;
import io.nexla.reactive.core.polling.Polled;
import io.nexla.reactive.core.polling.Poller;
import io.nexla.reactive.internal.ClientContext;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * Client of the async-tasks resource group ({@code /async_tasks}): background tasks such as exports, followed
 * with a {@link Poller}. Obtain it from {@code NexlaClient.asyncTasks()}.
 *
 * <pre>{@code
 * client.asyncTasks()
 *     .export(AsyncTaskCreate.builder(AsyncTaskType.EXPORT_DATA).argument("data_set_id", 7).build(), file)
 *     .doOnNext(step -> log.info("{} {}", step.stage(), step.task().status()))
 *     .blockLast(); // in a command-line tool; a reactive application returns the Flux instead
 * }</pre>
 *
 * <p>Every {@code Mono}/{@code Flux} is cold: nothing is sent before subscription. Unless said otherwise, calls
 * signal {@code NexlaServiceException} subclasses (e.g. {@code NotFoundException}), {@code NexlaTransportException},
 * {@code NexlaTimeoutException} or {@code NexlaDecodeException}.
 */
public final class AsyncTasksClient extends ResourceClient<AsyncTask, AsyncTasksClient>
    implements Gettable<AsyncTask>, Updatable<AsyncTask, AsyncTaskUpdate>, Deletable<AsyncTask>,
        Lifecycle<AsyncTask>, Copyable<AsyncTask, CopyOptions>, Audited<AsyncTask>,
        AccessControlled<AsyncTask> {

  private static final String PATH = "/async_tasks";

  /** Reads async-task statuses for a {@link Poller}. */
  public static final PollStrategy<AsyncTask> STRATEGY = new PollStrategy<>() {
    @Override
    public PollState state(AsyncTask task) {
      return task.isSucceeded() ? PollState.SUCCEEDED : task.isFailed() ? PollState.FAILED : PollState.IN_PROGRESS;
    }

    @Override
    public Object transitionKey(AsyncTask task) {
      return java.util.Arrays.asList(task.status(), task.progress().orElse(null));
    }

    @Override
    public RuntimeException failure(AsyncTask task) {
      return new TaskFailedException(task);
    }
  };

  
  public AsyncTasksClient(ClientHandle context) {
    super(context, "asyncTasks", PATH, AsyncTask.class);
  }

  @Override
  protected AsyncTasksClient newInstance(ClientContext context) {
    return new AsyncTasksClient(context);
  }

  // ---- listing ----------------------------------------------------------------------------------------------

  /**
   * Emits every task of the caller from one {@code GET /async_tasks}: the endpoint cannot page, so this is a plain
   * {@code Flux}. Cold: sent on subscription.
   */
  public Flux<AsyncTask> list() {
    return ops.retrieveList(ops.request(HttpMethod.GET, PATH, "list"), AsyncTask.class);
  }

  /** Emits the tasks of one type ({@code GET /async_tasks/of_type/{task_type}}, the type URL-encoded). */
  public Flux<AsyncTask> listOfType(AsyncTaskType type) {
    return ops.retrieveList(ops.request(HttpMethod.GET, PATH + "/of_type/{task_type}", "listOfType")
        .pathVariable("task_type", type.value()), AsyncTask.class);
  }

  /** Emits the tasks with one status ({@code GET /async_tasks/by_status/{status}}, the status URL-encoded). */
  public Flux<AsyncTask> listByStatus(AsyncTaskStatus status) {
    return ops.retrieveList(ops.request(HttpMethod.GET, PATH + "/by_status/{status}", "listByStatus")
        .pathVariable("status", status.value()), AsyncTask.class);
  }

  /** Emits the task types the server offers ({@code GET /async_tasks/types}). */
  public Flux<AsyncTaskType> types() {
    return ops.retrieveList(ops.request(HttpMethod.GET, PATH + "/types", "types"),
        AsyncTaskType.class);
  }

  /**
   * Emits the server's description of a type's arguments, as sent (e.g. {@code {"args": []}})
   * ({@code GET /async_tasks/explain_arguments/{task_type}}).
   */
  public Mono<JsonNode> explainArguments(AsyncTaskType type) {
    return ops.retrieve(ops.request(HttpMethod.GET, PATH + "/explain_arguments/{task_type}",
        "explainArguments").pathVariable("task_type", type.value()), JsonNode.class);
  }

  // ---- running ----------------------------------------------------------------------------------------------

  /**
   * A poller that starts the task ({@code POST /async_tasks}) on its first subscription and then follows it with
   * {@code GET /async_tasks/{id}} under the client's {@link PollOptions}. The POST is sent once per poller: it
   * is not re-sent after an ambiguous failure, its result is shared by every later subscription, and only a
   * failed POST is tried again by a new subscription. {@link Poller#result()} signals {@link TaskFailedException}
   * for a failed task.
   */
  public Poller<AsyncTask> beginCreate(AsyncTaskCreate request) {
    Objects.requireNonNull(request, "request");
    return poller(ops.retrieve(ops.request(HttpMethod.POST, PATH, "create").body(request)));
  }

  /** Like {@link #beginCreate(AsyncTaskCreate)} with other polling delays and timeouts. */
  public Poller<AsyncTask> beginCreate(AsyncTaskCreate request, PollOptions options) {
    return beginCreate(request).withOptions(options);
  }

  /**
   * A poller following an existing task, e.g. one started by another process or before a restart. Its activation
   * is {@code GET /async_tasks/{id}}; nothing is started on the server.
   */
  public Poller<AsyncTask> beginPolling(long taskId) {
    return poller(get(taskId));
  }

  private Poller<AsyncTask> poller(Mono<AsyncTask> activation) {
    return Poller.create(activation, this::poll, STRATEGY, context().options().polling(),
        context().options().scheduler());
  }

  private Mono<Polled<AsyncTask>> poll(AsyncTask previous) {
    return Mono.defer(() -> context().transport().exchange(context().build(
            ops.request(HttpMethod.GET, PATH + "/{id}", "get").pathVariable("id", previous.id()))))
        .map(response -> Polled.fromResponse(response, AsyncTasksClient::decodeTask, context().options().clock()));
  }

  private static AsyncTask decodeTask(NexlaResponse response) {
    AsyncTask task = response.decode(AsyncTask.class);
    if (task == null) {
      throw new NexlaDecodeException("Expected an async task, got an empty body", response.status(), null, null);
    }
    return task;
  }

  /** Runs the task again and emits it ({@code POST /async_tasks/{id}/rerun}); follow it with {@link #beginPolling}. */
  public Mono<AsyncTask> rerun(long id) {
    return ops.retrieve(ops.request(HttpMethod.POST, PATH + "/{id}/rerun", "rerun")
        .pathVariable("id", id));
  }

  /** Marks the task's outcome as seen and emits the server's answer ({@code POST /async_tasks/{id}/acknowledge}). */
  public Mono<JsonNode> acknowledge(long id) {
    return ops.retrieve(ops.request(HttpMethod.POST, PATH + "/{id}/acknowledge", "acknowledge")
        .pathVariable("id", id), JsonNode.class);
  }

  /**
   * Emits the task's result as sent ({@code GET /async_tasks/{id}/result}); completes empty when the server has
   * none (JSON {@code null}).
   */
  public Mono<JsonNode> result(long id) {
    return ops.retrieve(ops.request(HttpMethod.GET, PATH + "/{id}/result", "result")
        .pathVariable("id", id), JsonNode.class);
  }

  // ---- downloading ------------------------------------------------------------------------------------------

  /**
   * Emits where the task's artifact can be downloaded ({@code GET /async_tasks/{id}/download_link}), whether the
   * server answers a bare URL string or {@code {url, expires_at}}. Signals {@link NexlaDecodeException} for any
   * other answer (e.g. an object without {@code url}).
   */
  public Mono<DownloadLink> downloadLink(long id) {
    return ops.retrieve(ops.request(HttpMethod.GET, PATH + "/{id}/download_link", "downloadLink")
        .pathVariable("id", id), JsonNode.class).map(AsyncTasksClient::toDownloadLink);
  }

  static DownloadLink toDownloadLink(JsonNode node) {
    try {
      if (node.isString()) {
        return DownloadLink.of(new URI(node.asString().trim()));
      }
      if (node.isObject() && node.path("url").isString()) {
        return NexlaJson.mapper().treeToValue(node, DownloadLink.class);
      }
    } catch (URISyntaxException | RuntimeException e) {
      throw new NexlaDecodeException("The download link is not a valid URL", 200, null, e);
    }
    throw new NexlaDecodeException("Expected a download link (a URL string or {url, expires_at}), got a "
        + node.getNodeType(), 200, null, null);
  }

  /**
   * Streams the task's artifact: reads its download link, then its bytes, without buffering the whole artifact.
   * Each buffer must be released by the consumer (e.g. with {@code DataBufferUtils.release}). No bearer token is
   * sent to hosts other than the API's. Signals the errors of {@link #downloadLink(long)} and of the download.
   */
  public Flux<DataBuffer> download(long id) {
    return downloadLink(id).flatMapMany(this::download);
  }

  /** Streams the artifact at {@code link}; buffers must be released by the consumer. */
  public Flux<DataBuffer> download(DownloadLink link) {
    return Flux.defer(() -> context().transport().download(link.url(), context().requestOptions()));
  }

  /**
   * Downloads the task's artifact into {@code file} (created or truncated) as it arrives, and emits the number of
   * bytes written. Buffers are released as soon as they are written; writing is asynchronous. On error or
   * cancellation the file may be left partially written.
   */
  public Mono<Long> downloadTo(long id, Path file) {
    return downloadLink(id).flatMap(link -> downloadTo(link, file));
  }

  /** Downloads the artifact at {@code link} into {@code file}; see {@link #downloadTo(long, Path)}. */
  public Mono<Long> downloadTo(DownloadLink link, Path file) {
    return written(link, file).last(0L);
  }

  private Flux<Long> written(DownloadLink link, Path file) {
    return ArtifactWriter.toFile(download(link), file);
  }

  /**
   * Downloads the task's artifact into {@code channel} (not closed) and emits the number of bytes written. Writes
   * to a blocking channel happen on {@code Schedulers.boundedElastic()}, a few buffers at a time.
   */
  public Mono<Long> downloadTo(long id, WritableByteChannel channel) {
    return downloadLink(id).flatMap(link -> ArtifactWriter.toChannel(download(link), channel));
  }

  /** Bytes between two {@code DOWNLOADING} steps of {@link #export(AsyncTaskCreate, Path)}: 1 MiB. */
  public static final long DEFAULT_DOWNLOAD_STEP_BYTES = 1 << 20;

  /**
   * Runs a task and downloads its artifact into {@code file}, as one pipeline: starts the task, emits a
   * {@code TASK_UPDATED} step per status or progress change, and once the task succeeded downloads the artifact,
   * emitting a {@code DOWNLOADING} step each time another {@value #DEFAULT_DOWNLOAD_STEP_BYTES} bytes are on disk and
   * a final {@code DOWNLOADED} step once the file is complete and closed. Cancelling stops polling or downloading
   * (the server task keeps running; the file may be left partially written). Signals {@link TaskFailedException}
   * when the task fails, {@link io.nexla.reactive.core.polling.PollTimeoutException} when it outlasts the total poll
   * timeout, and the errors of the calls involved.
   */
  public Flux<ExportProgress> export(AsyncTaskCreate request, Path file) {
    return follow(beginCreate(request), file);
  }

  /** Like {@link #export(AsyncTaskCreate, Path)} for a task already started (or a poller made elsewhere). */
  public Flux<ExportProgress> follow(Poller<AsyncTask> poller, Path file) {
    return follow(poller, file, DEFAULT_DOWNLOAD_STEP_BYTES);
  }

  /**
   * Like {@link #follow(Poller, Path)} with a {@code DOWNLOADING} step each time another {@code downloadStepBytes}
   * bytes are written ({@link Long#MAX_VALUE}: none).
   *
   * @throws IllegalArgumentException if {@code downloadStepBytes} is not positive
   */
  public Flux<ExportProgress> follow(Poller<AsyncTask> poller, Path file, long downloadStepBytes) {
    if (downloadStepBytes <= 0) {
      throw new IllegalArgumentException("downloadStepBytes must be positive: " + downloadStepBytes);
    }
    return Flux.defer(() -> {
      AtomicReference<AsyncTask> last = new AtomicReference<>();
      return poller.updates()
          .doOnNext(last::set)
          .map(task -> new ExportProgress(ExportProgress.Stage.TASK_UPDATED, task, null, 0))
          .concatWith(Flux.defer(() -> {
            AsyncTask task = last.get();
            if (task.isFailed()) {
              return Flux.error(new TaskFailedException(task));
            }
            return downloadLink(task.id())
                .flatMapMany(link -> downloadSteps(task, link, file, downloadStepBytes));
          }));
    });
  }

  /**
   * The artifact written to {@code file} as it arrives: a {@code DOWNLOADING} step per {@code stepBytes} written,
   * then {@code DOWNLOADED} after the file is closed. Each buffer is released once written.
   */
  private Flux<ExportProgress> downloadSteps(AsyncTask task, DownloadLink link, Path file, long stepBytes) {
    return Flux.defer(() -> {
      AtomicLong last = new AtomicLong();
      AtomicLong reported = new AtomicLong();
      return written(link, file)
          .doOnNext(last::set)
          .filter(total -> total - reported.get() >= stepBytes)
          .doOnNext(reported::set)
          .map(total -> new ExportProgress(ExportProgress.Stage.DOWNLOADING, task, file, total))
          .concatWith(Mono.fromSupplier(
              () -> new ExportProgress(ExportProgress.Stage.DOWNLOADED, task, file, last.get())));
    });
  }
}
