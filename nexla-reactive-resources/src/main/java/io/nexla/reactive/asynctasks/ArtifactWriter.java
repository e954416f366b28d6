package io.nexla.reactive.asynctasks;

import java.io.IOException;
import java.nio.channels.AsynchronousFileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Writes a downloaded artifact to a file or a channel, releasing each buffer once written. */
final class ArtifactWriter {

  private ArtifactWriter() {}

  /**
   * Writes {@code bytes} into {@code file} (created or truncated) as they arrive, emitting the bytes on disk so far
   * after each buffer is written; each buffer is released once written, and the file is closed before completion
   * is signalled. On error or cancellation the file may be left partially written.
   */
  static Flux<Long> toFile(Flux<DataBuffer> bytes, Path file) {
    return Flux.defer(() -> {
      AtomicLong total = new AtomicLong();
      return Flux.using(
          () -> AsynchronousFileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
              StandardOpenOption.TRUNCATE_EXISTING),
          channel -> DataBufferUtils.write(bytes, channel)
              .map(buffer -> {
                long written = total.addAndGet(buffer.readableByteCount());
                DataBufferUtils.release(buffer);
                return written;
              })
              .doOnDiscard(DataBuffer.class, DataBufferUtils::release),
          ArtifactWriter::close);
    });
  }

  /**
   * Writes {@code bytes} into {@code channel} (not closed) and emits the number of bytes written. Writes to a
   * blocking channel happen on {@link Schedulers#boundedElastic()}, a few buffers at a time.
   */
  static Mono<Long> toChannel(Flux<DataBuffer> bytes, WritableByteChannel channel) {
    return Mono.defer(() -> {
      AtomicLong total = new AtomicLong();
      Flux<DataBuffer> counted = bytes.doOnNext(b -> total.addAndGet(b.readableByteCount()))
          .publishOn(Schedulers.boundedElastic(), 4);
      return DataBufferUtils.write(counted, channel).doOnNext(DataBufferUtils::release)
          .then(Mono.fromSupplier(total::get));
    });
  }

  private static void close(AsynchronousFileChannel channel) {
    try {
      channel.close();
    } catch (IOException e) {
      // Nothing was lost that the write has not reported already; the channel is unusable either way.
    }
  }
}
