package io.nexla.reactive.internal;

import io.nexla.reactive.common.ClientHandle;
import io.nexla.reactive.common.Accessor;
import io.nexla.reactive.common.AuditLogEntry;
import io.nexla.reactive.common.AuditLogQuery;
import io.nexla.reactive.common.AccessRole;
import io.nexla.reactive.common.ListOptions;
import io.nexla.reactive.core.error.NexlaDecodeException;
import io.nexla.reactive.core.http.NexlaRequest;
import io.nexla.reactive.core.http.NexlaResponse;
import io.nexla.reactive.core.internal.Redaction;
import java.nio.charset.StandardCharsets;
import io.nexla.reactive.core.json.NexlaJson;
import io.nexla.reactive.core.paging.PagedFlux;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;

/**
 * The generic operations of a Nexla collection ({@code {P}}, {@code {P}/{id}}, {@code /activate}, {@code /pause},
 * {@code /copy}, {@code /audit_log}, {@code /accessors}), written once for every group. Operation names are
 * {@code <group>.<verb>} (e.g. {@code sources.get}).
 *
 * @param <T> the collection's model
 */
public final class ResourceOperations<T> {

  private final ClientContext context;
  private final String group;
  private final String path;
  private final JavaType type;

  public ResourceOperations(ClientHandle context, String group, String collectionPath, Class<T> type) {
    this.context = ClientContext.of(context);
    this.group = group;
    this.path = collectionPath;
    this.type = NexlaJson.mapper().constructType(type);
  }

  public ClientContext context() {
    return context;
  }

  /** Group name used as the operation prefix, e.g. {@code sources}. */
  public String group() {
    return group;
  }

  /** Collection path, e.g. {@code /data_sources}. */
  public String path() {
    return path;
  }

  /** A request builder for {@code <method> <template>} named {@code <group>.<operation>}. */
  public NexlaRequest.Builder request(HttpMethod method, String template, String operation) {
    return NexlaRequest.builder(method, template).operation(group + "." + operation);
  }

  /** Sends a request and decodes its body as {@code resultType}; completes empty for an empty body. */
  public <R> Mono<R> retrieve(NexlaRequest.Builder request, JavaType resultType) {
    return Mono.defer(() -> context.transport().retrieve(context.build(request), resultType));
  }

  /** Sends a request and decodes its body as {@code resultType}; completes empty for an empty body. */
  public <R> Mono<R> retrieve(NexlaRequest.Builder request, Class<R> resultType) {
    return retrieve(request, NexlaJson.mapper().constructType(resultType));
  }

  /** Sends a request and decodes its body as the collection's model. */
  public Mono<T> retrieve(NexlaRequest.Builder request) {
    return retrieve(request, type);
  }

  /**
   * Sends a request whose answer must be one {@code resultType}: an empty or JSON {@code null} 2xx body signals
   * {@link NexlaDecodeException} instead of completing empty.
   */
  public <R> Mono<R> retrieveRequired(NexlaRequest.Builder request, JavaType resultType) {
    return Mono.defer(() -> {
      NexlaRequest built = context.build(request);
      return context.transport().exchange(built).handle((response, sink) -> {
        R value = response.decode(resultType);
        if (value == null) {
          sink.error(new NexlaDecodeException("Response body of " + built.operation() + " is "
              + (response.isEmpty() ? "empty" : "null") + " where a " + resultType.getRawClass().getSimpleName()
              + " was expected", response.status(), NexlaResponse.excerpt(response.body()), null));
        } else {
          sink.next(value);
        }
      });
    });
  }

  /** Sends a request, ignoring any body. */
  public Mono<Void> send(NexlaRequest.Builder request) {
    return Mono.defer(() -> context.transport().exchange(context.build(request))).then();
  }

  /** Sends a request whose answer is a JSON array, emitting its decoded items. */
  public <R> Flux<R> retrieveList(NexlaRequest.Builder request, Class<R> itemType) {
    return retrieve(request, NexlaJson.listOf(itemType)).flatMapIterable(l -> (List<R>) l);
  }

