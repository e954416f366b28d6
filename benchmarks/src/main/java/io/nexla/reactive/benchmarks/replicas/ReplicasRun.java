package io.nexla.reactive.benchmarks.replicas;

import io.nexla.reactive.benchmarks.ExternalEmulator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code bash benchmarks/run.sh replicas [--replicas 4] [--quota 50] [--seconds 30] [--concurrency 8]}: REPLICAS
 * client JVMs against one standalone emulator enforcing an organisation quota of QUOTA requests per second, three
 * runs of SECONDS each: every replica with a local limiter at the quota; with one limit at the quota shared
 * through a redis-server started here; with the shared limit set to twice the quota (it must adapt). Prints as its
 * last line {@code {"replicas":…, "quota_per_s":…, "local_429_pct":…, "shared_429_pct":…,
 * "shared_ok_per_s_pct_of_quota":…, "adaptive_429_pct":…, "adaptive_ok_per_s_pct_of_quota":…}}.
 */
public final class ReplicasRun {

  private static final String SERVICE_KEY = "replicas-bench-key";
  private static final Pattern COUNTS = Pattern.compile("ok=(\\d+) limited=(\\d+) no_permit=(\\d+) other=(\\d+)");

  private ReplicasRun() {}

  /** Outcomes summed over the replicas of one run. */
  record Outcome(long ok, long limited, long noPermit, long other) {
    double limitedPct() {
      return ok + limited == 0 ? 0 : 100.0 * limited / (ok + limited);
    }

    double okPctOfQuota(int quota, int seconds) {
      return 100.0 * ok / seconds / quota;
    }
  }

  public static void main(String[] args) throws Exception {
    int replicas = 4;
    int quota = 50;
    int seconds = 30;
    int concurrency = 8;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--replicas" -> replicas = Integer.parseInt(args[i + 1]);
        case "--quota" -> quota = Integer.parseInt(args[i + 1]);
        case "--seconds" -> seconds = Integer.parseInt(args[i + 1]);
        case "--concurrency" -> concurrency = Integer.parseInt(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    int port = freePort();
    Process redis = startRedis(port);
    try (ExternalEmulator emulator = ExternalEmulator.emulatorJar(List.of("--service-key", SERVICE_KEY,
        "--port", Integer.toString(freePort()), "--fault", "GET /users/current org-quota=" + quota + "/1s"))) {
      String redisUri = "redis://127.0.0.1:" + port;
      Outcome local = run(emulator, redisUri, "local", quota, replicas, seconds, concurrency);
      Outcome shared = run(emulator, redisUri, "shared", quota, replicas, seconds, concurrency);
      Outcome adaptive = run(emulator, redisUri, "shared", 2 * quota, replicas, seconds, concurrency);
      System.err.println("local " + local + "\nshared " + shared + "\nadaptive " + adaptive);
      System.out.println(String.format(Locale.ROOT, "{\"replicas\":%d,\"quota_per_s\":%d,\"seconds\":%d,"
              + "\"local_429_pct\":%.1f,\"local_ok_per_s_pct_of_quota\":%.1f,\"shared_429_pct\":%.2f,"
              + "\"shared_ok_per_s_pct_of_quota\":%.1f,\"adaptive_429_pct\":%.2f,"
              + "\"adaptive_ok_per_s_pct_of_quota\":%.1f}",
          replicas, quota, seconds, local.limitedPct(), local.okPctOfQuota(quota, seconds), shared.limitedPct(),
          shared.okPctOfQuota(quota, seconds), adaptive.limitedPct(), adaptive.okPctOfQuota(quota, seconds)));
    } finally {
      redis.destroy();
      redis.waitFor();
    }
  }

  private static Outcome run(ExternalEmulator emulator, String redisUri, String mode, int limit, int replicas,
      int seconds, int concurrency) throws Exception {
    String key = "nexla-bench:" + UUID.randomUUID();
    List<Process> processes = new ArrayList<>();
    List<BufferedReader> outputs = new ArrayList<>();
    for (int i = 0; i < replicas; i++) {
      Process process = new ProcessBuilder(java(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
          ReplicaWorker.class.getName(), mode, emulator.baseUrl(), SERVICE_KEY, redisUri, key,
          Integer.toString(limit), Integer.toString(seconds), Integer.toString(concurrency))
          .redirectErrorStream(true).start();
      processes.add(process);
      outputs.add(new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)));
    }
    for (BufferedReader out : outputs) { // every replica holds its token before the clock starts
      String line;
      while ((line = out.readLine()) != null && !line.equals("ready")) {
        System.err.println("replica: " + line);
      }
    }
    long start = System.currentTimeMillis() + 500;
    for (Process process : processes) {
      process.getOutputStream().write((start + "\n").getBytes(StandardCharsets.US_ASCII));
      process.getOutputStream().flush();
    }
    long ok = 0;
    long limited = 0;
    long noPermit = 0;
    long other = 0;
    for (int i = 0; i < replicas; i++) {
      String last = "";
      try (BufferedReader out = outputs.get(i)) {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
          last = line;
        }
      }
      processes.get(i).waitFor();
      Matcher m = COUNTS.matcher(last);
      if (!m.find()) {
        throw new IllegalStateException("replica failed: " + last);
      }
      ok += Long.parseLong(m.group(1));
      limited += Long.parseLong(m.group(2));
      noPermit += Long.parseLong(m.group(3));
      other += Long.parseLong(m.group(4));
    }
    return new Outcome(ok, limited, noPermit, other);
  }

  private static Process startRedis(int port) throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory("bench-redis");
    Process process = new ProcessBuilder("redis-server", "--port", Integer.toString(port), "--bind", "127.0.0.1",
        "--save", "", "--appendonly", "no", "--dir", dir.toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("redis.log").toFile()).start();
    for (int i = 0; i < 200; i++) {
      try (Socket ignored = new Socket(InetAddress.getLoopbackAddress(), port)) {
        return process;
      } catch (IOException notYet) {
        Thread.sleep(50);
      }
    }
    process.destroyForcibly();
    throw new IllegalStateException("redis-server did not start (is it installed? apt-get install redis-server)");
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
