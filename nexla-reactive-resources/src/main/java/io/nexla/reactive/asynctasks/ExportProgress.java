package io.nexla.reactive.asynctasks;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * A step of {@link AsyncTasksClient#export}: the task changed, or its artifact was written.
 *
 * @param stage what happened
 * @param task the task as last read
 * @param file the file written, once {@link Stage#DOWNLOADED}
 * @param bytesWritten bytes written to {@code file} (0 before the download)
 */
public record ExportProgress(Stage stage, AsyncTask task, @Nullable Path file, long bytesWritten) {

  /** Steps of an export. */
  public enum Stage {
    /** The task's status or progress changed. */
    TASK_UPDATED,
    /** The artifact was written to the file completely; this is the last element. */
    DOWNLOADED
  }
}
