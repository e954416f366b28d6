package io.nexla.reactive.core.http;

import io.nexla.reactive.core.error.NexlaDecodeException;
import io.nexla.reactive.core.internal.ErrorMapper;
import io.nexla.reactive.core.internal.KnownSecrets;
import io.nexla.reactive.core.internal.Redaction;
import java.time.Clock;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.BodyExtractors;
import org.springframework.web.reactive.function.client.ClientResponse;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Per attempt: the answer's body, buffered up to {@code maxResponseBytes} or streamed, and a failed answer turned
 * into its typed exception (secrets masked, the server's {@code Retry-After} on the exception).
 */
final class ResponseBodies {

  private static final byte[] EMPTY = new byte[0];
  /** How much of a failed download's body is read for its error message. */
  private static final int DOWNLOAD_ERROR_BYTES = 64 * 1024;

  private final int maxResponseBytes;
  private final KnownSecrets secrets;
  private final Clock clock;

  ResponseBodies(int maxResponseBytes, KnownSecrets secrets, Clock clock) {
    this.maxResponseBytes = maxResponseBytes;
    this.secrets = secrets;
    this.clock = clock;
  }

  /** The whole body as one {@link NexlaResponse}, or the typed exception of a failed answer. */
  Flux<NexlaResponse> buffered(Operation op, ClientResponse response, int attempt) {
    int status = response.statusCode().value();
    op.lastStatus = status;
    HttpHeaders headers = readOnly(response);
    // Redirects are never followed (the Authorization header must not reach another host), so a 3xx is an
    // error too: taking it for success would report a create or a read that never happened.
    boolean failed = status >= 300;
    Mono<BodyBytes> read = failed ? BodyBytes.readUpTo(response, maxResponseBytes)
        : BodyBytes.read(response, maxResponseBytes, () -> new NexlaDecodeException("Response body of "
            + op.description() + " is larger than " + maxResponseBytes + " bytes (maxResponseBytes)", status, null,
            null));
    return read
        .map(bytes -> {
          byte[] received = bytes.toArray();
          // A failed answer may echo what the request carried: mask every known secret before anything reads it.
          byte[] body = failed ? secrets.redact(received, op.carriedSecrets()) : received;
          WireLog.response(op, status, headers, body, secrets);
          if (!failed) {
            return new NexlaResponse(status, headers, body, op.requestId, op.attempts.get());
          }
          if (status == 404 && op.deletedByAnEarlierAttempt()) {
            WireLog.log.debug("{}: HTTP 404 on attempt {} after an attempt the server may have carried out; taken"
                + " as deleted", op.description(), attempt);
            return new NexlaResponse(status, headers, EMPTY, op.requestId, op.attempts.get());
          }
          throw failure(op, status, headers, body);
        })
        .flux();
  }

  /** The body as it arrives (a 2xx answer), or the typed exception of a failed answer. */
  Flux<DataBuffer> streamed(Operation op, ClientResponse response, int attempt) {
    int status = response.statusCode().value();
    op.lastStatus = status;
    if (status < 300) { // a 3xx body is not the artifact; redirects are not followed
      return response.body(BodyExtractors.toDataBuffers());
    }
    HttpHeaders headers = readOnly(response);
    return BodyBytes.readUpTo(response, DOWNLOAD_ERROR_BYTES)
        .map(bytes -> secrets.redact(bytes.toArray(), op.carriedSecrets()))
        .flatMapMany(bytes -> {
          WireLog.response(op, status, headers, bytes, secrets);
          return Flux.error(failure(op, status, headers, bytes));
        });
  }

  private RuntimeException failure(Operation op, int status, HttpHeaders headers, byte[] body) {
    return ErrorMapper.map(status, maskedByValue(op, headers), body, op.method.name(), op.pathTemplate, op.operation, op.requestId,
        op.attempts.get(), clock);
  }

  /** A failed answer's headers may echo a secret too (a redirect's {@code Location}, a proxy's debug header). */
  private HttpHeaders maskedByValue(Operation op, HttpHeaders headers) {
    return Redaction.redactHeaders(headers, value -> secrets.redact(value, op.carriedSecrets()));
  }

  /**
   * A read-only view of a response's headers. No copy: the headers of a received response are a plain object that
   * outlives the connection's buffers.
   */
  private static HttpHeaders readOnly(ClientResponse response) {
    return HttpHeaders.readOnlyHttpHeaders(response.headers().asHttpHeaders());
  }
}
