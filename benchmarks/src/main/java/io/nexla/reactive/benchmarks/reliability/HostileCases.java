package io.nexla.reactive.benchmarks.reliability;

import static io.nexla.reactive.benchmarks.reliability.MalformedResponseCorpus.answer;
import static io.nexla.reactive.benchmarks.reliability.MalformedResponseCorpus.json;
import static io.nexla.reactive.benchmarks.reliability.MalformedResponseCorpus.sourceJson;
import static io.nexla.reactive.benchmarks.reliability.MalformedResponseCorpus.utf8;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.nexla.reactive.benchmarks.reliability.MalformedResponseCorpus.Call;
import io.nexla.reactive.benchmarks.reliability.MalformedResponseCorpus.Case;
import io.nexla.reactive.benchmarks.reliability.MalformedResponseCorpus.Expect;
import io.nexla.reactive.benchmarks.reliability.MalformedResponseCorpus.Skipping;
import io.nexla.reactive.core.error.BadRequestException;
import io.nexla.reactive.core.error.ForbiddenException;
import io.nexla.reactive.core.error.NexlaDecodeException;
import io.nexla.reactive.core.error.NexlaException;
import io.nexla.reactive.core.error.NexlaTimeoutException;
import io.nexla.reactive.core.error.NexlaTransportException;
import io.nexla.reactive.core.error.ServerException;
import io.nexla.reactive.core.error.UndecodableRecordException;
import io.nexla.reactive.core.error.UnexpectedStatusException;
import io.nexla.reactive.core.polling.PollTimeoutException;
import io.nexla.reactive.sources.Source;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

/**
 * The corpus cases of servers that try to keep a client busy or make it leak: polls answered with
 * {@code Retry-After: 0}, absurd page counts over empty pages, endless and oversized downloads, links that are not
 * http, a malformed chunk-size line, list records that are odd or undecodable, and answers that echo the access
 * token (names starting with {@value #ECHO} must show the mask where the token was).
 */
final class HostileCases {

  /** Prefix of the cases whose answers quote the request's {@code Authorization} header. */
  static final String ECHO = "echoed secret";

  private HostileCases() {}

  private static final class Adder {
    final List<Case> cases;

    Adder(List<Case> cases) {
      this.cases = cases;
    }

    void error(String name, Call call, Class<? extends Throwable> type, int maxRequests,
        BiFunction<HttpServerRequest, HttpServerResponse, Publisher<Void>> handler) {
      cases.add(new Case(name, call, Expect.ERROR, type, v -> true, maxRequests, handler));
    }

    void value(String name, Call call, Predicate<Object> check, int maxRequests,
        BiFunction<HttpServerRequest, HttpServerResponse, Publisher<Void>> handler) {
      cases.add(new Case(name, call, Expect.VALUE, NexlaException.class, check, maxRequests, handler));
    }
  }

