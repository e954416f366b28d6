package io.nexla.reactive.common;

import io.nexla.reactive.core.http.RequestOptions;
import io.nexla.reactive.core.http.Response;
import io.nexla.reactive.core.internal.ResponseCapture;
import io.nexla.reactive.core.paging.Page;
import io.nexla.reactive.core.paging.PagedFlux;
import io.nexla.reactive.internal.ClientContext;
import java.util.function.Consumer;
import java.util.function.Function;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Base of every resource-group client. Gives each group, without repeating a method, a view with per-call
 * options ({@link #withOptions}) and access to the raw responses of any call: {@link #withResponse} for a
 * {@code Mono} call, {@link #withResponses} for the items of a {@code Flux} call, {@link #withPageResponses} for the
 * pages of a paged list. Their {@link Response#headers()} are masked: secret-bearing headers ({@code Set-Cookie},
 * anything named like an authorization, key, token or secret) by name, credentials by value in the others.
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

  /**
   * Runs one {@code Flux} call of this client and emits each of its items with the HTTP status, masked headers,
   * request id and attempt count of the response it was decoded from. For a paged list ({@link PagedFlux}) that
   * is the response of the item's page, even with several pages in flight, and pages are requested as the items
   * are demanded, as for the list itself. For any other call it is the last response the call had received when
   * the item was emitted: exactly the item's own for a call that sends one request (the lists that cannot page,
   * the bulk changes) or sends each request after the items of the previous one were emitted; a call that fetches
   * ahead (such as {@code flows().nodes()}, built on a paged list) may pair an item with a later request's
   * response, so use {@link #withPageResponses} on the list it is built on. Cold: nothing is sent until
   * subscription, and each subscription runs the call again. Signals the call's errors unchanged.
   *
   * <pre>{@code
   * Flux<Response<Runtime>> r = client.runtimes().withResponses(c -> c.list());
   * }</pre>
   */
  @SuppressWarnings("unchecked")
  public final <T> Flux<Response<T>> withResponses(Function<? super C, ? extends Flux<T>> call) {
    return Flux.defer(() -> {
      Flux<T> items = call.apply((C) this);
      return items instanceof PagedFlux<T> list ? list.itemsWithResponse() : ResponseCapture.withResponses(items);
    });
  }

  /**
   * Runs a paged list of this client and emits its pages, each with the HTTP status, masked headers, request id
   * and attempt count of that page's own request, even while several pages are in flight
   * ({@link PagedFlux#byPageWithResponse()}). Pages are requested as pages are demanded, the first on
   * subscription; {@code skipUndecodable} on the list applies. Cold: each subscription walks the list again.
   * Signals the list's errors: those of the page request that failed, {@code PaginationException},
   * {@code UndecodableRecordException}.
   *
   * <pre>{@code
   * Flux<Response<Page<Source>>> pages = client.sources().withPageResponses(c -> c.list());
   * }</pre>
   */
  @SuppressWarnings("unchecked")
  public final <T> Flux<Response<Page<T>>> withPageResponses(Function<? super C, ? extends PagedFlux<T>> call) {
    return Flux.defer(() -> call.apply((C) this).byPageWithResponse());
  }
}
