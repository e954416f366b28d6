package io.nexla.reactive.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexla.reactive.core.json.NexlaJson;
import io.nexla.reactive.sources.Source;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** A few seconds of the harness itself: options, statistics, a tiny get run, synthetic pages and the chart. */
class HarnessSmokeTest {

  @Test
  void parsesOptionsAndDurations() {
    Args args = Args.parse(new String[] {"get", "--calls", "1_000", "--latency=200ms", "--variants", "--x", "2s"}, 1);
    assertThat(args.integer("calls", 0)).isEqualTo(1000);
    assertThat(args.duration("latency", Duration.ZERO)).isEqualTo(Duration.ofMillis(200));
    assertThat(args.flag("variants", false)).isTrue();
    assertThat(args.duration("x", Duration.ZERO)).isEqualTo(Duration.ofSeconds(2));
    assertThat(args.integer("absent", 7)).isEqualTo(7);
  }

  @Test
  void mediansAndPercentiles() {
    assertThat(Stats.median(List.of(5, 1, 3))).isEqualTo(3.0);
    assertThat(Stats.median(List.of(4, 1, 3, 2))).isEqualTo(2.5);
    long[] values = {10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 0};
    assertThat(Stats.percentile(values, 10, 50)).isEqualTo(50);
    assertThat(Stats.percentile(values, 10, 99)).isEqualTo(100);
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"own-process", "in-process"})
  void tinyGetRunMeasuresAllThreeClients(String emulator) {
    Map<String, Object> figures = GetScenario.run(Args.parse(new String[] {"--calls", "20", "--concurrency", "2",
        "--rounds", "1", "--warmup-rounds", "0", "--records", "3", "--emulator", emulator}, 0)).figures();
    assertThat(figures).containsEntry("failures", 0);
    assertThat((Long) figures.get("sdk_rps")).isPositive();
    assertThat((Long) figures.get("webclient_rps")).isPositive();
    assertThat((Long) figures.get("netty_rps")).isPositive();
    assertThat((Long) figures.get("sdk_p99_us")).isGreaterThanOrEqualTo((Long) figures.get("sdk_p50_us"));
    assertThat((Double) figures.get("sdk_cpu_us_per_call")).isPositive();
    assertThat((Double) figures.get("webclient_kib_per_call")).isPositive();
    assertThat((String) figures.get("emulator")).startsWith(emulator.equals("in-process") ? "in-process" : "own process");
  }

  @Test
  void syntheticPagesDecodeIntoSourcesAndEnd() {
    Source[] first = NexlaJson.mapper().readValue(SyntheticPages.page(250, 1, 100, false), Source[].class);
    Source[] last = NexlaJson.mapper().readValue(SyntheticPages.page(250, 3, 100, false), Source[].class);
    Source[] past = NexlaJson.mapper().readValue(SyntheticPages.page(250, 4, 100, false), Source[].class);
    assertThat(first).hasSize(100);
    assertThat(first[0].id()).isEqualTo(1);
    assertThat(first[0].owner()).isNotNull();
    assertThat(last).extracting(Source::id).containsExactly(java.util.stream.LongStream.rangeClosed(201, 250).boxed()
        .toArray(Long[]::new));
    assertThat(past).isEmpty();
    JsonNode envelope = NexlaJson.mapper().readTree(SyntheticPages.page(250, 2, 100, true));
    assertThat(envelope.path("meta").path("pageCount").asInt()).isEqualTo(3);
    assertThat(envelope.path("data")).hasSize(100);
  }

  @Test
  void chartDrawsOnePanelPerResult(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("get.json"), "{\"scenario\":\"get\",\"sdk_rps\":900,\"webclient_rps\":1000,"
        + "\"netty_rps\":1100,\"sdk_vs_webclient\":0.9,\"concurrency\":32}");
    Files.writeString(dir.resolve("poll.json"), "{\"scenario\":\"poll\",\"task_s\":61.2,\"polls\":14,"
        + "\"detection_lag_ms\":1200}");
    Path svg = dir.resolve("chart.svg");
    Report report = Chart.write(dir, svg);
    assertThat(report.figures().get("scenarios")).isEqualTo(List.of("get", "poll"));
    String text = Files.readString(svg);
    assertThat(text).startsWith("<svg").contains("raw WebClient").contains("1,100 req/s").contains("polls");
  }
}
