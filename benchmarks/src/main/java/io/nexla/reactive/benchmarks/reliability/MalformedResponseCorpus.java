package io.nexla.reactive.benchmarks.reliability;

import io.nexla.reactive.sources.Source;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.zip.GZIPOutputStream;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.Connection;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

/**
 * Malformed, hostile or merely unusual HTTP responses, each with the outcome the client must produce: a typed
 * {@code NexlaException}, or a correct value where the input is legal. Sizes and timings are relative to
 * {@link #BODY_LIMIT} and {@link #RESPONSE_TIMEOUT}, the client settings the corpus is run with.
 */
final class MalformedResponseCorpus {

  /** Client {@code maxResponseBytes} for the corpus. */
  static final int BODY_LIMIT = 64 * 1024;
  /** Client {@code responseTimeout} for the corpus. */
  static final Duration RESPONSE_TIMEOUT = Duration.ofMillis(400);
  /** Client retry budget (whole operation) for the corpus. */
  static final Duration BUDGET = Duration.ofMillis(1500);

  /** Client {@code maxDownloadBytes} for the corpus. */
  static final long DOWNLOAD_LIMIT = 256 * 1024;
  /** Per-call timeout (a total deadline) of the corpus's downloads. */
  static final Duration DOWNLOAD_DEADLINE = Duration.ofMillis(800);
  /** Poll schedule of the corpus's polls: 100 ms apart, for at most 1 s. */
  static final Duration POLL_INTERVAL = Duration.ofMillis(100);
  static final Duration POLL_TOTAL = Duration.ofSeconds(1);

  /**
   * Which client call meets the response: a get, a list (collected), a create, a list that skips undecodable
   * records ({@link Skipping}), polling async task 1 to its result, downloading async task 1's artifact (bytes).
   */
  enum Call { GET_ONE, LIST, CREATE, LIST_SKIPPING, POLL, DOWNLOAD }

  /** The outcome of {@link Call#LIST_SKIPPING}: the items streamed and the reports of the records skipped. */
  record Skipping(List<Source> items, List<io.nexla.reactive.core.error.UndecodableRecordException> reports) {}

  /** What the client must do. */
  enum Expect {
    /** a NexlaException (of {@link Case#errorType} when set) */
    ERROR,
    /** a value accepted by {@link Case#valueCheck} */
    VALUE,
    /** completes empty (documented for empty bodies and JSON null) */
    EMPTY,
    /** either a typed error or a value accepted by the check (the input is ambiguous) */
    ERROR_OR_VALUE
  }

  /** One corpus entry. {@code maxRequests}: how many requests the server may see (retries), 0 = unchecked. */
  record Case(String name, Call call, Expect expect, Class<? extends Throwable> errorType,
      Predicate<Object> valueCheck, int maxRequests,
      BiFunction<HttpServerRequest, HttpServerResponse, Publisher<Void>> handler) {
    @Override
    public String toString() {
      return name;
    }
  }

  private final List<Case> cases = new ArrayList<>();
  private final String otherHostUrl;

  private MalformedResponseCorpus(String otherHostUrl) {
    this.otherHostUrl = otherHostUrl;
  }

  /** The corpus; redirects point at {@code otherHostUrl} (a server that must receive nothing sensitive). */
  static List<Case> all(String otherHostUrl) {
    MalformedResponseCorpus c = new MalformedResponseCorpus(otherHostUrl);
    c.build();
    return List.copyOf(c.cases);
  }

  // ---- helpers -------------------------------------------------------------------------------------------------

