package io.nexla.reactive.webhooks;

import io.nexla.reactive.common.Models;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of one batch of {@link WebhooksClient#push}: either the server's answer or the error that ended the
 * send. A failed batch is never re-sent by the client: after an ambiguous failure
 * ({@code NexlaTransportException#requestMayHaveBeenProcessed()}) the records may or may not have been stored,
 * and only the caller can decide whether to send them again.
 *
 * @param index position of the batch in the stream, from 0
 * @param records the records of the batch, in order
 * @param response the server's answer when the batch was accepted ({@code null} if it answered with no body)
 * @param error why the batch failed, or {@code null} when it succeeded
 */
public record WebhookBatchResult(
    long index, List<Object> records, @Nullable WebhookResponse response, @Nullable Throwable error) {

  public WebhookBatchResult {
    records = Models.list(records);
  }

  /** Whether the server accepted the batch. */
  public boolean succeeded() {
    return error == null;
  }

  /** How many records the server reported as processed, when it did. */
  public Optional<Long> processed() {
    return Optional.ofNullable(response).map(WebhookResponse::processed);
  }

  /** Records are left out: they are application data. */
  @Override
  public String toString() {
    return "WebhookBatchResult[index=" + index + ", records=" + records.size() + ", "
        + (error == null ? "processed=" + processed().orElse(null) : "error=" + error.getClass().getSimpleName())
        + "]";
  }
}
