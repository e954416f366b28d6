package io.nexla.reactive.core.http;

import io.nexla.reactive.core.error.NexlaDecodeException;
import io.nexla.reactive.core.error.NexlaTimeoutException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/** The download step that bounds a stream in total time and size, whatever the server keeps sending. */
final class DownloadLimits {

  private DownloadLimits() {}

  /**
   * {@code body}, failing with {@link NexlaTimeoutException} when it has not completed {@code deadline} after
   * subscription (not merely between chunks), and with {@link NexlaDecodeException} once more than
   * {@code maxBytes} arrived. Cancelling upstream closes the connection; buffers not passed on are released.
   */
  static Flux<DataBuffer> apply(Flux<DataBuffer> body, @Nullable Duration deadline, long maxBytes,
      Scheduler scheduler, String description) {
    Flux<DataBuffer> sized = maxBytes == Long.MAX_VALUE ? body : Flux.defer(() -> {
      AtomicLong received = new AtomicLong();
      return body.handle((buffer, sink) -> {
        if (received.addAndGet(buffer.readableByteCount()) > maxBytes) {
          DataBufferUtils.release(buffer);
          sink.error(new NexlaDecodeException(description + " exceeded maxDownloadBytes (" + maxBytes
              + " bytes); the download was stopped", 200, null, null));
        } else {
          sink.next(buffer);
        }
      });
    });
    if (deadline == null) {
      return sized;
    }
    Mono<Long> expiry = Mono.delay(deadline, scheduler).cache();
    return sized.timeout(expiry, buffer -> expiry)
        .onErrorMap(TimeoutException.class, e -> new NexlaTimeoutException(
            description + " did not complete within its timeout of " + deadline + " (a total deadline)", null));
  }
}