  /** The names of these cases. */
  static java.util.Set<String> names(String otherHostUrl) {
    List<Case> cases = new java.util.ArrayList<>();
    addTo(cases, otherHostUrl);
    return cases.stream().map(Case::name).collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  static void addTo(List<Case> cases, String otherHostUrl) {
    Adder c = new Adder(cases);
    Call list = Call.LIST;
    Call skipping = Call.LIST_SKIPPING;

    // Polling: Retry-After 0 on every answer keeps the schedule (at most one poll per interval).
    long polls = MalformedResponseCorpus.POLL_TOTAL.toMillis() / MalformedResponseCorpus.POLL_INTERVAL.toMillis();
    c.error("poll: Retry-After 0 on every answer", Call.POLL, PollTimeoutException.class, (int) polls + 3,
        json(200, "{\"id\":1,\"status\":\"RUNNING\",\"task_type\":\"export\"}", "Retry-After", "0"));

    // Paging bounds: an absurd page count over empty pages costs at most two requests past the data.
    c.value("list: page count 10^6 with empty pages", list, sources(l -> l.size() == 1), 3, (req, res) -> json(200,
        "{\"meta\":{\"pageCount\":1000000,\"totalCount\":1000000000},\"data\":["
            + (isFirstPage(req) ? sourceJson(1, "") : "") + "]}").apply(req, res));

    // Downloads: a total deadline and a size cap, whatever the server keeps sending; only http(s) links.
    c.error("download: endless artifact ends at the deadline", Call.DOWNLOAD, NexlaTimeoutException.class, 2,
        artifact((req, res) -> res.header("Content-Type", "application/octet-stream")
            .sendByteArray(Flux.interval(Duration.ofMillis(5)).map(i -> new byte[512])).then()));
    c.error("download: artifact beyond maxDownloadBytes", Call.DOWNLOAD, NexlaDecodeException.class, 2,
        artifact((req, res) -> res.header("Content-Type", "application/octet-stream")
            .sendByteArray(Flux.range(0, 64).map(i -> new byte[16 * 1024])).then()));
    c.error("download: link that is not http", Call.DOWNLOAD, NexlaTransportException.class, 1,
        json(200, "\"ftp://127.0.0.1/export.csv\""));

    // Framing no HTTP library would send: a chunk-size line that is not hexadecimal.
    c.error("malformed chunk size", Call.GET_ONE, NexlaTransportException.class, 2, (req, res) -> raw(res,
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nZZZZ\r\n{}\r\n"
            + "0\r\n\r\n"));

    // List records: odd fields are kept; undecodable records fail naming their place, or are skipped and reported.
    c.value("list: record with odd-shaped fields is kept", list, sources(l -> l.size() == 1
        && l.get(0).additionalProperties().get("access_roles") instanceof java.util.Map<?, ?>
        && l.get(0).additionalProperties().containsKey("status")), 2, firstPageOnly(
            sourceJson(1, "\"access_roles\":{\"owner\":true},\"tags\":\"not a list\",\"status\":[1]")));
    c.error("list: record with a fractional id", list, UndecodableRecordException.class, 1,
        firstPageOnly(sourceJson(1, "") + ",{\"id\":2.5,\"name\":\"x\"}"));
    c.error("list: record without id", list, UndecodableRecordException.class, 1,
        firstPageOnly(sourceJson(1, "") + ",{\"name\":\"no identity\"}"));
    c.error("list: a string where a record is expected", list, UndecodableRecordException.class, 1,
        firstPageOnly(sourceJson(1, "") + ",\"just text\"," + sourceJson(3, "")));
    c.value("list, skipping: undecodable records reported with page and index", skipping, v -> v instanceof
        Skipping s && s.items().stream().map(Source::id).toList().equals(List.of(1L, 4L))
        && s.reports().stream().map(r -> r.page() + ":" + r.index()).toList().equals(List.of("1:1", "1:2", "1:3")),
        2, firstPageOnly(sourceJson(1, "") + ",\"text\",42,{\"id\":1.5}," + sourceJson(4, "")));

    // Echoed secrets: the server quotes the bearer token; the client masks it wherever it lands.
    c.error(ECHO + ": HTML error page", Call.GET_ONE, BadRequestException.class, 1, echo((req, auth) ->
        answer(400, "text/html", utf8("<html><body><pre>You sent " + auth + "</pre></body></html>"))));
    c.error(ECHO + ": JSON error under an arbitrary field", Call.CREATE, ServerException.class, 1, echo(
        (req, auth) -> json(500, "{\"message\":\"failed: " + auth + "\",\"whatever\":{\"seen\":\"" + auth + "\"}}")));
    c.error(ECHO + ": plain-text error", Call.GET_ONE, ForbiddenException.class, 1, echo((req, auth) ->
        answer(403, "text/plain", utf8("denied for " + auth))));
    c.error(ECHO + ": redirect Location and body", Call.GET_ONE, UnexpectedStatusException.class, 1, echo(
        (req, auth) -> answer(302, "text/plain", utf8("moved " + auth), "Location",
            otherHostUrl + "/?t=" + auth.substring(auth.indexOf(' ') + 1))));
    c.error(ECHO + ": undecodable 200 body", Call.GET_ONE, NexlaDecodeException.class, 1, echo((req, auth) ->
        answer(200, "application/json", utf8("{\"id\":1, oops " + auth))));
    c.error(ECHO + ": undecodable list record", list, UndecodableRecordException.class, 1, echo((req, auth) ->
        json(200, "[" + sourceJson(1, "") + ",\"" + auth + "\"]")));
  }

  private static boolean isFirstPage(HttpServerRequest req) {
    return req.uri().contains("page=1&") || req.uri().endsWith("page=1") || !req.uri().contains("page=");
  }

  /** A list whose first page holds {@code items} (JSON, comma-separated) and whose later pages are empty. */
  private static BiFunction<HttpServerRequest, HttpServerResponse, Publisher<Void>> firstPageOnly(String items) {
    return (req, res) -> json(200, "[" + (isFirstPage(req) ? items : "") + "]").apply(req, res);
  }

  @SuppressWarnings("unchecked")
  private static Predicate<Object> sources(Predicate<List<Source>> check) {
    return v -> v instanceof List<?> l && check.test((List<Source>) l);
  }

  /** Async task 1's download link points at this server's {@code /nexla-api/downloads/1}, served by {@code body}. */
  private static BiFunction<HttpServerRequest, HttpServerResponse, Publisher<Void>> artifact(
      BiFunction<HttpServerRequest, HttpServerResponse, Publisher<Void>> body) {
    return (req, res) -> req.path().endsWith("download_link")
        ? json(200, "{\"url\":\"http://" + req.requestHeaders().get("Host") + "/nexla-api/downloads/1\"}")
            .apply(req, res)
        : body.apply(req, res);
  }

  /** An answer built from the request's {@code Authorization} header. */
  private static BiFunction<HttpServerRequest, HttpServerResponse, Publisher<Void>> echo(
      BiFunction<HttpServerRequest, String, BiFunction<HttpServerRequest, HttpServerResponse, Publisher<Void>>>
          answer) {
    return (req, res) -> answer.apply(req, String.valueOf(req.requestHeaders().get("Authorization")))
        .apply(req, res);
  }

  /** Writes {@code bytes} straight to the socket, past the HTTP encoder, then closes the connection. */
  private static Publisher<Void> raw(HttpServerResponse res, String bytes) {
    res.withConnection(connection -> connection.channel().pipeline().firstContext()
        .writeAndFlush(Unpooled.copiedBuffer(bytes, StandardCharsets.US_ASCII))
        .addListener(ChannelFutureListener.CLOSE));
    return Mono.never();
  }
}
