package io.nexla.reactive.samples;

import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.asynctasks.AsyncTaskCreate;
import io.nexla.reactive.asynctasks.AsyncTaskType;
import io.nexla.reactive.asynctasks.ExportProgress;
import io.nexla.reactive.core.NexlaClientOptions;
import io.nexla.reactive.core.polling.PollOptions;
import io.nexla.reactive.credentials.Credential;
import io.nexla.reactive.credentials.CredentialCreate;
import io.nexla.reactive.credentials.CredentialType;
import io.nexla.reactive.destinations.Destination;
import io.nexla.reactive.destinations.DestinationCreate;
import io.nexla.reactive.destinations.DestinationType;
import io.nexla.reactive.flows.FlowResourceType;
import io.nexla.reactive.flows.FlowScope;
import io.nexla.reactive.nexsets.Nexset;
import io.nexla.reactive.nexsets.NexsetCreate;
import io.nexla.reactive.sources.Source;
import io.nexla.reactive.sources.SourceCreate;
import io.nexla.reactive.sources.SourceType;
import io.nexla.reactive.testkit.NexlaEmulator;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * Command-line demo of nexla-reactive: builds a pipeline (credentials, an S3 source on a cron, a nexset, a Snowflake
 * destination), activates its flow, streams every flow node and source, runs an export task with live progress,
 * downloads its artifact and deletes what it created.
 *
 * <p>Without {@code NEXLA_SERVICE_KEY} / {@code NEXLA_ACCESS_TOKEN} in the environment it starts the Nexla
 * emulator in-process; otherwise it talks to the API those variables (and {@code NEXLA_API_URL}) point to.
 * Blocking is fine here: this is the {@code main} of a program, not library code.
 */
public final class Demo {

  /** Longest the demo waits for any single step. */
  private static final Duration STEP_TIMEOUT = Duration.ofSeconds(60);
  private static final int BAR_WIDTH = 30;

  private final PrintStream out;
  private final boolean terminal;

  Demo(PrintStream out, boolean terminal) {
    this.out = out;
    this.terminal = terminal;
  }

