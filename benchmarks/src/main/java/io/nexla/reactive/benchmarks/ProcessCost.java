package io.nexla.reactive.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Arrays;

/** The process's CPU time and the bytes its live threads allocated, read before and after a measured run. */
final class ProcessCost {

  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  /** One reading. */
  record Mark(long cpuNanos, long allocatedBytes) {
    double cpuMicrosSince(Mark earlier) {
      return (cpuNanos - earlier.cpuNanos) / 1_000.0;
    }

    /** Threads that ended between the readings are missed; the event loops and the caller live throughout. */
    double allocatedKibSince(Mark earlier) {
      return (allocatedBytes - earlier.allocatedBytes) / 1024.0;
    }
  }

  private ProcessCost() {}

  static Mark mark() {
    long allocated = Arrays.stream(THREADS.getThreadAllocatedBytes(THREADS.getAllThreadIds()))
        .filter(bytes -> bytes > 0).sum();
    return new Mark(OS.getProcessCpuTime(), allocated);
  }
}
