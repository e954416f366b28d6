package io.nexla.reactive.testkit;

import io.netty.channel.ChannelOption;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import reactor.core.publisher.Mono;
import reactor.netty.http.server.HttpServerResponse;

/** Writes answers (JSON, text, streams, connection resets) and records each exchange in the bounded journal. */
final class ResponseWriter {

  static final String JSON_TYPE = "application/vnd.nexla.api.v1+json";

  private final ConcurrentLinkedQueue<RecordedRequest> journal = new ConcurrentLinkedQueue<>();
  private final AtomicInteger journalSize = new AtomicInteger();
  private final int journalLimit;

  ResponseWriter(int journalLimit) {
    this.journalLimit = journalLimit;
  }

  List<RecordedRequest> journal() {
    return List.copyOf(journal);
  }

  void clearJournal() {
    journal.clear();
    journalSize.set(0);
  }

  Mono<Void> send(Incoming in, HttpServerResponse response, Reply reply) {
    record(in, reply.status, reply.processed && reply.status < 400);
    response.status(reply.status);
    reply.headers.forEach(response::header);
    if (reply.stream != null) {
      return response.sendByteArray(reply.stream).then();
    }
    if (reply.body == null) {
      return response.send().then();
    }
    if (!reply.headers.containsKey("Content-Type")) {
      response.header("Content-Type", JSON_TYPE);
    }
    return response.sendString(Mono.just(reply.body.toString())).then();
  }

  Mono<Void> sendText(Incoming in, HttpServerResponse response, int status, String contentType, String text, boolean processed) {
    record(in, status, processed);
    return response.status(status).header("Content-Type", contentType).sendString(Mono.just(text)).then();
  }

  Mono<Void> reset(Incoming in, HttpServerResponse response, boolean processed) {
    record(in, 0, processed);
    response.withConnection(connection -> {
      connection.channel().config().setOption(ChannelOption.SO_LINGER, 0);
      connection.channel().close();
    });
    return Mono.empty();
  }

  void record(Incoming in, int status, boolean processed) {
    journal.add(new RecordedRequest(in.method(), in.path(), in.route(), in.query(), in.headers(), in.body(), status, processed));
    // Long load runs must not grow the heap without bound: keep the newest entries.
    if (journalSize.incrementAndGet() > journalLimit && journal.poll() != null) {
      journalSize.decrementAndGet();
    }
  }
}
