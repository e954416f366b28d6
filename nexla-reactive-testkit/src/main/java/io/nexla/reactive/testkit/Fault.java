package io.nexla.reactive.testkit;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One misbehaviour the emulator can show on a request. Build with the static factories or {@link #parse(String)};
 * install with {@link FaultScript}. Faults marked "after processing" let the request change the store first, so
 * clients can be tested for duplicate effects of a retried request.
 */
public final class Fault {

  /** What a fault does. */
  public enum Kind {
    /** No fault: answer normally (a gap in a sequence). */
    PASS,
    /** Waits {@code duration} (or a random time up to {@code maxDuration}), then answers normally. */
    LATENCY,
    /** Answers {@code status} with a JSON error body, without processing. */
    STATUS,
    /** Answers 429 with {@code Retry-After} in seconds, or as an HTTP date when {@code httpDate} is set. */
    RATE_LIMITED,
    /** Answers 429 with an unparseable {@code Retry-After} header. */
    GARBAGE_RETRY_AFTER,
    /** Allows {@code limit} requests per token per {@code duration}; answers 429 beyond that. */
    QUOTA,
    /** Allows {@code limit} requests per {@code duration} across all tokens (one organisation); 429 beyond. */
    ORG_QUOTA,
    /** Drops the connection (TCP reset) before processing. */
    RESET_BEFORE,
    /** Processes the request, then drops the connection without answering. */
    RESET_AFTER,
    /** Processes, then answers 200 with the JSON body cut in half. */
    TRUNCATED_JSON,
    /** Answers an HTML error page with {@code status} (200 after processing, otherwise before). */
    HTML_PAGE,
    /** Processes, then answers the normal body with {@code Content-Type: text/plain}. */
    WRONG_CONTENT_TYPE,
    /** Processes, then answers 200 with a JSON array padded to {@code size} bytes. */
    OVERSIZED_BODY,
    /** Processes, then answers 200 with an empty body. */
    EMPTY_BODY,
    /** Processes, then sends the normal body a few bytes at a time, {@code duration} apart. */
    SLOW_DRIP,
    /** Answers 307 with {@code Location} on another host, without processing. */
    REDIRECT,
    /** Expires the presented bearer token before authentication (so the request gets 401). */
    EXPIRE_TOKEN
  }

  private final Kind kind;
  private final int status;
  private final Duration duration;
  private final Duration maxDuration;
  private final long size;
  private final boolean httpDate;
  private final @Nullable String location;
  private final Map<String, String> headers;

  private Fault(
      Kind kind, int status, Duration duration, Duration maxDuration, long size, boolean httpDate,
      @Nullable String location) {
    this(kind, status, duration, maxDuration, size, httpDate, location, Map.of());
  }

  private Fault(
      Kind kind, int status, Duration duration, Duration maxDuration, long size, boolean httpDate,
      @Nullable String location, Map<String, String> headers) {
    this.headers = headers;
    this.kind = kind;
    this.status = status;
    this.duration = duration;
    this.maxDuration = maxDuration;
    this.size = size;
    this.httpDate = httpDate;
    this.location = location;
  }

  private static Fault of(Kind kind) {
    return new Fault(kind, 0, Duration.ZERO, Duration.ZERO, 0, false, null);
  }

  /** No fault; useful inside a sequence. */
  public static Fault pass() {
    return of(Kind.PASS);
  }

  /** Fixed latency before the normal answer. */
  public static Fault latency(Duration delay) {
    return new Fault(Kind.LATENCY, 0, delay, delay, 0, false, null);
  }

  /** Random latency between {@code min} and {@code max} (drawn from the emulator's seeded random). */
  public static Fault randomLatency(Duration min, Duration max) {
    return new Fault(Kind.LATENCY, 0, min, max, 0, false, null);
  }

  /** An error status with a JSON body {@code {message, error, status_code}}; nothing is processed. */
  public static Fault status(int status) {
    return new Fault(Kind.STATUS, status, Duration.ZERO, Duration.ZERO, 0, false, null);
  }

  /** 429 with {@code Retry-After: <seconds>} and body {@code retry_after}. */
  public static Fault rateLimited(Duration retryAfter) {
    return new Fault(Kind.RATE_LIMITED, 429, retryAfter, retryAfter, 0, false, null);
  }

  /** 429 with {@code Retry-After} as an HTTP date {@code retryAfter} from now (emulator clock). */
  public static Fault rateLimitedUntilDate(Duration retryAfter) {
    return new Fault(Kind.RATE_LIMITED, 429, retryAfter, retryAfter, 0, true, null);
  }

  /** 429 with {@code Retry-After: soon-ish} (not a number, not a date). */
  public static Fault garbageRetryAfter() {
    return new Fault(Kind.GARBAGE_RETRY_AFTER, 429, Duration.ZERO, Duration.ZERO, 0, false, null);
  }

  /** At most {@code limit} requests per bearer token per {@code window}; 429 with Retry-After beyond that. */
  public static Fault quota(int limit, Duration window) {
    return new Fault(Kind.QUOTA, 429, window, window, limit, false, null);
  }

  /**
   * At most {@code limit} requests per {@code window} whatever the token (the organisation's limit, shared by
   * every client); 429 with Retry-After beyond that.
   */
  public static Fault orgQuota(int limit, Duration window) {
    return new Fault(Kind.ORG_QUOTA, 429, window, window, limit, false, null);
  }

  /** Connection reset before the request is processed. */
  public static Fault resetBeforeProcessing() {
    return of(Kind.RESET_BEFORE);
  }

  /** The request is processed (the store changes), then the connection is reset without an answer. */
  public static Fault resetAfterProcessing() {
    return of(Kind.RESET_AFTER);
  }

  /** Processed; 200 with the JSON body cut in half. */
  public static Fault truncatedJson() {
    return of(Kind.TRUNCATED_JSON);
  }

  /** An HTML page with this status (200 is sent after processing, other statuses before). */
  public static Fault htmlPage(int status) {
    return new Fault(Kind.HTML_PAGE, status, Duration.ZERO, Duration.ZERO, 0, false, null);
  }

  /** Processed; normal body but {@code Content-Type: text/plain}. */
  public static Fault wrongContentType() {
    return of(Kind.WRONG_CONTENT_TYPE);
  }

  /** Processed; 200 with a valid JSON array of about {@code bytes} bytes, streamed. */
  public static Fault oversizedBody(long bytes) {
    return new Fault(Kind.OVERSIZED_BODY, 200, Duration.ZERO, Duration.ZERO, bytes, false, null);
  }

  /** Processed; 200 with an empty body. */
  public static Fault emptyBody() {
    return of(Kind.EMPTY_BODY);
  }

  /** Processed; the normal body sent in 8-byte pieces {@code interval} apart. */
  public static Fault slowDrip(Duration interval) {
    return new Fault(Kind.SLOW_DRIP, 0, interval, interval, 0, false, null);
  }

  /** 307 to {@code location} (use another host to test that clients do not leak the bearer token). */
  public static Fault redirect(String location) {
    return new Fault(Kind.REDIRECT, 307, Duration.ZERO, Duration.ZERO, 0, false, Objects.requireNonNull(location));
  }

  /** The presented token expires now, earlier than its {@code expires_in} promised. */
  public static Fault expireToken() {
    return of(Kind.EXPIRE_TOKEN);
  }

  /**
   * Parses the textual form used by {@code --fault} (see the testkit README): {@code pass}, {@code latency=200ms},
   * {@code latency=100ms..2s}, {@code status=503}, {@code retry-after=5s}, {@code retry-after-date=5s},
   * {@code garbage-retry-after}, {@code quota=100/60s}, {@code org-quota=50/1s}, {@code reset-before}, {@code reset-after},
   * {@code truncated}, {@code html=503}, {@code content-type}, {@code oversized=10485760}, {@code empty},
   * {@code drip=50ms}, {@code redirect=http://localhost:1/x}, {@code expire-token}.
   *
   * @throws IllegalArgumentException when the text is not a fault
   */
  public static Fault parse(String text) {
    String spec = text.trim();
    int eq = spec.indexOf('=');
    String name = (eq < 0 ? spec : spec.substring(0, eq)).toLowerCase(Locale.ROOT);
    String arg = eq < 0 ? "" : spec.substring(eq + 1);
    try {
      return switch (name) {
        case "pass" -> pass();
        case "latency" -> {
          int range = arg.indexOf("..");
          yield range < 0
              ? latency(duration(arg))
              : randomLatency(duration(arg.substring(0, range)), duration(arg.substring(range + 2)));
        }
        case "status" -> status(Integer.parseInt(arg));
        case "retry-after" -> rateLimited(duration(arg));
        case "retry-after-date" -> rateLimitedUntilDate(duration(arg));
        case "garbage-retry-after" -> garbageRetryAfter();
        case "quota" -> {
          int slash = arg.indexOf('/');
          yield quota(Integer.parseInt(arg.substring(0, slash)), duration(arg.substring(slash + 1)));
        }
        case "org-quota" -> {
          int slash = arg.indexOf('/');
          yield orgQuota(Integer.parseInt(arg.substring(0, slash)), duration(arg.substring(slash + 1)));
        }
        case "reset-before" -> resetBeforeProcessing();
        case "reset-after" -> resetAfterProcessing();
        case "truncated" -> truncatedJson();
        case "html" -> htmlPage(arg.isEmpty() ? 503 : Integer.parseInt(arg));
        case "content-type" -> wrongContentType();
        case "oversized" -> oversizedBody(Long.parseLong(arg));
        case "empty" -> emptyBody();
        case "drip" -> slowDrip(duration(arg));
        case "redirect" -> redirect(arg);
        case "expire-token" -> expireToken();
        default -> throw new IllegalArgumentException("Unknown fault: " + name);
      };
    } catch (RuntimeException e) {
      if (e instanceof IllegalArgumentException && e.getMessage() != null && e.getMessage().startsWith("Unknown")) {
        throw e;
      }
      throw new IllegalArgumentException("Malformed fault '" + text + "': " + e.getMessage(), e);
    }
  }

  /** Parses {@code 250ms}, {@code 5s}, {@code 2m} or a bare number of seconds. */
  static Duration duration(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    if (t.endsWith("ms")) {
      return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
    }
    if (t.endsWith("s")) {
      return Duration.ofMillis((long) (Double.parseDouble(t.substring(0, t.length() - 1)) * 1000));
    }
    if (t.endsWith("m")) {
      return Duration.ofMinutes(Long.parseLong(t.substring(0, t.length() - 1)));
    }
    return Duration.ofSeconds(Long.parseLong(t));
  }

  /**
   * This fault with one more response header on the answers it makes itself ({@code status}, the 429 faults,
   * {@code redirect}); e.g. a 429 carrying {@code X-RateLimit-Remaining} or {@code Set-Cookie}.
   */
  public Fault withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(Objects.requireNonNull(name), Objects.requireNonNull(value));
    return new Fault(kind, status, duration, maxDuration, size, httpDate, location, Collections.unmodifiableMap(more));
  }

  /** Extra headers of the answers this fault makes ({@link #withHeader}). */
  Map<String, String> headers() {
    return headers;
  }

  /** What this fault does. */
  public Kind kind() {
    return kind;
  }

  int status() {
    return status;
  }

  Duration duration() {
    return duration;
  }

  Duration maxDuration() {
    return maxDuration;
  }

  long size() {
    return size;
  }

  boolean httpDate() {
    return httpDate;
  }

  @Nullable String location() {
    return location;
  }

  /** Whether this fault lets the request be processed before misbehaving. */
  boolean afterProcessing() {
    return switch (kind) {
      case RESET_AFTER, TRUNCATED_JSON, WRONG_CONTENT_TYPE, OVERSIZED_BODY, EMPTY_BODY, SLOW_DRIP -> true;
      case HTML_PAGE -> status < 300;
      default -> false;
    };
  }

  @Override
  public String toString() {
    return "Fault[" + kind + (status != 0 ? " " + status : "") + "]";
  }
}
