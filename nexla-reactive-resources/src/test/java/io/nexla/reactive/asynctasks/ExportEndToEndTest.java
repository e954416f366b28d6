package io.nexla.reactive.asynctasks;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufAllocatorMetric;
import io.netty.buffer.ByteBufAllocatorMetricProvider;
import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.core.polling.PollOptions;
import io.nexla.reactive.testkit.NexlaEmulator;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** An export followed from creation to a downloaded artifact, against the emulator over real HTTP. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportEndToEndTest {

  private static final long ARTIFACT_BYTES = 48L * 1024 * 1024;

  private NexlaEmulator emulator;
  private NexlaClient client;

  @BeforeAll
  void start() {
    emulator = NexlaEmulator.builder().taskDuration(Duration.ofMillis(600)).artifactSize(ARTIFACT_BYTES).start();
    client = NexlaClient.builder().baseUrl(emulator.baseUrl()).serviceKey(emulator.serviceKey())
        .polling(PollOptions.builder().interval(Duration.ofMillis(100)).maxInterval(Duration.ofMillis(200)).build())
        .build();
  }

  @AfterAll
  void stop() {
    client.close();
    emulator.close();
  }

  @Test
  void exportRunsOnceFollowsTheTaskToDoneAndWritesTheWholeArtifact(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("export.bin");
    List<ExportProgress> steps = client.asyncTasks()
        .export(AsyncTaskCreate.builder(AsyncTaskType.EXPORT_DATA).argument("data_set_id", 7).build(), file)
        .collectList().block(Duration.ofSeconds(60));

    assertThat(steps).isNotEmpty();
    ExportProgress last = steps.get(steps.size() - 1);
    assertThat(last.stage()).isEqualTo(ExportProgress.Stage.DOWNLOADED);
    assertThat(last.bytesWritten()).isEqualTo(ARTIFACT_BYTES);
    assertThat(Files.size(file)).isEqualTo(ARTIFACT_BYTES);
    List<ExportProgress> updates = steps.stream()
        .filter(s -> s.stage() == ExportProgress.Stage.TASK_UPDATED).toList();
    List<ExportProgress> downloading = steps.stream()
        .filter(s -> s.stage() == ExportProgress.Stage.DOWNLOADING).toList();
    assertThat(steps).startsWith(updates.toArray(ExportProgress[]::new));
    assertThat(updates.get(updates.size() - 1).task().isSucceeded()).isTrue();
    // 48 MiB: a step per MiB on disk, strictly growing, never beyond the artifact.
    assertThat(downloading).hasSizeBetween(40, 48);
    assertThat(downloading).extracting(ExportProgress::bytesWritten).isSorted().doesNotHaveDuplicates()
        .allSatisfy(bytes -> assertThat(bytes).isBetween(1L << 20, ARTIFACT_BYTES));
    assertThat(steps).hasSize(updates.size() + downloading.size() + 1);
    assertThat(emulator.count("POST", "/async_tasks")).as("the task is started exactly once").isEqualTo(1);
    assertThat(emulator.count("GET", "/async_tasks/{id}")).as("polls").isGreaterThanOrEqualTo(1);
  }

  @Test
  void downloadIsStreamedWithBoundedBufferMemory() {
    AsyncTask task = client.asyncTasks()
        .beginCreate(AsyncTaskCreate.builder(AsyncTaskType.EXPORT_DATA).argument("data_set_id", 8).build())
        .result().block(Duration.ofSeconds(60));
    SamplingChannel channel = new SamplingChannel();

    Long written = client.asyncTasks().downloadTo(task.id(), channel).block(Duration.ofSeconds(60));

    assertThat(written).isEqualTo(ARTIFACT_BYTES);
    assertThat(channel.bytes.get()).isEqualTo(ARTIFACT_BYTES);
    // The artifact is 48 MiB; buffer memory in use while it streams stays well under that (a client that joined
    // the body into one buffer would hold all 48 MiB). The figure is the whole allocator's, the in-process
    // emulator's sending buffers included, and it reserves memory in large chunks: half the artifact leaves room
    // for one more chunk and still fails a joined body.
    assertThat(channel.peakPooledBytes.get()).isPositive().isLessThan(ARTIFACT_BYTES / 2);
  }

  /** Discards what it is given, recording the peak of Netty's buffer memory in use on every write. */
  private static final class SamplingChannel implements WritableByteChannel {
    final AtomicLong bytes = new AtomicLong();
    final AtomicLong peakPooledBytes = new AtomicLong();

    @Override
    public int write(ByteBuffer src) {
      int n = src.remaining();
      src.position(src.limit());
      bytes.addAndGet(n);
      // Netty's default allocator (adaptive in Netty 4.2, pooled before) is what Reactor Netty reads into.
      ByteBufAllocatorMetric metric = ((ByteBufAllocatorMetricProvider) ByteBufAllocator.DEFAULT).metric();
      long used = metric.usedDirectMemory() + metric.usedHeapMemory();
      peakPooledBytes.accumulateAndGet(used, Math::max);
      return n;
    }

    @Override
    public boolean isOpen() {
      return true;
    }

    @Override
    public void close() {}
  }
}
