package io.nexla.reactive.testkit;

import static io.nexla.reactive.testkit.EmulatorStore.NODES;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import reactor.core.publisher.Flux;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Async tasks: status computed from emulator time, results, download links and the streamed artifacts. */
final class TaskRoutes extends RouteGroup {

  static final List<String> TASK_TYPES = List.of("BulkDeleteNotifications", "EXPORT_DATA", "export", "import");
  private static final String C = "async_tasks";

  TaskRoutes(EmulatorStore store, EmulatorSettings settings, Router router) {
    super(store, settings, router);
    String p = "/async_tasks";
    route("GET", p + "/types", x -> Reply.ok(EmulatorStore.JSON.valueToTree(TASK_TYPES)));
    route("GET", p + "/of_type/{task_type}", x -> Reply.ok(EmulatorStore.array(filter(views(C,
        store.list(C)), t -> t.path("type").asString("").equals(x.var("task_type"))))));
    route("GET", p + "/by_status/{status}", x -> {
      String wanted = canonicalTaskStatus(x.var("status"));
      return Reply.ok(EmulatorStore.array(filter(views(C, store.list(C)),
          t -> t.path("status").asString("").equals(wanted))));
    });
    route("GET", p + "/explain_arguments/{task_type}", x -> {
      ObjectNode body = NODES.objectNode();
      body.put("task_type", x.var("task_type"));
      ArrayNode args = body.putArray("args");
      ObjectNode size = args.addObject();
      size.put("name", "size_bytes");
      size.put("type", "integer");
      size.put("description", "Size of the generated artifact in bytes");
      ObjectNode fail = args.addObject();
      fail.put("name", "fail");
      fail.put("type", "boolean");
      fail.put("description", "Make the task end in FAILED");
      return Reply.ok(body);
    });
    route("POST", p + "/{id}/acknowledge", x -> withRecord(C, x, r -> {
      ObjectNode change = NODES.objectNode();
      change.put("acknowledged", true);
      store.update(C, r.get("id").asLong(), change);
      ObjectNode body = NODES.objectNode();
      body.put("status", "ok");
      return Reply.ok(body);
    }));
    route("POST", p + "/{id}/rerun", x -> withRecord(C, x, r -> {
      ObjectNode change = NODES.objectNode();
      change.put("started_at", store.now());
      change.put("status", "QUEUED");
      return Reply.ok(view(C, store.update(C, r.get("id").asLong(), change)));
    }));
    route("GET", p + "/{id}/result", x -> withRecord(C, x, r -> {
      ObjectNode task = view(C, r);
      ObjectNode body = NODES.objectNode();
      body.put("task_id", task.get("id").asLong());
      body.put("status", task.get("status").asString());
      body.set("result", task.has("result") ? task.get("result") : NODES.nullNode());
      return Reply.ok(body);
    }));
    route("GET", p + "/{id}/download_link", x -> withRecord(C, x, r -> {
      ObjectNode task = view(C, r);
      if (!task.path("status").asString("").equals("DONE")) {
        return Reply.error(409, "Task " + task.get("id").asLong() + " has no artifact yet (" + task.path("status").asString() + ")");
      }
      ObjectNode body = NODES.objectNode();
      body.put("url", task.get("download_link").asString());
      body.put("expires_at", EmulatorStore.TIMESTAMP.format(store.instant().plus(Duration.ofHours(1))));
      return Reply.ok(body);
    }));
  }

  static String canonicalTaskStatus(String status) {
    return switch (status.toLowerCase(Locale.ROOT)) {
      case "pending", "queued" -> "QUEUED";
      case "running", "processing" -> "RUNNING";
      case "completed", "complete", "success", "done" -> "DONE";
      case "failed", "error" -> "FAILED";
      default -> status;
    };
  }

  /** Computes an async task's status from emulator time: QUEUED, RUNNING (with progress), DONE or FAILED. */
  static ObjectNode taskView(ObjectNode task, EmulatorStore store, EmulatorSettings settings) {
    ObjectNode view = task.deepCopy();
    Instant started = parseInstant(task.path("started_at").asString(null));
    if (started == null) {
      return view;
    }
    long total = settings.taskDuration().toMillis();
    long elapsed = Duration.between(started, store.instant()).toMillis();
    boolean fails = task.path("arguments").path("fail").asBoolean(false)
        || settings.failingTaskTypes().contains(task.path("type").asString(""));
    if (elapsed < total / 10) {
      view.put("status", "QUEUED");
      view.put("progress", 0);
    } else if (elapsed < total) {
      view.put("status", "RUNNING");
      view.put("progress", (int) (elapsed * 100 / Math.max(1, total)));
    } else {
      view.put("progress", 100);
      view.put("finished_at", EmulatorStore.TIMESTAMP.format(started.plusMillis(total)));
      if (fails) {
        view.put("status", "FAILED");
        view.put("error", "Task failed as requested by its arguments");
      } else {
        long id = task.get("id").asLong();
        long size = task.path("arguments").path("size_bytes").asLong(settings.artifactSize());
        String link = settings.rootUrl() + "/downloads/" + id;
        view.put("status", "DONE");
        ObjectNode result = view.putObject("result");
        result.put("records", Math.max(1, size / 64));
        result.put("file_size", size);
        result.put("download_link", link);
        view.put("download_link", link);
      }
    }
    return view;
  }

  /** Streams a generated artifact of {@code size} bytes in 64 KiB chunks, without holding it in memory. */
  Reply download(long taskId) {
    ObjectNode task = store.get(C, taskId);
    if (task == null) {
      return Reply.error(404, "No artifact " + taskId);
    }
    ObjectNode view = view(C, task);
    if (!view.path("status").asString("").equals("DONE")) {
      return Reply.error(404, "Artifact " + taskId + " is not ready");
    }
    long size = view.path("result").path("file_size").asLong(0);
    int chunk = 64 * 1024;
    long chunks = (size + chunk - 1) / chunk;
    byte[] line = "id,value,emulated\n".getBytes(StandardCharsets.US_ASCII);
    Flux<byte[]> body = Flux.<byte[], Long>generate(() -> 0L, (i, sink) -> {
      if (i >= chunks) {
        sink.complete();
        return i;
      }
      int length = (int) Math.min(chunk, size - i * chunk);
      byte[] bytes = new byte[length];
      for (int k = 0; k < length; k++) {
        bytes[k] = line[(int) ((i * chunk + k) % line.length)];
      }
      sink.next(bytes);
      return i + 1;
    });
    Reply reply = Reply.stream(body, "text/csv");
    reply.header("Content-Disposition", "attachment; filename=task-" + taskId + ".csv");
    return reply;
  }
}
