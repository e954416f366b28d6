package io.nexla.reactive.common;

import io.nexla.reactive.core.http.RequestOptions;
import io.nexla.reactive.core.http.Response;
import io.nexla.reactive.core.internal.ResponseCapture;
import io.nexla.reactive.internal.ClientContext;
import java.util.function.Consumer;
import java.util.function.Function;
import reactor.core.publisher.Mono;

/**
 * Base of every resource-group client. Gives each group, without repeating a method, a view with per-call
 * options ({@link #withOptions}) and access to the raw response of any call ({@link #withResponse}).
 *
 * <p>Group clients are immutable and thread-safe; views share the underlying connection pool and token cache.
 *
 * @param <C> the concrete client type
 */
public abstract class GroupClient<C extends GroupClient<C>> {

  private final ClientContext context;

  protected GroupClient(ClientHandle context) {
    this.context = ClientContext.of(context);
  }

  /** The context this client sends through (transport and per-call options). */
  protected final ClientContext context() {
    return context;
  }

  /** Creates the same client type over another context; used by {@link #withOptions}. */
  protected abstract C newInstance(ClientContext context);

  /**
   * A view of this client whose every call uses the given options (timeout, extra headers, retry override) on top
   * of the client's configuration.
   *
   * <pre>{@code
   * client.sources().withOptions(o -> o.timeout(Duration.ofSeconds(5)).header("X-Team", "ingest")).get(42)
   * }</pre>
   */
  public final C withOptions(Consumer<RequestOptions.Builder> options) {
    RequestOptions.Builder b = RequestOptions.builder();
    options.accept(b);
    return newInstance(context.withOptions(b.build()));
  }

  /**
   * Runs one call of this client and emits its value together with the HTTP status, headers, request id and
   * attempt count of the response. A call that emits no value (a delete) yields a {@link Response} whose value is
   * {@code null}. Signals the call's errors unchanged.
   *
   * <pre>{@code
   * Mono<Response<Source>> r = client.sources().withResponse(s -> s.get(42));
   * }</pre>
   */
  @SuppressWarnings("unchecked")
  public final <T> Mono<Response<T>> withResponse(Function<? super C, ? extends Mono<T>> call) {
    return ResponseCapture.withResponse(Mono.defer(() -> call.apply((C) this)));
  }
}
