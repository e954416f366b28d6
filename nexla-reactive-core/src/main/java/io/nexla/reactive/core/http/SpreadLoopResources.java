package io.nexla.reactive.core.http;

import io.netty.channel.Channel;
import io.netty.channel.EventLoopGroup;
import java.time.Duration;
import reactor.core.publisher.Mono;
import reactor.netty.http.HttpResources;
import reactor.netty.resources.LoopResources;

/**
 * Reactor Netty's shared event loops ({@link HttpResources}), handed to new client connections round-robin.
 *
 * <p>Why: the shared client group is "colocated": a connection opened from an event-loop thread stays on that
 * thread. Pooled connections are reused from any thread, so colocation gains little, but a burst opened from one
 * thread — every call that waited for the same token refresh resumes on the thread that received the token — puts
 * the whole pool on one event loop for its lifetime, and the client then runs on one core. The threads are the same
 * ones; only the choice of loop for a new connection differs. Nothing is disposed here: the loops belong to
 * {@link HttpResources}, and are looked up on each use so that a reset of the shared resources is honoured.
 */
final class SpreadLoopResources implements LoopResources {

  static final SpreadLoopResources INSTANCE = new SpreadLoopResources();

  private SpreadLoopResources() {}

  @Override
  public EventLoopGroup onServer(boolean useNative) {
    return HttpResources.get().onServer(useNative);
  }

  @Override
  public EventLoopGroup onClient(boolean useNative) {
    // The server worker group is the group the colocated client group wraps.
    return HttpResources.get().onServer(useNative);
  }

  @Override
  public EventLoopGroup onServerSelect(boolean useNative) {
    return HttpResources.get().onServerSelect(useNative);
  }

  @Override
  public <C extends Channel> C onChannel(Class<C> channelType, EventLoopGroup group) {
    return HttpResources.get().onChannel(channelType, group);
  }

  @Override
  public <C extends Channel> Class<? extends C> onChannelClass(Class<C> channelType, EventLoopGroup group) {
    return HttpResources.get().onChannelClass(channelType, group);
  }

  @Override
  public boolean daemon() {
    return HttpResources.get().daemon();
  }

  @Override
  public boolean isDisposed() {
    return HttpResources.get().isDisposed();
  }

  @Override
  public void dispose() {
    // The shared loops outlive any one client.
  }

  @Override
  public Mono<Void> disposeLater() {
    return Mono.empty();
  }

  @Override
  public Mono<Void> disposeLater(Duration quietPeriod, Duration timeout) {
    return Mono.empty();
  }
}
