package io.nexla.reactive.core.http;

import io.nexla.reactive.core.NexlaClientOptions;
import io.nexla.reactive.core.error.NexlaException;
import io.nexla.reactive.core.error.NexlaTimeoutException;
import io.nexla.reactive.core.internal.KnownSecrets;
import io.nexla.reactive.core.internal.RequestUri;
import io.nexla.reactive.core.internal.RetryPolicy;
import io.nexla.reactive.core.json.NexlaJson;
import io.nexla.reactive.core.observation.NexlaOperationContext;
import io.nexla.reactive.core.retry.RetryOptions;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import tools.jackson.core.JacksonException;

/** Per operation: what one subscription's attempts share (request id, attempt count, deadline, retried failures). */
final class Operation {

  /** The operation name and path shown for downloads (a download link is not a templated API path). */
  static final String DOWNLOAD_OPERATION = "download";
  static final String DOWNLOAD_PATH = "(download)";
  private static final int MAX_KEPT_FAILURES = 8;

  final HttpMethod method;
  final String pathTemplate;
  final String operation;
  final RequestUri uri;
  final String requestId = newRequestId();
  final Map<String, String> headers;
  final Map<String, String> optionHeaders;
  /** Whether an {@code Accept} header is sent (webhook pushes and downloads send none). */
  final boolean sendsAccept;
  /** Whether the bearer token is sent. */
  final boolean authenticated;
  final boolean idempotent;
  final byte @Nullable [] body;
  /** The API request, or null for a download (which carries no secret beyond the token). */
  private final @Nullable NexlaRequest request;
  final RetryOptions retry;
  final Duration budget;
  /** When the operation started, in the client clock's epoch milliseconds (cheaper to read than an Instant). */
  private final long startedMillis;
  /** Null when nobody observes (the context is only read by observation handlers). */
  final @Nullable NexlaOperationContext observed;
  final AtomicInteger attempts = new AtomicInteger();
  private final List<Throwable> retriedFailures = new ArrayList<>();
  volatile boolean authReplayed;
  /** Set once a streamed body emitted a byte: such an operation is never retried or replayed. */
  volatile boolean emitted;
  /** The status of the latest answer, for the wire log. */
  volatile int lastStatus;
  /** Null until {@link #description()} is first asked for (only failures and logs ask). */
  private volatile @Nullable String description;
  /** Null until {@link #carriedSecrets()} first looks; an immutable list then (a racing second look finds the same). */
  private volatile @Nullable List<String> carriedSecrets;

  private Operation(HttpMethod method, String pathTemplate, String operation, RequestUri uri,
      Map<String, String> headers, Map<String, String> optionHeaders, boolean sendsAccept, boolean authenticated,
      boolean idempotent, @Nullable NexlaRequest request, RetryOptions retry, Duration budget,
      NexlaClientOptions options, boolean observe, @Nullable String resourceId) {
    this.method = method;
    this.pathTemplate = pathTemplate;
    this.operation = operation;
    this.uri = uri;
    this.headers = headers;
    this.optionHeaders = optionHeaders;
    this.sendsAccept = sendsAccept;
    this.authenticated = authenticated;
    this.idempotent = idempotent;
    this.request = request;
    this.body = request == null ? null : serialise(request.body());
    this.retry = retry;
    this.budget = budget;
    this.startedMillis = options.clock().millis();
    this.observed = observe ? new NexlaOperationContext(operation, method.name(), pathTemplate, resourceId,
        requestId) : null;
  }

  /** One subscription of {@link NexlaTransport#exchange}; throws {@link NexlaException} for an unusable request. */
  static Operation of(NexlaRequest request, String baseUrl, NexlaClientOptions options) {
    RequestUri uri;
    try {
      uri = RequestUri.of(baseUrl, request);
    } catch (IllegalArgumentException e) {
      throw new NexlaException("Request " + request + " has no valid URI: " + e.getMessage(), null);
    }
    RetryOptions retry = request.options().retry().orElse(options.retry());
    Object id = request.pathVariables().get("id");
    return new Operation(request.method(), request.pathTemplate(), request.operation(), uri, request.headers(),
        request.options().headers(), request.authenticated() || request.absoluteUrl() == null,
        request.authenticated(), request.idempotent(), request, retry,
        request.options().timeout().orElse(retry.totalBudget()), options, !options.observationRegistry().isNoop(),
        id == null ? null : String.valueOf(id));
  }

