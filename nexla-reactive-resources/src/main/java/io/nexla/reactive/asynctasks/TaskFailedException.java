package io.nexla.reactive.asynctasks;

import io.nexla.reactive.core.error.NexlaException;

/** An async task ended with a failed status. The task, as last read, is attached. */
public class TaskFailedException extends NexlaException {

  private static final long serialVersionUID = 1L;

  private final transient AsyncTask task;

  public TaskFailedException(AsyncTask task) {
    super("Async task " + task.id() + (task.type() != null ? " (" + task.type() + ")" : "") + " failed with status "
        + task.status() + (task.error() != null ? ": " + task.error() : ""));
    this.task = task;
  }

  /** The failed task. */
  public AsyncTask task() {
    return task;
  }
}