  private static final Class<? extends Throwable> ANY = io.nexla.reactive.core.error.NexlaException.class;
  private static final Predicate<Object> ANY_VALUE = v -> true;

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  private static byte[] gzip(byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static BiFunction<HttpServerRequest, HttpServerResponse, Publisher<Void>> answer(int status, String contentType,
      byte[] body, String... headers) {
    return (req, res) -> {
      res.status(status);
      if (contentType != null) {
        res.header("Content-Type", contentType);
      }
      for (int i = 0; i + 1 < headers.length; i += 2) {
        res.header(headers[i], headers[i + 1]);
      }
      return res.sendByteArray(Mono.just(body)).then();
    };
  }

  static BiFunction<HttpServerRequest, HttpServerResponse, Publisher<Void>> json(int status, String body,
      String... headers) {
    return answer(status, "application/json", utf8(body), headers);
  }

  private static BiFunction<HttpServerRequest, HttpServerResponse, Publisher<Void>> html(int status) {
    return answer(status, "text/html", utf8("<!DOCTYPE html><html><head><title>" + status
        + "</title></head><body><h1>Bad Gateway</h1><p>nginx</p></body></html>"));
  }

  static String sourceJson(long id, String extra) {
    return "{\"id\":" + id + ",\"name\":\"s" + id + "\"" + (extra.isEmpty() ? "" : "," + extra) + "}";
  }

  private static String bigArray(int minBytes) {
    StringBuilder sb = new StringBuilder("[");
    int i = 0;
    while (sb.length() < minBytes) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append(sourceJson(++i, "\"description\":\"padding padding padding padding padding\""));
    }
    return sb.append(']').toString();
  }

  private void error(String name, Call call, Class<? extends Throwable> type, int maxRequests,
      BiFunction<HttpServerRequest, HttpServerResponse, Publisher<Void>> handler) {
    cases.add(new Case(name, call, Expect.ERROR, type, ANY_VALUE, maxRequests, handler));
  }

  private void value(String name, Call call, Predicate<Object> check,
      BiFunction<HttpServerRequest, HttpServerResponse, Publisher<Void>> handler) {
    // a list reads one page past the last to see the end
    cases.add(new Case(name, call, Expect.VALUE, ANY, check, call == Call.LIST ? 2 : 1, handler));
  }

  private void either(String name, Call call, Predicate<Object> check,
      BiFunction<HttpServerRequest, HttpServerResponse, Publisher<Void>> handler) {
    cases.add(new Case(name, call, Expect.ERROR_OR_VALUE, ANY, check, 0, handler));
  }

  private static Predicate<Object> source(Predicate<Source> check) {
    return v -> v instanceof Source s && check.test(s);
  }

  @SuppressWarnings("unchecked")
  private static Predicate<Object> sources(Predicate<List<Source>> check) {
    return v -> v instanceof List<?> l && check.test((List<Source>) l);
  }

  // ---- the cases -------------------------------------------------------------------------------------------------

