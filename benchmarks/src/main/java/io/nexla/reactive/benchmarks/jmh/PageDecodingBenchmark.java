package io.nexla.reactive.benchmarks.jmh;

import io.nexla.reactive.benchmarks.SyntheticPages;
import io.nexla.reactive.core.http.NexlaResponse;
import io.nexla.reactive.core.internal.PageDecoding;
import io.nexla.reactive.core.json.NexlaJson;
import io.nexla.reactive.core.paging.Page;
import io.nexla.reactive.internal.ResourceOperations;
import io.nexla.reactive.sources.Source;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.springframework.http.HttpHeaders;
import tools.jackson.databind.JavaType;

/**
 * Decoding one list page (100 sources, ~70 KB) into {@link Source} records: the client's path (items read one by one
 * straight from the bytes; only a page that fails is decoded again through a tree, so that the bad item is reported
 * with a redacted excerpt) against decoding the array straight into {@code Source[]}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PageDecodingBenchmark {

  @Param({"100"})
  public int items;

  private byte[] bareArray;
  private byte[] envelope;
  private JavaType sourceType;

  @Setup
  public void setUp() {
    bareArray = SyntheticPages.page(items, 1, items, false);
    envelope = SyntheticPages.page(items * 10L, 1, items, true);
    sourceType = NexlaJson.mapper().constructType(Source.class);
  }

  @Benchmark
  public Page<Source> clientPageDecodeBareArray() {
    NexlaResponse response = new NexlaResponse(200, HttpHeaders.EMPTY, bareArray, "bench", 1);
    return PageDecoding.decode(response, 1, items, sourceType,
        node -> ResourceOperations.<Source>convert(node, sourceType));
  }

  @Benchmark
  public Page<Source> clientPageDecodeEnvelope() {
    NexlaResponse response = new NexlaResponse(200, HttpHeaders.EMPTY, envelope, "bench", 1);
    return PageDecoding.decode(response, 1, items, sourceType,
        node -> ResourceOperations.<Source>convert(node, sourceType));
  }

  @Benchmark
  public Source[] jacksonArrayDecode() {
    return NexlaJson.mapper().readValue(bareArray, Source[].class);
  }
}
