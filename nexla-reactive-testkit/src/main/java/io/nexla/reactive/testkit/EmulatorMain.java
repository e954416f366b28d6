package io.nexla.reactive.testkit;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;

/**
 * Runs the emulator as a standalone server:
 *
 * <pre>
 * java -jar nexla-emulator.jar --service-key KEY [--host 127.0.0.1] [--port 18089] [--seed N] [--token-ttl SECONDS]
 *     [--populate N] [--populate-sources N] [--fixtures FILE]...
 *     [--envelope] [--max-page-size N] [--page-latency 50ms] [--task-duration 3s] [--artifact-size BYTES]
 *     [--base-path /nexla-api] [--fault "METHOD ROUTE FAULT[;FAULT...] [times=N] [p=P]"]...
 *     [--tls] [--tls-cert-out FILE]
 * </pre>
 *
 * Prints the base URL and serves until the process is stopped. With {@code --tls} it serves HTTPS with a
 * certificate made at start, written as PEM to {@code --tls-cert-out} (which implies {@code --tls}) or printed.
 */
public final class EmulatorMain {

  private EmulatorMain() {}

  /** Entry point; exits with status 2 on bad arguments or an unwritable {@code --tls-cert-out}. */
  public static void main(String[] args) throws InterruptedException {
    NexlaEmulator.Builder builder;
    try {
      builder = parse(args);
    } catch (IllegalArgumentException e) {
      usage(System.err);
      System.err.println("error: " + e.getMessage());
      System.exit(2);
      return;
    }
    if (builder == null) {
      usage(System.out);
      return;
    }
    NexlaEmulator emulator = builder.start();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      emulator.close();
      stopped.countDown();
    }, "emulator-shutdown"));
    if (emulator.rootUrl().startsWith("https:")) {
      String certificateOut = valueOf(args, "--tls-cert-out");
      if (certificateOut != null) {
        try {
          Files.writeString(Path.of(certificateOut), emulator.certificatePem(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
          System.err.println("error: --tls-cert-out: cannot write " + certificateOut + ": " + e.getMessage());
          System.exit(2); // the shutdown hook closes the emulator
        }
        System.out.println("TLS certificate (PEM) written to " + certificateOut);
      } else {
        System.out.println("TLS certificate:");
        System.out.print(emulator.certificatePem());
      }
    }
    System.out.println("Nexla emulator listening at " + emulator.baseUrl());
    System.out.println("Webhooks: " + emulator.rootUrl() + "/webhook/{source_id}?api_key=<service key>");
    System.out.flush();
    stopped.await();
  }

  /** Parses the command line into a builder; {@code null} means "print usage". */
  static NexlaEmulator.@Nullable Builder parse(String[] args) {
    NexlaEmulator.Builder builder = NexlaEmulator.builder().port(18089);
    boolean keyGiven = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "-h", "--help" -> {
          return null;
        }
        case "--envelope" -> builder.envelopePagination(true);
        case "--tls" -> builder.tls(true);
        case "--tls-cert-out" -> {
          value(args, ++i, arg);
          builder.tls(true);
        }
        case "--port" -> builder.port(Integer.parseInt(value(args, ++i, arg)));
        case "--service-key" -> {
          builder.serviceKey(value(args, ++i, arg));
          keyGiven = true;
        }
        case "--seed" -> builder.seed(Long.parseLong(value(args, ++i, arg)));
        case "--token-ttl" -> builder.tokenTtl(Duration.ofSeconds(Long.parseLong(value(args, ++i, arg))));
        case "--max-page-size" -> builder.maxPageSize(Integer.parseInt(value(args, ++i, arg)));
        case "--page-latency" -> builder.pageLatency(Fault.duration(value(args, ++i, arg)));
        case "--task-duration" -> builder.taskDuration(Fault.duration(value(args, ++i, arg)));
        case "--artifact-size" -> builder.artifactSize(Long.parseLong(value(args, ++i, arg)));
        case "--base-path" -> builder.basePath(value(args, ++i, arg));
        case "--host" -> builder.host(value(args, ++i, arg));
        case "--populate" -> builder.populate(Integer.parseInt(value(args, ++i, arg)));
        case "--populate-sources" -> builder.populateSources(Integer.parseInt(value(args, ++i, arg)));
        case "--fixtures" -> {
          java.nio.file.Path file = java.nio.file.Path.of(value(args, ++i, arg));
          if (!java.nio.file.Files.isReadable(file)) {
            throw new IllegalArgumentException("--fixtures: cannot read " + file);
          }
          builder.fixtures(file);
        }
        case "--fault" -> {
          String rule = value(args, ++i, arg);
          new FaultScript(0).add(rule);
          builder.fault(rule);
        }
        default -> throw new IllegalArgumentException("unknown option " + arg);
      }
    }
    if (!keyGiven) {
      throw new IllegalArgumentException("--service-key is required");
    }
    return builder;
  }

  /** The value after the last {@code option}, or {@code null}. */
  private static @Nullable String valueOf(String[] args, String option) {
    String found = null;
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(option)) {
        found = args[i + 1];
      }
    }
    return found;
  }

  private static String value(String[] args, int index, String option) {
    if (index >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[index];
  }

  private static void usage(PrintStream out) {
    out.println("usage: java -jar nexla-emulator.jar --service-key KEY [--port N (default 18089)] [--seed N] [--token-ttl SECONDS]");
    out.println("         [--envelope] [--max-page-size N] [--page-latency 50ms] [--task-duration 3s]");
    out.println("         [--artifact-size BYTES] [--base-path /nexla-api] [--host ADDRESS (default 127.0.0.1)]");
    out.println("         [--populate N (complete pipelines)] [--populate-sources N] [--fixtures FILE]...");
    out.println("         [--fault \"METHOD ROUTE FAULT[;FAULT...] [times=N] [p=P]\"]...");
    out.println("         [--tls (HTTPS, certificate made at start)] [--tls-cert-out FILE (PEM; implies --tls)]");
    out.println("faults: pass, latency=200ms, latency=10ms..2s, status=503, retry-after=5s, retry-after-date=5s,");
    out.println("        garbage-retry-after, quota=100/60s, org-quota=50/1s, reset-before, reset-after, truncated, html=503, html=200,");
    out.println("        content-type, oversized=BYTES, empty, drip=50ms, redirect=URL, expire-token");
  }
}
