package io.nexla.reactive.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The command-line demo end to end, as {@code exec:java} runs it, against the embedded emulator. */
class DemoTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(Map<String, String> env, boolean terminal) {
    return Demo.run(env, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), terminal);
  }

  @Test
  void withoutEnvironmentRunsEveryStepAgainstTheEmulatorAndExitsZero() {
    int status = run(Map.of(), false);

    String output = out.toString(StandardCharsets.UTF_8);
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(status).isZero();
    assertThat(output)
        .contains("using the embedded emulator")
        .containsPattern("credential  #\\d+ demo s3")
        .containsPattern("source      #\\d+ demo orders .* \\(S3, hourly\\)")
        .containsPattern("detected    #\\d+ demo orders .* \\(detected\\)")
        .containsPattern("destination #\\d+ demo warehouse .* \\(Snowflake merge\\)")
        .containsPattern("ACTIVE node #\\d+ destination #\\d+")
        .contains("support tickets")            // a seeded source, streamed from the list
        .containsPattern("task #\\d+ RUNNING \\d+%")
        .containsPattern("task #\\d+ DONE 100%")
        .contains("downloaded 2097152 bytes")
        .contains("deleted the destination, nexset, source and credentials")
        .endsWith("Done." + System.lineSeparator());
  }

  @Test
  void onATerminalDrawsAProgressBarInPlace() {
    assertThat(run(Map.of(), true)).isZero();

    assertThat(out.toString(StandardCharsets.UTF_8)).containsPattern("\r   \\[#+ *\\] +\\d+% RUNNING")
        .containsPattern("\r   \\[#{30}\\] 100% DONE");
  }

  @Test
  void anUnreachableApiExitsNonZeroWithAClearMessage() {
    int status = run(Map.of("NEXLA_SERVICE_KEY", "key", "NEXLA_API_URL", "http://127.0.0.1:1/nexla-api"), false);

    assertThat(status).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith(System.lineSeparator() + "Demo failed: ");
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("Using the Nexla API at http://127.0.0.1:1/nexla-api")
        .doesNotContain("Done.");
  }
}
