package io.nexla.reactive.benchmarks.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.locks.LockSupport;

/**
 * Counts the client side of open TCP connections to a loopback server port, read from the kernel's socket tables
 * ({@code /proc/net/tcp}, {@code /proc/net/tcp6}). With a short pool {@code maxIdleTime} an idle pooled connection
 * is closed by the pool's background eviction, so a count that does not return to zero means a connection was
 * acquired and never released (a leak), independently of what the client reports about itself.
 */
final class ClientConnections {

  private static final String ESTABLISHED = "01";
  private static final String CLOSE_WAIT = "08";

  private ClientConnections() {}

  /** Whether the socket tables are readable here (Linux). */
  static boolean supported() {
    return Files.isReadable(Path.of("/proc/net/tcp"));
  }

  /** Client sockets whose remote port is {@code serverPort}, ESTABLISHED or CLOSE_WAIT (not yet closed by us). */
  static int openTo(int serverPort) {
    String port = String.format(Locale.ROOT, "%04X", serverPort);
    int count = 0;
    for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
      Path path = Path.of(table);
      if (!Files.isReadable(path)) {
        continue;
      }
      List<String> lines;
      try {
        lines = Files.readAllLines(path);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
        String[] f = line.trim().split("\\s+");
        if (f.length < 4) {
          continue;
        }
        String remote = f[2];
        String state = f[3];
        if (remote.endsWith(":" + port) && (state.equals(ESTABLISHED) || state.equals(CLOSE_WAIT))) {
          count++;
        }
      }
    }
    return count;
  }

  /**
   * Waits (on the calling test thread) up to {@code within} for the count to reach zero and returns the last
   * count seen: 0 when every connection was released and evicted.
   */
  static int awaitIdle(int serverPort, Duration within) {
    long deadline = System.nanoTime() + within.toNanos();
    int open = openTo(serverPort);
    while (open > 0 && System.nanoTime() < deadline) {
      LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
      open = openTo(serverPort);
    }
    return open;
  }
}
