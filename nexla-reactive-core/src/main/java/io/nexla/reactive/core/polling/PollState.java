package io.nexla.reactive.core.polling;

/** Where a polled operation stands, as judged by a {@link PollStrategy}. */
public enum PollState {
  /** Still running (also the reading of any status the strategy does not know): keep polling. */
  IN_PROGRESS,
  /** Finished successfully: stop polling, {@link Poller#result()} emits the status. */
  SUCCEEDED,
  /** Finished with a failure: stop polling, {@link Poller#result()} signals {@link PollStrategy#failure}. */
  FAILED
}
