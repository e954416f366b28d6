package io.nexla.reactive.internal;

import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;

/**
 * {@code GET {P}/public}, shared by code containers, transforms and attribute transforms. Not for application
 * use; call {@code listPublic()} on those clients.
 */
public final class PublicListing {

  private PublicListing() {}

  /** Emits the publicly shared items of the collection behind {@code ops}, decoded as {@code itemType}. */
  public static <T> Flux<T> listPublic(ResourceOperations<T> ops, Class<T> itemType) {
    return ops.retrieveList(ops.request(HttpMethod.GET, ops.path() + "/public", "listPublic"), itemType);
  }
}
