package io.nexla.reactive.benchmarks.jmh;

import io.nexla.reactive.core.http.NexlaRequest;
import io.nexla.reactive.core.internal.RequestUri;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.springframework.web.util.DefaultUriBuilderFactory;

/**
 * Building a request: the client's {@link NexlaRequest} (builder, path variables, query), and the same plus its URI
 * expansion with strict encoding as the transport does it once per operation ({@link RequestUri}), against the same
 * expansion through Spring's strict {@link DefaultUriBuilderFactory} and against concatenating the URL.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class RequestBuildingBenchmark {

  private static final String BASE = "http://127.0.0.1:8080/nexla-api";

  private final DefaultUriBuilderFactory uris = strictUris();
  private long page = 1;

  private static DefaultUriBuilderFactory strictUris() {
    DefaultUriBuilderFactory factory = new DefaultUriBuilderFactory(BASE);
    factory.setEncodingMode(DefaultUriBuilderFactory.EncodingMode.TEMPLATE_AND_VALUES);
    return factory;
  }

  @Benchmark
  public NexlaRequest clientRequest() {
    return NexlaRequest.get("/data_sources").operation("sources.list")
        .setQuery("page", page++).setQuery("per_page", 100).build();
  }

  @Benchmark
  public URI clientRequestAndUri() {
    NexlaRequest request = NexlaRequest.get("/data_sources/{id}").operation("sources.get")
        .pathVariable("id", page++).setQuery("expand", 1).build();
    return RequestUri.of(BASE, request).uri();
  }

  @Benchmark
  public URI clientRequestAndUriBuilderFactory() {
    NexlaRequest request = NexlaRequest.get("/data_sources/{id}").operation("sources.get")
        .pathVariable("id", page++).setQuery("expand", 1).build();
    Map<String, Object> variables = new HashMap<>(request.pathVariables());
    var builder = uris.uriString(request.pathTemplate());
    int i = 0;
    for (Map.Entry<String, List<String>> entry : request.query().entrySet()) {
      for (String value : entry.getValue()) {
        String name = "q" + i++;
        builder.queryParam(entry.getKey(), "{" + name + "}");
        variables.put(name, value);
      }
    }
    return builder.build(variables);
  }

  @Benchmark
  public URI concatenatedUri() {
    return URI.create(BASE + "/data_sources/" + (page++) + "?expand=1");
  }
}