  private void build() {
    var decode = io.nexla.reactive.core.error.NexlaDecodeException.class;
    var server = io.nexla.reactive.core.error.ServerException.class;
    var transport = io.nexla.reactive.core.error.NexlaTransportException.class;
    var timeout = io.nexla.reactive.core.error.NexlaTimeoutException.class;
    var unexpected = io.nexla.reactive.core.error.UnexpectedStatusException.class;
    var rateLimited = io.nexla.reactive.core.error.RateLimitException.class;
    Call get = Call.GET_ONE;
    Call list = Call.LIST;

    // Truncated and syntactically broken JSON
    error("truncated object", get, decode, 1, json(200, "{\"id\":1,\"name\":\"ab"));
    error("truncated after key", get, decode, 1, json(200, "{\"id\":"));
    error("lone open brace", get, decode, 1, json(200, "{"));
    error("truncated nested object", get, decode, 1, json(200, "{\"id\":1,\"owner\":{\"id\":2,"));
    error("NaN literal", get, decode, 1, json(200, "{\"id\":NaN}"));
    error("comment in JSON", get, decode, 1, json(200, "{\"id\":1 /* note */}"));
    error("single quotes", get, decode, 1, json(200, "{'id':1}"));
    error("unquoted key", get, decode, 1, json(200, "{id:1}"));
    error("nesting 100000 deep", get, decode, 1, json(200, "{\"id\":1,\"x\":" + "[".repeat(100_000)));
    error("number with 5000 digits", get, decode, 1, json(200, "{\"id\":" + "9".repeat(5000) + "}"));
    error("control character in string", get, decode, 1, answer(200, "application/json",
        concat(utf8("{\"id\":1,\"name\":\"a"), bytes(0x01), utf8("b\"}"))));
    either("trailing garbage after object", get, source(s -> s.id() == 1), json(200, "{\"id\":1} garbage"));
    either("duplicate keys", get, source(s -> s.id() == 1 || s.id() == 2), json(200, "{\"id\":1,\"id\":2}"));
    error("list: truncated array", list, decode, 1, json(200, "[{\"id\":1},{\"id\":2"));

    // Invalid UTF-8
    error("invalid UTF-8 start byte", get, decode, 1, answer(200, "application/json",
        concat(utf8("{\"id\":1,\"name\":\""), bytes(0xff, 0xfe), utf8("\"}"))));
    // Jackson decodes this overlong form (to "/"); either outcome is acceptable for a client, a hang is not.
    either("overlong UTF-8 encoding", get, source(s -> s.id() == 1), answer(200, "application/json",
        concat(utf8("{\"id\":1,\"name\":\""), bytes(0xc0, 0xaf), utf8("\"}"))));
    error("lone UTF-8 continuation byte", get, decode, 1, answer(200, "application/json",
        concat(utf8("{\"id\":1,\"name\":\""), bytes(0x80), utf8("\"}"))));
    error("UTF-8 sequence cut by end of body", get, decode, 1, answer(200, "application/json",
        concat(utf8("{\"id\":1,\"name\":\""), bytes(0xe2, 0x82))));
    value("UTF-8 byte order mark", get, source(s -> s.id() == 7), answer(200, "application/json",
        concat(bytes(0xef, 0xbb, 0xbf), utf8(sourceJson(7, "")))));
    value("non-ASCII names", get, source(s -> "Zürich → 東京 🚀".equals(s.name())),
        json(200, "{\"id\":3,\"name\":\"Zürich → 東京 🚀\"}"));

    // HTML pages and wrong content types
    error("HTML page with 200", get, decode, 1, html(200));
    error("HTML page with 500", get, server, 1, html(500));
    error("HTML page with 502 (retried)", get, server, 2, html(502));
    error("HTML page with 503 (retried)", get, server, 2, html(503));
    error("HTML page with 504 (retried)", get, server, 2, html(504));
    error("HTML page with 404", get, io.nexla.reactive.core.error.NotFoundException.class, 1, html(404));
    error("list: HTML page with 200", list, decode, 1, html(200));
    error("plain text OK with 200", get, decode, 1, answer(200, "text/plain", utf8("OK")));
    error("XML error with 200", get, decode, 1, answer(200, "application/xml", utf8("<error>nope</error>")));
    value("valid JSON labelled text/plain", get, source(s -> s.id() == 11),
        answer(200, "text/plain", utf8(sourceJson(11, ""))));
    value("valid JSON without content type", get, source(s -> s.id() == 12),
        answer(200, null, utf8(sourceJson(12, ""))));
    error("binary garbage with 200", get, decode, 1, answer(200, "application/octet-stream",
        bytes(0x00, 0x01, 0x02, 0xff, 0x10, 0x7f)));

    // JSON of the wrong shape
    error("array where an object is expected", get, decode, 1, json(200, "[" + sourceJson(1, "") + "]"));
    error("string where an object is expected", get, decode, 1, json(200, "\"hello\""));
    error("boolean where an object is expected", get, decode, 1, json(200, "true"));
    error("number where an object is expected", get, decode, 1, json(200, "42"));
    error("string where a number is expected", get, decode, 1, json(200, "{\"id\":\"abc\"}"));
    error("object where a number is expected", get, decode, 1, json(200, "{\"id\":{\"value\":1}}"));
    error("number beyond long range", get, decode, 1, json(200, "{\"id\":99999999999999999999999}"));
    value("numeric string where a number is expected", get, source(s -> s.id() == 42),
        json(200, "{\"id\":\"42\"}"));
    value("unknown status value decodes", get, source(s -> s.status() != null
        && "SOMETHING_NEW".equals(s.status().value())), json(200, sourceJson(5, "\"status\":\"SOMETHING_NEW\"")));
    value("unknown source type decodes", get, source(s -> s.sourceType() != null
        && "brand_new_connector".equals(s.sourceType().value())),
        json(200, sourceJson(6, "\"source_type\":\"brand_new_connector\"")));
    value("unknown fields are kept", get, source(s -> s.additionalProperties().containsKey("future_field")),
        json(200, sourceJson(8, "\"future_field\":{\"nested\":[1,2,3]}")));
    value("null where an object field is expected", get, source(s -> s.owner() == null),
        json(200, sourceJson(9, "\"owner\":null,\"org\":null")));
    value("null where a list is expected", get, source(s -> s.tags().isEmpty()),
        json(200, sourceJson(10, "\"tags\":null,\"access_roles\":null")));
    either("unparseable timestamp", get, source(s -> s.id() == 13), json(200, sourceJson(13,
        "\"created_at\":\"yesterday-ish\"")));
    error("fractional id", get, decode, 1, json(200, "{\"id\":1.5}"));
    error("missing id", get, decode, 1, json(200, "{\"name\":\"no identity\"}"));
    value("field of another shape is kept raw", get, source(s -> s.accessRoles().isEmpty()
        && s.additionalProperties().get("access_roles") instanceof java.util.Map<?, ?>),
        json(200, sourceJson(14, "\"access_roles\":{\"owner\":true}")));
    error("JSON null where an object is expected", get, decode, 1, json(200, "null"));
    error("empty body with 200", get, decode, 1, answer(200, "application/json", new byte[0]));
    error("204 on a read", get, decode, 1, answer(204, null, new byte[0]));
    either("whitespace-only body with 200", get, ANY_VALUE, json(200, "   \n  "));
    error("list: object without data where a page is expected", list, ANY, 1, json(200, "{\"foo\":1}"));
    error("list: item of the wrong shape", list, decode, 1, json(200, "[{\"id\":1},5,\"x\"]"));
    either("list: null item", list, ANY_VALUE, json(200, "[null]"));
    value("list: envelope with garbage meta still yields its data", list, sources(l -> l.size() == 1),
        (req, res) -> json(200, "{\"meta\":{\"pageCount\":\"lots\",\"currentPage\":{}},\"data\":["
            + ("1".equals(queryValue(req.uri(), "page", "1")) ? sourceJson(1, "") : "") + "]}").apply(req, res));
    error("list: server repeats the same full page forever", list, ANY, 0, (req, res) -> {
      int perPage = Integer.parseInt(req.param("per_page") == null ? queryValue(req.uri(), "per_page", "20")
          : req.param("per_page"));
      StringBuilder sb = new StringBuilder("[");
      for (int i = 1; i <= perPage; i++) {
        sb.append(i > 1 ? "," : "").append(sourceJson(i, ""));
      }
      return json(200, sb.append(']').toString()).apply(req, res);
    });

    // Bodies beyond the limit
    error("body beyond the limit with 200", get, decode, 1, json(200, bigArray(BODY_LIMIT * 2)));
    error("list: body beyond the limit with 200", list, decode, 1, json(200, bigArray(BODY_LIMIT * 2)));
    error("chunked body beyond the limit with 200", get, decode, 1, (req, res) -> res
        .header("Content-Type", "application/json")
        .sendString(Flux.range(0, 200).map(i -> i == 0 ? "[" + sourceJson(i, "")
            : "," + sourceJson(i, "\"description\":\"" + "x".repeat(1000) + "\""))).then());
    error("body beyond the limit with 500", get, server, 1, answer(500, "text/html",
        utf8("<html>" + "x".repeat(BODY_LIMIT * 2) + "</html>")));
    error("empty body with 500", get, server, 1, answer(500, null, new byte[0]));
    error("empty body with 404", get, io.nexla.reactive.core.error.NotFoundException.class, 1,
        answer(404, null, new byte[0]));
    error("418 with JSON", get, unexpected, 1, json(418, "{\"message\":\"teapot\"}"));
    error("599 with JSON", get, server, 1, json(599, "{\"message\":\"odd\"}"));

    // Retry-After oddities
    error("429 with garbage Retry-After", get, rateLimited, 2, json(429, "{\"message\":\"slow down\"}",
        "Retry-After", "soon-ish"));
    error("429 with Retry-After beyond the budget", get, ANY, 1, json(429, "{}", "Retry-After", "3600"));
    error("429 with negative Retry-After", get, rateLimited, 2, json(429, "{}", "Retry-After", "-5"));
    error("429 with Retry-After date in the past", get, rateLimited, 2, json(429, "{}", "Retry-After",
        "Wed, 21 Oct 2015 07:28:00 GMT"));
    error("429 with fractional Retry-After", get, rateLimited, 2, json(429, "{}", "Retry-After", "0.05"));
    error("429 with absurd retry_after in the body", get, ANY, 2, json(429, "{\"retry_after\":\"NaN\"}"));
    error("503 with Retry-After of 10^30 seconds", get, ANY, 2, json(503, "{}", "Retry-After",
        "1000000000000000000000000000000"));

    // Redirects (never followed; credentials never leave the API host)
    error("307 to another host", get, unexpected, 1, json(307, "{}", "Location", otherHostUrl + "/steal"));
    error("302 to the same host", get, unexpected, 1, json(302, "{}", "Location", "/nexla-api/data_sources/1"));
    error("301 without Location", get, unexpected, 1, json(301, "{}"));
    error("308 on a create", Call.CREATE, unexpected, 1, json(308, "{}", "Location", otherHostUrl + "/steal"));

    // Broken connections and timing
    error("connection closed without a response", get, transport, 4, (req, res) -> closeNow(res));
    error("create: connection closed without a response (not resent)", Call.CREATE, transport, 1,
        (req, res) -> closeNow(res));
    error("create: 503 (not resent)", Call.CREATE, server, 1, json(503, "{\"message\":\"busy\"}"));
    error("create: truncated JSON after processing", Call.CREATE, decode, 1, json(200, "{\"id\":77,\"na"));
    error("Content-Length longer than the body, then close", get, ANY, 4, (req, res) -> res
        .header("Content-Type", "application/json").header("Content-Length", "500")
        .sendByteArray(Mono.just(utf8("{\"id\":1,\"name\":\""))).then(Mono.defer(() -> closeNow(res))));
    error("headers, then close before the body", get, transport, 4, (req, res) -> Mono.from(res
        .status(200).header("Content-Type", "application/json").header("Content-Length", "100").sendHeaders())
        .then(Mono.defer(() -> closeNow(res))));
    error("no response at all (stall before headers)", get, timeout, 0, (req, res) -> Mono.never());
    error("headers, then the body stalls", get, timeout, 0, (req, res) -> Mono.from(res.status(200)
        .header("Content-Type", "application/json").header("Content-Length", "100").sendHeaders())
        .then(Mono.never()));
    error("slow drip beyond the operation budget", get, timeout, 0, (req, res) -> res
        .header("Content-Type", "application/json")
        .sendString(Flux.fromArray(sourceJson(1, "\"description\":\"" + "d".repeat(200) + "\"").split("(?<=\\G.{8})"))
            .delayElements(RESPONSE_TIMEOUT.dividedBy(2))).then());
    value("slow drip that completes in time", get, source(s -> s.id() == 21), (req, res) -> res
        .header("Content-Type", "application/json")
        .sendString(Flux.fromArray(sourceJson(21, "").split("(?<=\\G.{8})")).delayElements(Duration.ofMillis(5)))
        .then());
    error("gzip Content-Encoding with a body that is not gzip", get, ANY, 0, answer(200, "application/json",
        utf8(sourceJson(1, "")), "Content-Encoding", "gzip"));
    value("valid gzip body", get, source(s -> s.id() == 22), answer(200, "application/json",
        gzip(utf8(sourceJson(22, ""))), "Content-Encoding", "gzip"));
    error("truncated gzip body", get, ANY, 0, answer(200, "application/json",
        java.util.Arrays.copyOf(gzip(utf8(sourceJson(23, "\"description\":\"" + "q".repeat(500) + "\""))), 30),
        "Content-Encoding", "gzip"));
    HostileCases.addTo(cases, otherHostUrl);
  }

  static Mono<Void> closeNow(HttpServerResponse res) {
    res.withConnection(Connection::dispose);
    return Mono.never();
  }

  private static String queryValue(String uri, String name, String fallback) {
    int q = uri.indexOf('?');
    if (q < 0) {
      return fallback;
    }
    for (String pair : uri.substring(q + 1).split("&")) {
      if (pair.startsWith(name + "=")) {
        return pair.substring(name.length() + 1);
      }
    }
    return fallback;
  }
}
