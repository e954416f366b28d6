package io.nexla.reactive.asynctasks;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * A step of {@link AsyncTasksClient#export}: the task changed, part of its artifact was written, or all of it.
 *
 * @param stage what happened
 * @param task the task as last read
 * @param file the file being written, from the first {@link Stage#DOWNLOADING} step on
 * @param bytesWritten bytes written to {@code file} so far (0 before the download)
 */
public record ExportProgress(Stage stage, AsyncTask task, @Nullable Path file, long bytesWritten) {

  /** Steps of an export. */
  public enum Stage {
    /** The task's status or progress changed. */
    TASK_UPDATED,
    /** Another step of the artifact's bytes is on disk; {@code bytesWritten} says how many in all. */
    DOWNLOADING,
    /** The artifact was written to the file completely; this is the last element. */
    DOWNLOADED
  }
}
