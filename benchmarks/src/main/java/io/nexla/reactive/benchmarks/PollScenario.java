package io.nexla.reactive.benchmarks;

import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.asynctasks.AsyncTask;
import io.nexla.reactive.asynctasks.AsyncTaskCreate;
import io.nexla.reactive.asynctasks.AsyncTaskType;
import io.nexla.reactive.testkit.NexlaEmulator;
import java.time.Duration;

/**
 * Starts an async task that the emulator finishes after 60 s and waits for its result with the default poller
 * options. Emulator in-process on the real clock (no acceleration: the run takes the task's duration), so the
 * counts are those a real application would see. The detection lag is the time between the moment the emulator
 * stamps the task finished ({@code finished_at} = {@code started_at} + task duration, same wall clock) and the
 * moment the poller emits the final status; {@code task_s} runs from {@code started_at} to that moment.
 */
public final class PollScenario {

  private PollScenario() {}

  public static Report run(Args args) {
    Duration taskDuration = args.duration("task-duration", Duration.ofSeconds(60));
    try (NexlaEmulator emulator = NexlaEmulator.builder().taskDuration(taskDuration).start();
        NexlaClient client = NexlaClient.builder().baseUrl(emulator.baseUrl())
            .serviceKey(emulator.serviceKey()).build()) {
      long t0 = System.nanoTime();
      AsyncTask done = client.asyncTasks()
          .beginCreate(AsyncTaskCreate.builder(AsyncTaskType.EXPORT_DATA).build())
          .updates()
          .doOnNext(task -> {
            Report.progress("%6.1f s  %s", (System.nanoTime() - t0) / 1e9, task.status());
          })
          .last()
          .block(taskDuration.multipliedBy(3).plusMinutes(1));
      java.time.Instant detected = java.time.Instant.now();
      if (done == null || done.finishedAt() == null) {
        throw new IllegalStateException("The task did not finish: " + done);
      }
      // The emulator runs in this JVM on the same wall clock and stamps started_at / finished_at (ms precision):
      // the lag is the time between the emulator's finish and the moment the client saw it.
      java.time.Instant started = done.startedAt() != null ? done.startedAt() : done.createdAt();
      double taskSeconds = Duration.between(started == null ? done.finishedAt() : started, detected).toMillis() / 1e3;
      double lagMs = Duration.between(done.finishedAt(), detected).toMillis();
      long polls = emulator.count("GET", "/async_tasks/{id}");
      return new Report("poll")
          .put("task_s", Stats.round(taskSeconds, 2))
          .put("polls", polls)
          .put("detection_lag_ms", Math.round(lagMs))
          .put("lag_pct_of_task", Stats.round(100 * lagMs / taskDuration.toMillis(), 2))
          .put("status", String.valueOf(done == null ? null : done.status()))
          .put("task_duration_s", taskDuration.toSeconds())
          .put("emulator", "in-process, real clock");
    }
  }
}
