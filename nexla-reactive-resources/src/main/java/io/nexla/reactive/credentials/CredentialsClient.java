package io.nexla.reactive.credentials;

import io.nexla.reactive.common.ClientHandle;
import io.nexla.reactive.common.ResourceClient;
import io.nexla.reactive.common.ListOptions;
import io.nexla.reactive.common.StandardResource;
import io.nexla.reactive.core.http.NexlaRequest;
import io.nexla.reactive.core.paging.PagedFlux;
import io.nexla.reactive.internal.ClientContext;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Mono;

/**
 * Client of the credentials group ({@code /data_credentials}): the generic operations plus probes that test a
 * credential and browse the storage behind it. Obtain it from {@code NexlaClient.credentials()}. Every method is
 * cold: nothing is sent until subscription.
 */
public final class CredentialsClient extends ResourceClient<Credential, CredentialsClient>
    implements StandardResource<Credential, CredentialCreate, CredentialUpdate, CredentialCopyOptions> {

  private static final ProbeResult EMPTY_PROBE_ANSWER = new ProbeResult("success",
      "Credential probe completed successfully", null, null, null, null, null);

  
  public CredentialsClient(ClientHandle context) {
    super(context, "credentials", "/data_credentials", Credential.class);
  }

  @Override
  protected CredentialsClient newInstance(ClientContext context) {
    return new CredentialsClient(context);
  }

  /**
   * Emits every credential of one connector type ({@code credentials_type}), paged lazily; otherwise as
   * {@link #list()}.
   */
  public PagedFlux<Credential> list(CredentialType type) {
    return list(ListOptions.DEFAULTS.withParameter("credentials_type", type.value()));
  }

  /**
   * Tests that the credential can connect ({@code GET /data_credentials/{id}/probe}) and emits the answer; an
   * empty answer counts as success. Cold: sent on subscription; retried on transient failures. Signals
   * {@code NotFoundException}, {@code BadRequestException} when the connection fails server-side, other
   * {@code NexlaServiceException}s, {@code NexlaTransportException}, {@code NexlaTimeoutException} or
   * {@code NexlaDecodeException}.
   */
  public Mono<ProbeResult> probe(long id) {
    return probe(id, ProbeMode.SYNC);
  }

  /** Like {@link #probe(long)}, started in the background or collecting a background result. */
  public Mono<ProbeResult> probe(long id, ProbeMode mode) {
    return probeCall(HttpMethod.GET, "/probe", "probe", id, null, mode);
  }

  /**
   * Lists the storage behind the credential (folders and files, or databases and tables) and emits the tree in
   * {@link ProbeResult#object()}. Cold: sent on subscription; a read-only POST, so retried on transient
   * failures. Errors as for {@link #probe(long)}.
   */
  public Mono<ProbeResult> probeTree(long id, ProbeTreeRequest request) {
    return probeTree(id, request, ProbeMode.SYNC);
  }

  /** Like {@link #probeTree(long, ProbeTreeRequest)} in the given mode. */
  public Mono<ProbeResult> probeTree(long id, ProbeTreeRequest request, ProbeMode mode) {
    return probeCall(HttpMethod.POST, "/probe/tree", "probeTree", id, request, mode);
  }

  /**
   * Reads sample records at a path behind the credential and emits them in {@link ProbeResult#output()}. Cold;
   * errors as for {@link #probeTree(long, ProbeTreeRequest)}.
   */
  public Mono<ProbeResult> probeSample(long id, ProbeSampleRequest request) {
    return probeSample(id, request, ProbeMode.SYNC);
  }

  /** Like {@link #probeSample(long, ProbeSampleRequest)} in the given mode. */
  public Mono<ProbeResult> probeSample(long id, ProbeSampleRequest request, ProbeMode mode) {
    return probeCall(HttpMethod.POST, "/probe/sample", "probeSample", id, request, mode);
  }

  private Mono<ProbeResult> probeCall(HttpMethod method, String suffix, String operation, long id,
      @Nullable Object body, ProbeMode mode) {
    NexlaRequest.Builder request = ops.request(method, ops.path() + "/{id}" + suffix, operation)
        .pathVariable("id", id)
        .query("async", mode.async() ? "True" : null)
        .query("request_id", mode.requestId())
        .idempotent(true);
    if (body != null) {
      request.body(body);
    }
    return ops.retrieve(request, ProbeResult.class).defaultIfEmpty(EMPTY_PROBE_ANSWER);
  }
}
