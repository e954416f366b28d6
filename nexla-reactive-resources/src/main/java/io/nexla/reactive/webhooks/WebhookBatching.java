package io.nexla.reactive.webhooks;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@link WebhooksClient#push} groups records: a batch is sent when it holds {@code maxRecords} records or
 * when {@code maxWait} has passed since its first record, whichever comes first; at most {@code concurrency}
 * batches are in flight.
 */
public record WebhookBatching(int maxRecords, Duration maxWait, int concurrency, WebhookSendOptions sendOptions) {

  /** 500 records or 1 second per batch, 2 batches in flight, default send options. */
  public static final WebhookBatching DEFAULTS =
      new WebhookBatching(500, Duration.ofSeconds(1), 2, WebhookSendOptions.DEFAULTS);

  public WebhookBatching {
    if (maxRecords < 1) {
      throw new IllegalArgumentException("maxRecords must be at least 1, was " + maxRecords);
    }
    if (maxWait == null || maxWait.isNegative() || maxWait.isZero()) {
      throw new IllegalArgumentException("maxWait must be positive, was " + maxWait);
    }
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be at least 1, was " + concurrency);
    }
    Objects.requireNonNull(sendOptions, "sendOptions");
  }

  public static WebhookBatching of(int maxRecords, Duration maxWait, int concurrency) {
    return new WebhookBatching(maxRecords, maxWait, concurrency, WebhookSendOptions.DEFAULTS);
  }

  public WebhookBatching withSendOptions(WebhookSendOptions options) {
    return new WebhookBatching(maxRecords, maxWait, concurrency, options);
  }
}
