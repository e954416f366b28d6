package io.nexla.reactive.core.polling;

import io.nexla.reactive.core.error.NexlaTimeoutException;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * A polled operation did not finish within {@link PollOptions#totalTimeout()}. The operation itself was not
 * cancelled on the server; it can be resumed from its last status.
 */
public class PollTimeoutException extends NexlaTimeoutException {

  private static final long serialVersionUID = 1L;

  private final transient @Nullable Object lastStatus;
  private final Duration timeout;

  public PollTimeoutException(Duration timeout, @Nullable Object lastStatus) {
    super("The operation did not finish within " + timeout + (lastStatus == null ? " (it never started)"
        : "; last status: " + lastStatus), null);
    this.timeout = timeout;
    this.lastStatus = lastStatus;
  }

  /** The last status seen before the deadline, or {@code null} if the operation was never started. */
  public @Nullable Object lastStatus() {
    return lastStatus;
  }

  /** The last status seen as {@code type}, or {@code null} if there is none or it is of another type. */
  public <T> @Nullable T lastStatus(Class<T> type) {
    return type.isInstance(lastStatus) ? type.cast(lastStatus) : null;
  }

  /** The total timeout that elapsed. */
  public Duration timeout() {
    return timeout;
  }
}