  public static void main(String[] args) {
    int status = run(System.getenv(), System.out, System.err, System.console() != null);
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Runs the demo and returns the process exit status: 0 on success, 1 when a step failed (the reason is printed
   * on {@code err}).
   */
  static int run(Map<String, String> env, PrintStream out, PrintStream err, boolean terminal) {
    boolean useEmulator = !env.containsKey(NexlaClientOptions.ENV_SERVICE_KEY)
        && !env.containsKey(NexlaClientOptions.ENV_ACCESS_TOKEN);
    out.println("nexla-reactive " + NexlaClientOptions.VERSION + " demo");
    NexlaEmulator emulator = null;
    try {
      NexlaClient.Builder builder = NexlaClient.builder();
      if (useEmulator) {
        emulator = startEmulator();
        out.println("No NEXLA_SERVICE_KEY or NEXLA_ACCESS_TOKEN set: using the embedded emulator at "
            + emulator.baseUrl());
        builder.baseUrl(emulator.baseUrl()).serviceKey(emulator.serviceKey())
            // the emulator's tasks finish in seconds: poll often so the progress bar moves smoothly
            .polling(PollOptions.builder().interval(Duration.ofMillis(200)).maxInterval(Duration.ofMillis(400))
                .build());
      } else {
        builder.fromEnvironment(env);
      }
      try (NexlaClient client = builder.build()) {
        if (!useEmulator) {
          out.println("Using the Nexla API at " + client.options().baseUrl());
        }
        new Demo(out, terminal).runSteps(client);
      }
      out.println("Done.");
      return 0;
    } catch (RuntimeException | IOException e) {
      err.println();
      err.println("Demo failed: " + describe(e));
      return 1;
    } finally {
      if (emulator != null) {
        emulator.close();
      }
    }
  }

  private static NexlaEmulator startEmulator() {
    NexlaEmulator emulator = NexlaEmulator.builder()
        .seed(42)
        .taskDuration(Duration.ofSeconds(2))
        .artifactSize(2L * 1024 * 1024)
        .start();
    for (String name : new String[] {"crm contacts", "web events", "billing invoices", "support tickets"}) {
      emulator.store().create("data_sources", Map.of("name", name, "source_type", "s3"));
    }
    return emulator;
  }

  private void runSteps(NexlaClient client) throws IOException {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    Deque<Mono<?>> cleanup = new ArrayDeque<>();
    try {
      out.println();
      out.println("1. Building a pipeline");
      Credential s3 = await(client.credentials().create(CredentialCreate.builder("demo s3 " + suffix,
              CredentialType.S3)
          .secret("access_key_id", "AKIADEMO").secret("secret_access_key", "demo-secret")
          .secret("region", "us-east-1").build()));
      cleanup.push(client.credentials().delete(s3.id()));
      out.println("   credential  #" + s3.id() + " " + s3.name());

      Credential snowflake = await(client.credentials().create(CredentialCreate.builder("demo snowflake " + suffix,
              CredentialType.SNOWFLAKE)
          .secret("account", "demo-account").secret("user", "LOADER").secret("password", "demo-password")
          .secret("warehouse", "LOAD_WH").secret("database", "RAW").secret("schema", "STAGING")
          .secret("role", "SYSADMIN").build()));
      cleanup.push(client.credentials().delete(snowflake.id()));
      out.println("   credential  #" + snowflake.id() + " " + snowflake.name());

      Source source = await(client.sources().create(SourceCreate.builder("demo orders " + suffix, SourceType.S3)
          .dataCredentialsId(s3.id()).config("path", "raw/orders/").config("file_format", "json")
          .cron("0 * * * *").build()));
      cleanup.push(client.sources().delete(source.id()));
      out.println("   source      #" + source.id() + " " + source.name() + " (S3, hourly)");

      // Nexla detects a nexset once the source is active; the detected one is the parent of ours
      cleanup.push(client.flows().pauseFlowOf(FlowResourceType.SOURCES, source.id(), FlowScope.WHOLE_FLOW));
      Source active = await(client.sources().activate(source.id()).then(client.sources().get(source.id())));
      active.dataSets().forEach(detected -> out.println("   detected    #" + detected.id() + " " + detected.name()));

      Nexset nexset = await(client.nexsets().create(nexsetOf(active, "demo orders clean " + suffix)));
      cleanup.push(client.nexsets().delete(nexset.id()));
      out.println("   nexset      #" + nexset.id() + " " + nexset.name());

      Destination destination = await(client.destinations().create(DestinationCreate.builder(
              "demo warehouse " + suffix, DestinationType.SNOWFLAKE, snowflake.id(), nexset.id())
          .snowflakeMerge("RAW.STAGING.ORDERS", "order_id").build()));
      cleanup.push(client.destinations().delete(destination.id()));
      out.println("   destination #" + destination.id() + " " + destination.name() + " (Snowflake merge)");

      out.println();
      out.println("2. Activating the flow");
      // resources of an active flow cannot be deleted: pause the whole flow first when cleaning up
      cleanup.push(client.flows().pauseFlowOf(FlowResourceType.SOURCES, source.id(), FlowScope.WHOLE_FLOW));
      await(client.flows().activateFlowOf(FlowResourceType.SOURCES, source.id(), FlowScope.WHOLE_FLOW)
          .doOnNext(flow -> flow.nodes().forEach(node -> out.println("   " + node.status() + " node #" + node.id()
              + " " + describeNode(node.dataSourceId(), node.dataSetId(), node.dataSinkId())))));

      out.println();
      out.println("3. Streaming every flow node (pages are fetched as the stream is consumed)");
      AtomicLong flowNodes = new AtomicLong();
      await(client.flows().nodes()
          .doOnNext(node -> out.println("   flow node #" + node.id() + (node.isRoot() ? " (root) " : " ")
              + describeNode(node.dataSourceId(), node.dataSetId(), node.dataSinkId()) + " " + node.status()))
          .doOnNext(node -> flowNodes.incrementAndGet())
          .then());
      out.println("   " + flowNodes.get() + " flow nodes");

      out.println("   Streaming every source");
      AtomicLong sources = new AtomicLong();
      await(client.sources().list()
          .doOnNext(s -> out.println("   source #" + s.id() + " " + s.name() + " " + s.status()))
          .doOnNext(s -> sources.incrementAndGet())
          .then());
      out.println("   " + sources.get() + " sources");

      out.println();
      out.println("4. Exporting nexset #" + nexset.id());
      Path file = Files.createTempFile("nexla-export-", ".csv");
      try {
        ExportProgress last = await(client.asyncTasks()
            .export(AsyncTaskCreate.builder(AsyncTaskType.EXPORT_DATA).argument("data_set_id", nexset.id()).build(),
                file)
            .doOnNext(this::showProgress)
            .last());
        if (terminal) {
          out.println();
        }
        out.println("   downloaded " + last.bytesWritten() + " bytes from export task #" + last.task().id());
      } finally {
        Files.deleteIfExists(file);
      }
    } finally {
      out.println();
      out.println("5. Cleaning up");
      RuntimeException cleanupFailure = null;
      while (!cleanup.isEmpty()) {
        try {
          await(cleanup.pop().then());
        } catch (RuntimeException e) {
          // keep deleting the rest; report the first failure once everything was tried
          cleanupFailure = cleanupFailure == null ? e : cleanupFailure;
        }
      }
      if (cleanupFailure != null) {
        throw cleanupFailure;
      }
      out.println("   deleted the destination, nexset, source and credentials");
    }
  }

  /**
   * A nexset over the source's data: derived from the nexset Nexla detected for the active source, or attached to
   * the source directly when nothing was detected yet (a source that has not read any data).
   */
  private static NexsetCreate nexsetOf(Source source, String name) {
    Map<String, Object> transform = Map.of("version", 1, "operations", List.of());
    if (!source.dataSets().isEmpty()) {
      return NexsetCreate.builder(name, source.dataSets().get(0).id()).transform(transform).build();
    }
    return NexsetCreate.builder(name, 0).field("data_source_id", source.id()).transform(transform).build();
  }

  private void showProgress(ExportProgress step) {
    if (step.stage() == ExportProgress.Stage.DOWNLOADED) {
      return;
    }
    if (step.stage() == ExportProgress.Stage.DOWNLOADING) {
      String written = String.format("%.1f MiB written", step.bytesWritten() / (1024.0 * 1024));
      if (terminal) {
        out.print("\r   " + written + " ".repeat(BAR_WIDTH));
        out.flush();
      } else {
        out.println("   " + written);
      }
      return;
    }
    String status = String.valueOf(step.task().status());
    int percent = step.task().progress().map(Number::intValue).orElse(step.task().isSucceeded() ? 100 : 0);
    percent = Math.max(0, Math.min(100, percent));
    if (terminal) {
      int filled = percent * BAR_WIDTH / 100;
      out.print("\r   [" + "#".repeat(filled) + " ".repeat(BAR_WIDTH - filled) + "] "
          + String.format("%3d%% %-8s task #%d", percent, status, step.task().id()));
      out.flush();
    } else {
      out.println("   task #" + step.task().id() + " " + status + " " + percent + "%");
    }
  }

  private static String describeNode(@Nullable Long sourceId, @Nullable Long nexsetId, @Nullable Long sinkId) {
    if (sinkId != null) {
      return "destination #" + sinkId;
    }
    if (nexsetId != null) {
      return "nexset #" + nexsetId;
    }
    return sourceId != null ? "source #" + sourceId : "";
  }

  private static <T> T await(Mono<T> step) {
    return step.block(STEP_TIMEOUT);
  }

  private static String describe(Throwable e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
