package io.nexla.reactive.internal;

import io.nexla.reactive.core.http.NexlaRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * A list of people attached to an item of a collection, at {@code {P}/{id}/<segment>} (team and organisation
 * members, organisation and marketplace-domain custodians). Reads answer a JSON array; changes send
 * {@code {"<segment>": [...]}}. Written once here and used by the teams, organizations and marketplace clients.
 * Not for application use; may change without notice.
 *
 * @param <M> the list item model
 */
public final class ResourceUserList<M> {

  private final ResourceOperations<?> operations;
  private final String segment;
  private final Class<M> itemType;

  /**
   * @param operations the collection whose items carry the list
   * @param segment the path segment and body key, e.g. {@code members}
   * @param itemType the list item model
   */
  public ResourceUserList(ResourceOperations<?> operations, String segment, Class<M> itemType) {
    this.operations = operations;
    this.segment = segment;
    this.itemType = itemType;
  }

  /** {@code GET {P}/{id}/<segment>}: emits the items; an empty body emits nothing. */
  public Flux<M> list(String operation, long id) {
    return operations.retrieveList(request(HttpMethod.GET, operation, id, null), itemType);
  }

  /**
   * Changes the list and emits the list the server answers ({@code PUT}, {@code POST}, or {@code DELETE} with a
   * body; no body when {@code entries} is {@code null}).
   */
  public Flux<M> change(HttpMethod method, String operation, long id, @Nullable List<?> entries) {
    return operations.retrieveList(request(method, operation, id, entries), itemType);
  }

  /** {@code DELETE {P}/{id}/<segment>} with a body, for endpoints that answer a status document. */
  public Mono<JsonNode> remove(String operation, long id, List<?> entries) {
    return operations.retrieve(request(HttpMethod.DELETE, operation, id, entries), JsonNode.class);
  }

  private NexlaRequest.Builder request(HttpMethod method, String operation, long id, @Nullable List<?> entries) {
    NexlaRequest.Builder r = operations.request(method, operations.path() + "/{id}/" + segment, operation)
        .pathVariable("id", id);
    if (entries != null) {
      r.body(Map.of(segment, List.copyOf(entries)));
    }
    return r;
  }
}
