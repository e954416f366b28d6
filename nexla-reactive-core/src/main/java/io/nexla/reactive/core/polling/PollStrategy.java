package io.nexla.reactive.core.polling;

/**
 * How a {@link Poller} reads the statuses of one kind of long-running operation.
 *
 * @param <T> the status snapshot type (e.g. an async task)
 */
public interface PollStrategy<T> {

  /** Where the operation stands according to {@code status}; unknown statuses should be {@code IN_PROGRESS}. */
  PollState state(T status);

  /**
   * The part of a status whose change is worth an update (e.g. status name and progress). Consecutive statuses
   * with equal keys are reported once. Defaults to the status itself.
   */
  default Object transitionKey(T status) {
    return status;
  }

  /** The error {@link Poller#result()} signals for a {@code FAILED} status; it should carry the status. */
  RuntimeException failure(T status);
}