  /** A lazily paged list at {@code template} (page and per_page are added per page). */
  public <R> PagedFlux<R> paged(NexlaRequest.Builder request, ListOptions options, Class<R> itemType) {
    AccessRole accessRole = options.accessRole();
    if (accessRole != null) {
      request.query("access_role", accessRole.value());
    }
    options.extraParameters().forEach(request::query);
    Integer asked = options.pageSize();
    int pageSize = asked != null ? asked : context.options().paging().pageSize();
    JavaType itemJavaType = NexlaJson.mapper().constructType(itemType);
    return PagedFlux.fromRequest(context.transport(), context.build(request), pageSize, itemJavaType,
        node -> convert(node, itemJavaType));
  }

  /**
   * Converts a JSON tree to {@code target}, signalling a decode failure as {@link NexlaDecodeException}. The
   * exception carries a redacted excerpt only, never Jackson's message or cause (both may quote secret values).
   */
  public static <R> R convert(JsonNode node, JavaType target) {
    try {
      return NexlaJson.mapper().treeToValue(node, target);
    } catch (JacksonException e) {
      JsonNode redacted = Redaction.redact(node);
      String excerpt = NexlaResponse.excerpt(String.valueOf(redacted).getBytes(StandardCharsets.UTF_8));
      throw new NexlaDecodeException("List item is not a valid " + target.getRawClass().getSimpleName()
          + " (" + Redaction.redactText(e.getOriginalMessage()) + ")", 200, excerpt, null);
    }
  }

  // ---- the generic template -------------------------------------------------------------------------------

  public PagedFlux<T> list(ListOptions options) {
    @SuppressWarnings("unchecked")
    Class<T> raw = (Class<T>) type.getRawClass();
    return paged(request(HttpMethod.GET, path, "list"), options, raw);
  }

  /** Like {@link #retrieveRequired(NexlaRequest.Builder, JavaType)} for the collection's model. */
  public Mono<T> retrieveRequired(NexlaRequest.Builder request) {
    return retrieveRequired(request, type);
  }

  /** Emits the item; an empty or {@code null} body signals {@link NexlaDecodeException}. */
  public Mono<T> get(long id, boolean expand) {
    return retrieveRequired(request(HttpMethod.GET, path + "/{id}", "get").pathVariable("id", id)
        .query("expand", expand ? "1" : null), type);
  }

  public Mono<T> create(Object body) {
    return retrieve(request(HttpMethod.POST, path, "create").body(body));
  }

  public Mono<T> update(long id, Object body) {
    return retrieve(request(HttpMethod.PUT, path + "/{id}", "update").pathVariable("id", id).body(body));
  }

  public Mono<Void> delete(long id) {
    return send(request(HttpMethod.DELETE, path + "/{id}", "delete").pathVariable("id", id));
  }

  public Mono<T> activate(long id) {
    return retrieve(request(HttpMethod.PUT, path + "/{id}/activate", "activate").pathVariable("id", id));
  }

  public Mono<T> pause(long id) {
    return retrieve(request(HttpMethod.PUT, path + "/{id}/pause", "pause").pathVariable("id", id));
  }

  public Mono<T> copy(long id, @Nullable Object options) {
    return retrieve(request(HttpMethod.POST, path + "/{id}/copy", "copy").pathVariable("id", id)
        .body(options != null ? options : Map.of()));
  }

  public PagedFlux<AuditLogEntry> auditLog(long id, AuditLogQuery query, ListOptions options) {
    NexlaRequest.Builder r = request(HttpMethod.GET, path + "/{id}/audit_log", "auditLog").pathVariable("id", id)
        .query("from", query.from()).query("to", query.to())
        .query("event_filter", query.eventFilter()).query("change_filter", query.changeFilter());
    return paged(r, options, AuditLogEntry.class);
  }

  public Flux<Accessor> accessors(long id) {
    return retrieveList(request(HttpMethod.GET, path + "/{id}/accessors", "getAccessors")
        .pathVariable("id", id), Accessor.class);
  }

  public Flux<Accessor> changeAccessors(HttpMethod method, String operation, long id,
      @Nullable List<Accessor> accessors) {
    NexlaRequest.Builder r = request(method, path + "/{id}/accessors", operation).pathVariable("id", id);
    if (accessors != null) {
      r.body(Map.of("accessors", accessors));
    }
    return retrieveList(r, Accessor.class);
  }
}
