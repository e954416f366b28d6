package io.nexla.reactive.common;

import java.util.List;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;

/**
 * A collection whose items carry access-control lists ({@code {P}/{id}/accessors}). Every method is cold and
 * emits the resulting access-control entries; each signals {@code NotFoundException}, {@code ForbiddenException},
 * other {@code NexlaServiceException}s, {@code NexlaTransportException}, {@code NexlaTimeoutException} or
 * {@code NexlaDecodeException}.
 *
 * @param <T> item model
 */
public interface AccessControlled<T> extends HasResourceOperations<T> {

  /** Emits the item's access-control entries ({@code GET}). */
  default Flux<Accessor> accessors(long id) {
    return resourceOperations().accessors(id);
  }

  /** Adds entries to the list and emits the full list after the merge ({@code PUT}). */
  default Flux<Accessor> addAccessors(long id, List<Accessor> accessors) {
    return resourceOperations().changeAccessors(HttpMethod.PUT, "addAccessors", id, accessors);
  }

  /**
   * Replaces the whole list and emits it ({@code POST}). Replacing is idempotent, yet as a POST it is not re-sent
   * after an ambiguous failure.
   */
  default Flux<Accessor> replaceAccessors(long id, List<Accessor> accessors) {
    return resourceOperations().changeAccessors(HttpMethod.POST, "replaceAccessors", id, accessors);
  }

  /** Removes the given entries and emits what remains ({@code DELETE} with a JSON body). */
  default Flux<Accessor> removeAccessors(long id, List<Accessor> accessors) {
    return resourceOperations().changeAccessors(HttpMethod.DELETE, "deleteAccessors", id, accessors);
  }

  /** Removes every entry ({@code DELETE} without a body) and emits what remains (normally nothing). */
  default Flux<Accessor> removeAllAccessors(long id) {
    return resourceOperations().changeAccessors(HttpMethod.DELETE, "deleteAccessors", id, null);
  }
}
