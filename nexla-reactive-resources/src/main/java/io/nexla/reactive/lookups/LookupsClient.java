package io.nexla.reactive.lookups;

import io.nexla.reactive.common.ClientHandle;
import io.nexla.reactive.common.ResourceClient;
import io.nexla.reactive.common.StandardResource;
import io.nexla.reactive.core.http.NexlaRequest;
import io.nexla.reactive.internal.ClientContext;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Client of the lookups group ({@code /data_maps}): the generic operations plus reading and writing a lookup's
 * rows. Obtain it from {@code NexlaClient.lookups()}. Every method is cold: nothing is sent until subscription.
 *
 * <p>Keys are joined with {@code ,} into one path segment and sent as given; a key may end in {@code *} to match
 * by prefix. Keys containing {@code ,} or {@code /} cannot be addressed.
 */
public final class LookupsClient extends ResourceClient<Lookup, LookupsClient>
    implements StandardResource<Lookup, LookupCreate, LookupUpdate, LookupCopyOptions> {

  @SuppressWarnings("unchecked")
  private static final Class<Map<String, Object>> ROW = (Class<Map<String, Object>>) (Class<?>) Map.class;

  
  public LookupsClient(ClientHandle context) {
    super(context, "lookups", "/data_maps", Lookup.class);
  }

  @Override
  protected LookupsClient newInstance(ClientContext context) {
    return new LookupsClient(context);
  }

  /**
   * Emits the rows with the given keys ({@code GET /data_maps/{id}/entries/{keys}}); keys without a row are
   * simply absent. Cold: sent on subscription; retried on transient failures. Signals
   * {@code IllegalArgumentException} for no or unaddressable keys, {@code NotFoundException}, other
   * {@code NexlaServiceException}s, {@code NexlaTransportException}, {@code NexlaTimeoutException} or
   * {@code NexlaDecodeException}.
   */
  public Flux<Map<String, Object>> entries(long id, String... keys) {
    return Mono.fromCallable(() -> withKeys(ops.request(HttpMethod.GET, ops.path() + "/{id}/entries/" + keyTemplate(keys),
        "entries").pathVariable("id", id), keys)).flatMapMany(request -> ops.retrieveList(request, ROW));
  }

  /**
   * Inserts or replaces rows by primary key ({@code PUT /data_maps/{id}/entries}) and emits the rows as stored.
   * Cold; idempotent, so retried on transient failures. Errors as for {@link #entries}, plus
   * {@code BadRequestException} for rows without the primary key.
   */
  public Flux<Map<String, Object>> upsertEntries(long id, List<? extends Map<String, ?>> rows) {
    return ops.retrieveList(ops.request(HttpMethod.PUT, ops.path() + "/{id}/entries", "upsertEntries")
        .pathVariable("id", id).body(Map.of("entries", List.copyOf(rows))), ROW);
  }

  /**
   * Deletes the rows with the given keys ({@code DELETE /data_maps/{id}/entries/{keys}}); completes empty when
   * done. Cold; retried on transient failures. Errors as for {@link #entries}.
   */
  public Mono<Void> deleteEntries(long id, String... keys) {
    return Mono.fromCallable(() -> withKeys(ops.request(HttpMethod.DELETE, ops.path() + "/{id}/entries/"
        + keyTemplate(keys), "deleteEntries").pathVariable("id", id), keys)).flatMap(ops::send);
  }

  /**
   * The keys part of the path as a template, {@code {key0},{key1},…}: each key is encoded on its own and the
   * separators stay literal commas, as the official SDK sends them.
   */
  private static String keyTemplate(String... keys) {
    if (keys.length == 0) {
      throw new IllegalArgumentException("at least one key is required");
    }
    StringBuilder template = new StringBuilder();
    for (int i = 0; i < keys.length; i++) {
      if (keys[i].isEmpty() || keys[i].contains(",") || keys[i].contains("/")) {
        throw new IllegalArgumentException("a lookup key must be non-empty without ',' or '/': " + keys[i]);
      }
      template.append(i == 0 ? "" : ",").append("{key").append(i).append('}');
    }
    return template.toString();
  }

  private static NexlaRequest.Builder withKeys(NexlaRequest.Builder request, String... keys) {
    for (int i = 0; i < keys.length; i++) {
      request.pathVariable("key" + i, keys[i]);
    }
    return request;
  }
}
