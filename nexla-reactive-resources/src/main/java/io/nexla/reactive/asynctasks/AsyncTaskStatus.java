package io.nexla.reactive.asynctasks;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.nexla.reactive.core.json.ExpandableValue;
import java.util.Locale;
import java.util.Set;

/**
 * Status of an async task. The server's spellings vary ({@code QUEUED}/{@code pending},
 * {@code DONE}/{@code completed}/{@code success}, {@code FAILED}/{@code error}); unknown statuses are kept as sent
 * and read as "still running".
 */
public final class AsyncTaskStatus extends ExpandableValue {

  public static final AsyncTaskStatus QUEUED = of("QUEUED");
  public static final AsyncTaskStatus RUNNING = of("RUNNING");
  public static final AsyncTaskStatus DONE = of("DONE");
  public static final AsyncTaskStatus FAILED = of("FAILED");

  private static final Set<String> SUCCEEDED = Set.of("DONE", "COMPLETED", "COMPLETE", "SUCCESS", "SUCCEEDED");
  private static final Set<String> FAILURES = Set.of("FAILED", "FAILURE", "ERROR");

  private AsyncTaskStatus(String value) {
    super(value);
  }

  @JsonCreator
  public static AsyncTaskStatus of(String value) {
    return new AsyncTaskStatus(value);
  }

  /** Whether the task finished successfully, in any of the server's spellings and letter cases. */
  public boolean isSucceeded() {
    return SUCCEEDED.contains(value().toUpperCase(Locale.ROOT));
  }

  /** Whether the task failed, in any of the server's spellings and letter cases. */
  public boolean isFailed() {
    return FAILURES.contains(value().toUpperCase(Locale.ROOT));
  }

  /** Whether the task will not change any more. */
  public boolean isTerminal() {
    return isSucceeded() || isFailed();
  }
}
