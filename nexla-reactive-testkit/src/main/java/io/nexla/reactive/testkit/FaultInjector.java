package io.nexla.reactive.testkit;

import static io.nexla.reactive.testkit.ResponseWriter.JSON_TYPE;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.server.HttpServerResponse;
import tools.jackson.databind.node.ObjectNode;

/**
 * Applies the next scripted {@link Fault} to a request: before the route runs (latency, error statuses, rate
 * limits, resets, redirects, expired tokens) or after it (resets, truncated or wrong bodies, slow drips), so that a
 * test can tell whether the emulator applied the request to its store.
 */
final class FaultInjector {

  private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

  private final FaultScript faults;
  private final TokenIssuer tokens;
  private final Clock clock;
  private final EmulatorSettings settings;
  private final ResponseWriter writer;

  FaultInjector(FaultScript faults, TokenIssuer tokens, Clock clock, EmulatorSettings settings, ResponseWriter writer) {
    this.faults = faults;
    this.tokens = tokens;
    this.clock = clock;
    this.settings = settings;
    this.writer = writer;
  }

  /** Answers {@code in} through {@code dispatch}, with the next matching fault applied. */
  Mono<Void> answer(Incoming in, HttpServerResponse response, Function<Incoming, Reply> dispatch) {
    Fault fault = faults.next(in.method(), in.route());
    if (fault != null && fault.kind() == Fault.Kind.LATENCY) {
      Duration delay = randomBetween(fault.duration(), fault.maxDuration());
      return Mono.delay(delay).then(Mono.defer(() -> afterPreFaults(in, null, response, dispatch)));
    }
    return afterPreFaults(in, fault, response, dispatch);
  }

  /** Sends a reply the fault made itself, with the fault's extra headers. */
  private static Reply withFaultHeaders(Fault fault, Reply reply) {
    fault.headers().forEach(reply::header);
    return reply;
  }

  private Mono<Void> afterPreFaults(Incoming in, @Nullable Fault fault, HttpServerResponse response, Function<Incoming, Reply> dispatch) {
    if (fault != null) {
      switch (fault.kind()) {
        case STATUS -> {
          return writer.send(in, response, withFaultHeaders(fault, Reply.error(fault.status(), "Emulated failure " + fault.status())));
        }
        case RATE_LIMITED -> {
          long seconds = Math.max(0, fault.duration().toSeconds());
          Reply reply = Reply.error(429, "Rate limit exceeded");
          ((ObjectNode) Objects.requireNonNull(reply.body)).put("retry_after", seconds);
          reply.header("Retry-After", fault.httpDate()
              ? HTTP_DATE.format(clock.instant().plus(fault.duration()))
              : String.valueOf(seconds));
          return writer.send(in, response, withFaultHeaders(fault, reply));
        }
        case GARBAGE_RETRY_AFTER -> {
          return writer.send(in, response, withFaultHeaders(fault, Reply.error(429, "Rate limit exceeded").header("Retry-After", "soon-ish")));
        }
        case QUOTA, ORG_QUOTA -> {
          String token = TokenIssuer.bearer(in.headers());
          String counted = fault.kind() == Fault.Kind.ORG_QUOTA ? "organisation" : token == null ? "anonymous" : token;
          if (faults.overQuota(fault, counted, clock.instant())) {
            long windowSeconds = Math.max(1, fault.duration().toSeconds());
            long wait = windowSeconds - (clock.instant().getEpochSecond() % windowSeconds);
            Reply reply = Reply.error(429, "Quota of " + fault.size() + " requests exceeded");
            ((ObjectNode) Objects.requireNonNull(reply.body)).put("retry_after", wait);
            return writer.send(in, response, withFaultHeaders(fault, reply.header("Retry-After", String.valueOf(wait))));
          }
        }
        case RESET_BEFORE -> {
          return writer.reset(in, response, false);
        }
        case HTML_PAGE -> {
          if (!fault.afterProcessing()) {
            return writer.sendText(in, response, fault.status(), "text/html; charset=utf-8", htmlPage(fault.status()), false);
          }
        }
        case REDIRECT -> {
          Reply reply = Reply.of(307, null);
          reply.processed = false;
          return writer.send(in, response, withFaultHeaders(fault, reply.header("Location", Objects.requireNonNull(fault.location()))));
        }
        case EXPIRE_TOKEN -> tokens.expirePresented(in.headers());
        default -> { }
      }
    }
    Reply reply = dispatch.apply(in);
    Mono<Void> out = Mono.defer(() -> afterProcessing(in, fault, reply, response));
    if (reply.page && !settings.pageLatency().isZero()) {
      return Mono.delay(settings.pageLatency()).then(out);
    }
    return out;
  }

  private Mono<Void> afterProcessing(Incoming in, @Nullable Fault fault, Reply reply, HttpServerResponse response) {
    if (fault == null || !fault.afterProcessing() || reply.status >= 300) {
      return writer.send(in, response, reply);
    }
    String json = reply.body == null ? "" : reply.body.toString();
    return switch (fault.kind()) {
      case RESET_AFTER -> writer.reset(in, response, reply.processed);
      case TRUNCATED_JSON -> writer.sendText(in, response, 200, JSON_TYPE, json.substring(0, json.length() / 2), reply.processed);
      case HTML_PAGE -> writer.sendText(in, response, 200, "text/html; charset=utf-8", htmlPage(200), reply.processed);
      case WRONG_CONTENT_TYPE -> writer.sendText(in, response, reply.status, "text/plain; charset=utf-8", json, reply.processed);
      case EMPTY_BODY -> writer.sendText(in, response, 200, JSON_TYPE, "", reply.processed);
      case OVERSIZED_BODY -> {
        writer.record(in, 200, reply.processed);
        yield response.status(200).header("Content-Type", JSON_TYPE).sendString(oversized(fault.size())).then();
      }
      case SLOW_DRIP -> {
        writer.record(in, reply.status, reply.processed);
        List<String> pieces = new ArrayList<>();
        for (int i = 0; i < json.length(); i += 8) {
          pieces.add(json.substring(i, Math.min(json.length(), i + 8)));
        }
        yield response.status(reply.status).header("Content-Type", JSON_TYPE)
            .sendString(Flux.fromIterable(pieces).delayElements(fault.duration())).then();
      }
      default -> writer.send(in, response, reply);
    };
  }

  private static String htmlPage(int status) {
    return "<!DOCTYPE html><html><head><title>" + status + "</title></head><body><h1>" + status
        + " — upstream proxy error</h1><p>The server encountered a temporary problem.</p></body></html>";
  }

  private static Flux<String> oversized(long bytes) {
    String item = "{\"id\":1,\"name\":\"" + "x".repeat(200) + "\"}";
    long count = Math.max(1, bytes / (item.length() + 1));
    return Flux.concat(Mono.just("["),
        Flux.range(0, (int) Math.min(Integer.MAX_VALUE, count)).map(i -> (i == 0 ? "" : ",") + item).buffer(256).map(list -> String.join("", list)),
        Mono.just("]"));
  }

  private Duration randomBetween(Duration min, Duration max) {
    if (max.compareTo(min) <= 0) {
      return min;
    }
    long span = max.minus(min).toMillis();
    return min.plusMillis((long) (faults.nextDouble() * (span + 1)));
  }
}
