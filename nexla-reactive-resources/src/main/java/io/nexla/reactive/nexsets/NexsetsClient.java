package io.nexla.reactive.nexsets;

import io.nexla.reactive.common.ClientHandle;
import io.nexla.reactive.common.ResourceClient;
import io.nexla.reactive.common.StandardResource;
import io.nexla.reactive.core.json.NexlaJson;
import io.nexla.reactive.flows.DocsRecommendation;
import io.nexla.reactive.internal.ClientContext;
import io.nexla.reactive.internal.ResourceOperations;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * Client of the nexsets group ({@code /data_sets}): the generic operations plus samples and documentation of
 * nexsets. Obtain it from {@code NexlaClient.nexsets()}. Every method is cold: nothing is sent until subscription,
 * and each subscription sends again.
 */
public final class NexsetsClient extends ResourceClient<Nexset, NexsetsClient>
    implements StandardResource<Nexset, NexsetCreate, NexsetUpdate, NexsetCopyOptions> {

  
  public NexsetsClient(ClientHandle context) {
    super(context, "nexsets", "/data_sets", Nexset.class);
  }

  @Override
  protected NexsetsClient newInstance(ClientContext context) {
    return new NexsetsClient(context);
  }

  /** Emits ten stored sample records of the nexset, without metadata; see {@link #samples(long, SampleOptions)}. */
  public Flux<NexsetSample> samples(long id) {
    return samples(id, SampleOptions.DEFAULTS);
  }

  /**
   * Emits sample records of the nexset ({@code GET /data_sets/{id}/samples}). Cold: sent on subscription; retried
   * on transient failures. A non-array answer yields no records. Signals {@code NotFoundException}, other
   * {@code NexlaServiceException}s, {@code NexlaTransportException}, {@code NexlaTimeoutException} or
   * {@code NexlaDecodeException}.
   */
  public Flux<NexsetSample> samples(long id, SampleOptions options) {
    return ops.retrieve(ops.request(HttpMethod.GET, ops.path() + "/{id}/samples", "samples").pathVariable("id", id)
            .query("count", options.count())
            .query("include_metadata", options.includeMetadata() ? "True" : "False")
            .query("live", options.live() ? "True" : "False"), JsonNode.class)
        .flatMapIterable(NexsetsClient::arrayItems)
        .map(node -> ResourceOperations.<NexsetSample>convert(node,
            NexlaJson.mapper().constructType(NexsetSample.class)));
  }

  /**
   * Emits the documents attached to the nexset, with owner and org expanded ({@code GET /data_sets/{id}/docs}).
   * Cold; retried on transient failures; a non-array answer yields none. Errors as for {@link #samples(long)}.
   */
  public Flux<NexsetDoc> docs(long id) {
    return ops.retrieve(ops.request(HttpMethod.GET, ops.path() + "/{id}/docs", "docs").pathVariable("id", id)
        .query("expand", 1), JsonNode.class).flatMapIterable(NexsetsClient::arrayItems).map(NexsetsClient::doc);
  }

  /**
   * Replaces all documents of the nexset with {@code docs} (documents not listed are removed) and emits the
   * resulting documents ({@code POST /data_sets/{id}/docs}). Cold; a POST, so not re-sent after an ambiguous
   * failure. Errors as for {@link #samples(long)}, plus {@code BadRequestException} for invalid documents.
   */
  public Flux<NexsetDoc> updateDocs(long id, List<NexsetDocInput> docs) {
    return ops.retrieve(ops.request(HttpMethod.POST, ops.path() + "/{id}/docs", "updateDocs").pathVariable("id", id)
        .body(Map.of("docs", List.copyOf(docs))), JsonNode.class)
        .flatMapIterable(NexsetsClient::arrayItems).map(NexsetsClient::doc);
  }

  /**
   * Copies the documents of nexset {@code fromId} to nexset {@code toId} (replacing its documents) and emits the
   * target's documents: reads the source documents, then, unless there are none, sends them with
   * {@link #updateDocs}. Completes empty without a second request when the source has no documents. Errors as
   * for {@link #docs(long)} and {@link #updateDocs}.
   */
  public Flux<NexsetDoc> copyDocs(long fromId, long toId) {
    return docs(fromId).map(NexsetDoc::toInput).collectList()
        .flatMapMany(inputs -> inputs.isEmpty() ? Flux.empty() : updateDocs(toId, inputs));
  }

  /**
   * Asks Nexla to generate documentation for the nexset and emits the proposal
   * ({@code POST /data_sets/{id}/docs/recommendation}). Cold; not re-sent after an ambiguous failure. Errors as
   * for {@link #samples(long)}.
   */
  public Mono<DocsRecommendation> docsRecommendation(long id) {
    return ops.retrieve(ops.request(HttpMethod.POST, ops.path() + "/{id}/docs/recommendation",
        "docsRecommendation").pathVariable("id", id), DocsRecommendation.class);
  }

  private static Iterable<JsonNode> arrayItems(JsonNode node) {
    return node.isArray() ? node.values() : List.of();
  }

  private static NexsetDoc doc(JsonNode node) {
    return ResourceOperations.convert(node, NexlaJson.mapper().constructType(NexsetDoc.class));
  }
}
