package io.nexla.reactive.benchmarks;

import io.netty.handler.codec.http.QueryStringDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/**
 * A tiny Reactor Netty server for the stream-memory scenario: {@code POST /nexla-api/token} and
 * {@code GET /nexla-api/data_sources?page=&per_page=} answering pages of synthetic sources generated on demand
 * (nothing is stored, so a list of millions costs the server no memory), each after {@code --page-latency}. Pages are bare JSON arrays, like the
 * emulator's default; {@code --envelope} adds {@code meta.pageCount}. Prints its base URL, then serves until
 * killed. Not an emulator of the API: only these two routes.
 */
public final class SyntheticSourceServer {

  private SyntheticSourceServer() {}

  public static void main(String[] argv) {
    Args args = Args.parse(argv, 0);
    long total = args.longValue("items", 1_000_000);
    boolean envelope = args.flag("envelope", false);
    java.time.Duration latency = args.duration("page-latency", java.time.Duration.ZERO);
    DisposableServer server = HttpServer.create().host("127.0.0.1").port(args.integer("port", 0))
        .route(routes -> routes
            .post("/nexla-api/token", (request, response) -> response
                .header("Content-Type", "application/json")
                .sendString(Mono.just("{\"access_token\":\"synthetic-token\",\"token_type\":\"Bearer\","
                    + "\"expires_in\":3600}")))
            .get("/nexla-api/data_sources", (request, response) -> {
              QueryStringDecoder query = new QueryStringDecoder(request.uri());
              int page = Math.max(1, intParam(query, "page", 1));
              int perPage = Math.max(1, Math.min(500, intParam(query, "per_page", 20)));
              Mono<byte[]> body = Mono.fromSupplier(() -> page(total, page, perPage, envelope));
              return response.header("Content-Type", "application/json")
                  .sendByteArray(latency.isZero() ? body : Mono.delay(latency).then(body));
            }))
        .bindNow();
    System.out.println("Synthetic source server listening at http://127.0.0.1:" + server.port() + "/nexla-api");
    System.out.flush();
    server.onDispose().block();
  }

  private static int intParam(QueryStringDecoder query, String name, int defaultValue) {
    List<String> values = query.parameters().get(name);
    return values == null || values.isEmpty() ? defaultValue : Integer.parseInt(values.get(0));
  }

  static byte[] page(long total, int page, int perPage, boolean envelope) {
    long from = Math.min(total, (long) (page - 1) * perPage);
    long to = Math.min(total, from + perPage);
    StringBuilder json = new StringBuilder((int) (to - from) * 700 + 128);
    if (envelope) {
      json.append("{\"meta\":{\"currentPage\":").append(page).append(",\"pageCount\":")
          .append((total + perPage - 1) / perPage).append(",\"totalCount\":").append(total).append("},\"data\":");
    }
    json.append('[');
    String now = Instant.ofEpochSecond(1_760_000_000L).toString();
    for (long id = from + 1; id <= to; id++) {
      if (id > from + 1) {
        json.append(',');
      }
      json.append("{\"id\":").append(id)
          .append(",\"name\":\"synthetic-source-").append(id).append('"')
          .append(",\"description\":\"A generated source for streaming benchmarks\"")
          .append(",\"status\":\"ACTIVE\",\"source_type\":\"s3\",\"connector_type\":\"s3\"")
          .append(",\"owner\":{\"id\":7,\"full_name\":\"Bench Owner\",\"email\":\"owner@example.com\"}")
          .append(",\"org\":{\"id\":3,\"name\":\"Bench Org\",\"email_domain\":\"example.com\"}")
          .append(",\"access_roles\":[\"owner\"],\"managed\":false,\"auto_generated\":false")
          .append(",\"ingest_method\":\"POLL\",\"source_format\":\"JSON\"")
          .append(",\"source_config\":{\"path\":\"bucket/prefix/").append(id).append("\",\"start.cron\":\"0 0 * * *\"}")
          .append(",\"data_credentials_id\":").append(1000 + id % 50)
          .append(",\"data_sets\":[{\"id\":").append(2_000_000 + id).append(",\"name\":\"set-").append(id).append("\"}]")
          .append(",\"tags\":[\"bench\",\"synthetic\"]")
          .append(",\"created_at\":\"").append(now).append("\",\"updated_at\":\"").append(now).append("\"}");
    }
    json.append(']');
    if (envelope) {
      json.append('}');
    }
    return json.toString().getBytes(StandardCharsets.UTF_8);
  }
}
