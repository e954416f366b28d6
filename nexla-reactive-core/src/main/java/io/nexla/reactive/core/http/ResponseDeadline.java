package io.nexla.reactive.core.http;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.timeout.ReadTimeoutException;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import reactor.netty.NettyPipeline;
import reactor.netty.http.HttpProtocol;
import reactor.netty.http.client.HttpClient;

/**
 * Per connection: the response timeout. Once a request has been written, its response must start, and then keep
 * arriving, with no gap longer than the timeout; otherwise the attempt fails with Netty's
 * {@link ReadTimeoutException} (typed as a timeout by the error mapping) and the connection is closed — what Reactor
 * Netty's {@code responseTimeout} does.
 *
 * <p>Why not Reactor Netty's {@code responseTimeout}: it adds a {@code ReadTimeoutHandler} to the pipeline after
 * every request and removes it after every response, which cost about a tenth of the client's CPU time per call
 * (see {@code benchmarks/README.md}). This handler stays on the connection for its lifetime; per request it reads
 * the clock twice, and it schedules one check per timeout period on the connection's own event loop, only while a
 * response is awaited. Netty's {@code IdleStateHandler} cannot stand in: it also fires on a connection idle in the
 * pool, and times its first period from the last read rather than from the request.
 *
 * <p>Every method runs on the connection's event loop, so the state needs no synchronisation.
 */
final class ResponseDeadline extends ChannelDuplexHandler {

  static final String NAME = "nexla.responseDeadline";

  private final long timeoutNanos;
  /** Requests whose end was written minus responses whose end was read (HTTP/1.1: 0 or 1). */
  private int awaited;
  /** When the awaited request ended, or the latest part of its response arrived. */
  private long lastProgressNanos;
  private @Nullable ScheduledFuture<?> check;

  private ResponseDeadline(Duration timeout) {
    this.timeoutNanos = timeout.toNanos();
  }

  /**
   * {@code http} failing any response that stalls longer than {@code timeout}. A client speaking only HTTP/1.1 gets
   * this handler on each new connection; one configured for another protocol (by the application's customizer)
   * keeps Reactor Netty's per-request handler, which knows how to find the HTTP codec of HTTP/2 streams.
   */
  static HttpClient apply(HttpClient http, Duration timeout) {
    if (!Arrays.equals(http.configuration().protocols(), new HttpProtocol[] {HttpProtocol.HTTP11})) {
      return http.responseTimeout(timeout);
    }
    // Once per connection, when its pipeline is set up (after Reactor Netty's HTTP codec); a hook on acquisition
    // would run for every request of a pooled connection.
    return http.doOnChannelInit((observer, channel, address) -> install(channel.pipeline(), timeout));
  }

  private static void install(ChannelPipeline pipeline, Duration timeout) {
    if (pipeline.get(NettyPipeline.ReactiveBridge) != null) {
      pipeline.addBefore(NettyPipeline.ReactiveBridge, NAME, new ResponseDeadline(timeout));
    } else {
      pipeline.addLast(NAME, new ResponseDeadline(timeout));
    }
  }

  @Override
  public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) throws Exception {
    if (msg instanceof LastHttpContent) { // the request's end (a request without a body is a full message too)
      awaited++;
      lastProgressNanos = System.nanoTime();
      if (check == null) {
        schedule(ctx, timeoutNanos);
      }
    }
    super.write(ctx, msg, promise);
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
    lastProgressNanos = System.nanoTime();
    if (msg instanceof LastHttpContent && awaited > 0) { // an answer nobody waits for leaves the count at 0
      awaited--;
    }
    super.channelRead(ctx, msg);
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) throws Exception {
    cancel();
    super.channelInactive(ctx);
  }

  @Override
  public void handlerRemoved(ChannelHandlerContext ctx) {
    cancel();
  }

  private void schedule(ChannelHandlerContext ctx, long delayNanos) {
    check = ctx.executor().schedule(() -> check(ctx), delayNanos, TimeUnit.NANOSECONDS);
  }

  /** Runs at most once per timeout period while a response is awaited; stops when none is. */
  private void check(ChannelHandlerContext ctx) {
    check = null;
    if (awaited <= 0 || !ctx.channel().isActive()) {
      return;
    }
    long quietNanos = System.nanoTime() - lastProgressNanos;
    if (quietNanos < timeoutNanos) {
      schedule(ctx, timeoutNanos - quietNanos);
      return;
    }
    awaited = 0;
    ctx.fireExceptionCaught(ReadTimeoutException.INSTANCE);
    ctx.close();
  }

  private void cancel() {
    if (check != null) {
      check.cancel(false);
      check = null;
    }
  }
}
