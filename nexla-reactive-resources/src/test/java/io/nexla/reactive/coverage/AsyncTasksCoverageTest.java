package io.nexla.reactive.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.asynctasks.AsyncTask;
import io.nexla.reactive.asynctasks.AsyncTaskCreate;
import io.nexla.reactive.asynctasks.AsyncTaskStatus;
import io.nexla.reactive.asynctasks.AsyncTaskType;
import io.nexla.reactive.asynctasks.AsyncTaskUpdate;
import io.nexla.reactive.asynctasks.AsyncTasksClient;
import io.nexla.reactive.common.AccessRole;
import io.nexla.reactive.common.Accessor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/** Every {@code async_tasks} row of {@code operations.csv}, called through {@code client.asyncTasks()}. */
class AsyncTasksCoverageTest extends AbstractApiCoverageTest {

  private static final AsyncTaskCreate TASK = AsyncTaskCreate.builder(AsyncTaskType.BULK_DELETE_NOTIFICATIONS)
      .argument("ids", List.of(1, 2)).build();

  /** Creates a task first, then runs {@code call} on it. */
  private static CoverageCall onTask(BiFunction<AsyncTasksClient, AsyncTask, Publisher<?>> call) {
    return (client, emulator) -> started(client).flatMapMany(task -> call.apply(client.asyncTasks(), task));
  }

  /** Creates a task and waits for it to finish first, then runs {@code call} on it. */
  private static CoverageCall onFinishedTask(BiFunction<AsyncTasksClient, AsyncTask, Publisher<?>> call) {
    return (client, emulator) -> client.asyncTasks().beginCreate(TASK).result()
        .flatMapMany(task -> call.apply(client.asyncTasks(), task));
  }

  private static Mono<AsyncTask> started(NexlaClient client) {
    return client.asyncTasks().beginCreate(TASK).activation();
  }

  @Override
  protected Map<String, Map<String, CoverageCall>> calls() {
    Map<String, CoverageCall> c = new LinkedHashMap<>();
    c.put("list", onTask((tasks, task) -> tasks.list().collectList()
        .doOnNext(all -> assertThat(all).extracting(AsyncTask::id).contains(task.id()))));
    c.put("create", (client, emulator) -> started(client)
        .doOnNext(task -> assertThat(task.id()).isPositive()));
    c.put("list_by_status", onTask((tasks, task) -> tasks.listByStatus(AsyncTaskStatus.QUEUED)));
    c.put("explain_arguments", (client, emulator) ->
        client.asyncTasks().explainArguments(AsyncTaskType.BULK_DELETE_NOTIFICATIONS));
    c.put("list_of_type", onTask((tasks, task) -> tasks.listOfType(AsyncTaskType.BULK_DELETE_NOTIFICATIONS)));
    c.put("types", (client, emulator) -> client.asyncTasks().types().collectList()
        .doOnNext(types -> assertThat(types).isNotEmpty()));
    c.put("delete", onTask((tasks, task) -> tasks.delete(task.id())));
    c.put("get", onTask((tasks, task) -> tasks.get(task.id())
        .doOnNext(got -> assertThat(got.id()).isEqualTo(task.id()))));
    c.put("update", onTask((tasks, task) -> tasks.update(task.id(), AsyncTaskUpdate.builder().priority(2).build())));
    c.put("delete_accessors", onTask((tasks, task) ->
        tasks.removeAccessors(task.id(), List.of(Accessor.user("someone@example.com", AccessRole.COLLABORATOR)))));
    c.put("get_accessors", onTask((tasks, task) -> tasks.accessors(task.id())));
    c.put("replace_accessors", onTask((tasks, task) ->
        tasks.replaceAccessors(task.id(), List.of(Accessor.user("someone@example.com", AccessRole.COLLABORATOR)))));
    c.put("add_accessors", onTask((tasks, task) ->
        tasks.addAccessors(task.id(), List.of(Accessor.user("someone@example.com", AccessRole.COLLABORATOR)))));
    c.put("acknowledge", onFinishedTask((tasks, task) -> tasks.acknowledge(task.id())));
    c.put("activate", onTask((tasks, task) -> tasks.activate(task.id())));
    c.put("get_audit_log", onTask((tasks, task) -> tasks.auditLog(task.id())));
    c.put("copy", onTask((tasks, task) -> tasks.copy(task.id())));
    c.put("download_link", onFinishedTask((tasks, task) -> tasks.downloadLink(task.id())));
    c.put("pause", onTask((tasks, task) -> tasks.pause(task.id())));
    c.put("rerun", onFinishedTask((tasks, task) -> tasks.rerun(task.id())));
    c.put("result", onFinishedTask((tasks, task) -> tasks.result(task.id())));
    return Map.of("async_tasks", c);
  }
}
