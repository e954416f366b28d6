package io.nexla.reactive.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A server started as its own JVM, whose first "http://…" output line (or the emulator's "listening at https://…") gives its URL. */
public final class ExternalEmulator implements AutoCloseable {

  /** The emulator's "listening at" line (http or https), else any http URL; not the https links of SLF4J notices. */
  private static final Pattern URL = Pattern.compile("listening at (https?://\\S+)|(http://\\S+)");

  private final Process process;
  private final String baseUrl;

  private ExternalEmulator(Process process, String baseUrl) {
    this.process = process;
    this.baseUrl = baseUrl;
  }

  /** The shaded emulator jar ({@code nexla-reactive-testkit/target/nexla-emulator.jar}) with these arguments. */
  public static ExternalEmulator emulatorJar(List<String> arguments) {
    Path jar = Path.of(System.getProperty("benchmarks.emulatorJar", "nexla-reactive-testkit/target/nexla-emulator.jar"));
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException("Emulator jar not found: " + jar.toAbsolutePath() + " (run benchmarks/run.sh)");
    }
    List<String> command = new ArrayList<>(List.of(java(), "-Xmx1g", "-jar", jar.toString()));
    command.addAll(arguments);
    return start(command);
  }

  /** A main class of this module's class path, in its own JVM. */
  public static ExternalEmulator mainClass(Class<?> main, List<String> jvmOptions, List<String> arguments) {
    List<String> command = new ArrayList<>(List.of(java()));
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
    command.addAll(arguments);
    return start(command);
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static ExternalEmulator start(List<String> command) {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      String line;
      while ((line = out.readLine()) != null && System.nanoTime() < deadline) {
        Matcher m = URL.matcher(line);
        if (m.find()) {
          Thread drain = new Thread(() -> out.lines().forEach(l -> { }), "server-output");
          drain.setDaemon(true);
          drain.start();
          return new ExternalEmulator(process, m.group(1) != null ? m.group(1) : m.group(2));
        }
      }
      process.destroyForcibly();
      throw new IllegalStateException("Server did not print its URL: " + command);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot start " + command, e);
    }
  }

  public String baseUrl() {
    return baseUrl;
  }

  public long pid() {
    return process.pid();
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }
}
