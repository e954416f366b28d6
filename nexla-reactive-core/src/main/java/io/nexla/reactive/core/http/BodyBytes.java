package io.nexla.reactive.core.http;

import java.util.Arrays;
import java.util.function.Supplier;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.web.reactive.function.BodyExtractors;
import org.springframework.web.reactive.function.client.ClientResponse;
import reactor.core.publisher.Mono;

/**
 * Per attempt: a buffered body's bytes, copied out of each received buffer as it arrives (the buffer is released at
 * once) up to a limit.
 *
 * <p>Written here rather than taken from {@code DataBufferUtils.join}: that keeps every buffer until the end, joins
 * them into one more buffer and needs three more operators per call to give an array; every API call reads its body
 * this way, so the cost is on every call's path.
 */
final class BodyBytes {

  private static final byte[] EMPTY = new byte[0];
  /**
   * No body (or a failed answer's body that was too large to keep); never appended to. Declared after
   * {@link #EMPTY}, which it uses.
   */
  static final BodyBytes NONE = new BodyBytes(0, IllegalStateException::new);

  private final int limit;
  private final Supplier<? extends RuntimeException> tooLarge;
  private byte[] bytes = EMPTY;
  private int length;

  private BodyBytes(int limit, Supplier<? extends RuntimeException> tooLarge) {
    this.limit = limit;
    this.tooLarge = tooLarge;
  }

  /**
   * Emits the whole body of {@code response} (one item, empty bytes for no body) once it was received. A body over
   * {@code limit} bytes stops the read and signals {@code tooLarge}'s exception.
   */
  static Mono<BodyBytes> read(ClientResponse response, int limit, Supplier<? extends RuntimeException> tooLarge) {
    return response.body(BodyExtractors.toDataBuffers())
        .collect(() -> new BodyBytes(limit, tooLarge), BodyBytes::append);
  }

  /**
   * As {@link #read}, for a failed answer: a body over {@code limit} bytes stops the read and is {@link #NONE}, as
   * the status alone still says what went wrong.
   */
  static Mono<BodyBytes> readUpTo(ClientResponse response, int limit) {
    return read(response, limit, () -> new DataBufferLimitException("over " + limit + " bytes"))
        .onErrorResume(DataBufferLimitException.class, e -> Mono.just(NONE));
  }

  private void append(DataBuffer buffer) {
    try {
      int count = buffer.readableByteCount();
      if (count > limit - length) {
        throw tooLarge.get();
      }
      if (count > bytes.length - length) {
        // The first buffer is usually the whole body: sized exactly; later ones at least double the array.
        long doubled = bytes.length == 0 ? count : Math.max((long) length + count, 2L * bytes.length);
        bytes = Arrays.copyOf(bytes, (int) Math.min(doubled, limit));
      }
      buffer.read(bytes, length, count);
      length += count;
    } finally {
      DataBufferUtils.release(buffer);
    }
  }

  /** The bytes received (the array itself when it holds exactly the body). */
  byte[] toArray() {
    return length == bytes.length ? bytes : Arrays.copyOf(bytes, length);
  }
}