  /** One subscription of {@link NexlaTransport#download}: a GET of {@code url}, streamed. */
  static Operation download(URI url, RequestOptions requestOptions, boolean sendToken, NexlaClientOptions options) {
    RetryOptions retry = requestOptions.retry().orElse(options.retry());
    return new Operation(HttpMethod.GET, DOWNLOAD_PATH, DOWNLOAD_OPERATION, new RequestUri(url, null), Map.of(),
        requestOptions.headers(), false, sendToken, true, null, retry,
        requestOptions.timeout().orElse(retry.totalBudget()), options, !options.observationRegistry().isNoop(), null);
  }

  /**
   * What the operation is and its request id, for messages and logs, e.g.
   * {@code GET /data_sources/{id} (sources.get) [request id …]}. Made when first asked for: most calls never ask.
   */
  String description() {
    String text = description;
    if (text == null) {
      String path = request == null ? uri.uri().getPath() : pathTemplate; // a download shows its link's path
      text = method.name() + " " + path + " (" + operation + ") [request id " + requestId + "]";
      description = text;
    }
    return text;
  }

  /**
   * The secrets this request carried (headers, query, body), for masking an answer that echoes them. Found once
   * (the body is parsed for them) and kept: a failed answer masks its body and every header value with them.
   */
  List<String> carriedSecrets() {
    List<String> found = carriedSecrets;
    if (found == null) {
      found = request == null ? List.of()
          : Collections.unmodifiableList(KnownSecrets.carriedBy(request.headers(), request.query(), body));
      carriedSecrets = found;
    }
    return found;
  }

  /** Records a failure that is about to be retried. */
  synchronized void retrying(Throwable failure) {
    if (retriedFailures.size() < MAX_KEPT_FAILURES) {
      retriedFailures.add(failure);
    }
  }

  /** Failures of earlier attempts that were retried, oldest first. */
  synchronized List<Throwable> retriedFailures() {
    return List.copyOf(retriedFailures);
  }

  /**
   * Whether a DELETE answered 404 because an earlier attempt of the same operation deleted the resource. Reporting
   * "not found" then would call a completed delete a failure; a DELETE whose earlier attempts all failed before
   * reaching the server still reports 404.
   */
  boolean deletedByAnEarlierAttempt() {
    return method == HttpMethod.DELETE && RetryPolicy.anyMayHaveBeenProcessed(retriedFailures());
  }

  /**
   * Whether waiting {@code wait} from {@code nowMillis} (the client clock's epoch milliseconds) would end past the
   * operation's total budget. Compared without adding to the budget, which may be as long as a user likes.
   */
  boolean waitPassesBudget(Duration wait, long nowMillis) {
    return wait.plusMillis(nowMillis - startedMillis).compareTo(budget) > 0;
  }

  NexlaTimeoutException deadlineExceeded() {
    return new NexlaTimeoutException(description() + " did not complete within " + budget + " ("
        + attempts.get() + " attempts)", null);
  }

  private byte @Nullable [] serialise(@Nullable Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof byte[] bytes) {
      return bytes;
    }
    try {
      return NexlaJson.mapper().writeValueAsBytes(value);
    } catch (JacksonException e) {
      throw new NexlaException("Request body of " + description() + " could not be written as JSON ("
          + e.getOriginalMessage() + ")", null);
    }
  }

  /** A random (version 4 format) id from a non-blocking source; {@code UUID.randomUUID()} may block on entropy. */
  static String newRequestId() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long msb = (random.nextLong() & ~0xF000L) | 0x4000L;
    long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(msb, lsb).toString();
  }
}
