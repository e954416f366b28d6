package io.nexla.reactive.core.paging;

import io.nexla.reactive.core.http.Response;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A page of a walk with the response it was decoded from, when the walk captures responses
 * ({@link PagedFlux#byPageWithResponse()}, {@link PagedFlux#itemsWithResponse()}); {@code null} otherwise.
 */
record FetchedPage<T>(Page<T> page, @Nullable Response<?> response) {

  /** This page replaced by {@code other} (the part of it before an undecodable record), same response. */
  FetchedPage<T> withPage(Page<T> other) {
    return new FetchedPage<>(other, response);
  }

  /** The page as the value of its response. */
  Response<Page<T>> pageWithResponse() {
    return with(page);
  }

  /** Each item of the page as the value of the page's response, in page order. */
  List<Response<T>> itemsWithResponse() {
    return page.items().stream().map(this::with).toList();
  }

  private <V> Response<V> with(V value) {
    Response<?> r = Objects.requireNonNull(response, "the walk does not capture responses");
    return new Response<>(value, r.status(), r.headers(), r.requestId(), r.attempts());
  }
}
