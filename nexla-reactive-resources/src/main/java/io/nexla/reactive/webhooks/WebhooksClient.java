package io.nexla.reactive.webhooks;

import io.nexla.reactive.common.ClientHandle;
import io.nexla.reactive.common.GroupClient;
import io.nexla.reactive.core.CredentialSource;
import io.nexla.reactive.core.NexlaClientOptions;
import io.nexla.reactive.core.Secret;
import io.nexla.reactive.core.http.NexlaRequest;
import io.nexla.reactive.core.http.NexlaTransport;
import io.nexla.reactive.core.http.RequestOptions;
import io.nexla.reactive.core.http.WebClientTransport;
import io.nexla.reactive.core.internal.KnownSecrets;
import io.nexla.reactive.internal.ClientContext;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Pushes records into Nexla webhook sources with an API key. Obtain it from {@code NexlaClient.webhooks(apiKey)};
 * it shares the client's connections, timeouts and observation but never sends the session's bearer token.
 *
 * <p>A webhook URL is the full URL shown for a webhook source (e.g. {@code https://api.nexla.com/webhook/abc123}),
 * used as given, not relative to the API base URL. The API key goes in {@code Authorization: Basic base64(key)} by
 * default or, with {@link WebhookAuth#QUERY}, in the {@code api_key} query parameter (where URL logs may record it). The key is a secret:
 * it is absent from {@code toString()}, and masked by value (in every form a server may echo it) in every exception
 * message and TRACE log line.
 *
 * <p>Sends are POSTs and not idempotent: a send is never repeated after the request may have reached the server
 * (a lost connection after writing signals {@code NexlaTransportException} with
 * {@code requestMayHaveBeenProcessed()} true), so records are not duplicated by the client. Immutable and
 * thread-safe; {@link #withOptions} and {@link #withResponse} work as for every group client.
 */
public final class WebhooksClient extends GroupClient<WebhooksClient> implements AutoCloseable {

  private static final String OPERATION = "webhooks.send";
  /** Template reported in metrics and spans instead of the URL, which holds the webhook token. */
  private static final String PATH_TEMPLATE = "{webhook_url}";

  /** Webhooks need only their API key: a standalone client has no session credential to send, ever. */
  private static final CredentialSource NO_SESSION = CredentialSource.accessToken(Mono.error(() ->
      new IllegalStateException("A webhook client holds only a webhook API key, no Nexla session credential")));

  private final Secret apiKey;
  /** Makes the key a known secret: masked by value in every exception message, whichever request it came from. */
  private final KnownSecrets knownKey = new KnownSecrets();
  /** The transport this client created and must close; {@code null} when it shares a {@code NexlaClient}'s. */
  private final @Nullable NexlaTransport owned;

  public WebhooksClient(ClientHandle context, String apiKey) {
    this(context, apiKey, null);
  }

  private WebhooksClient(ClientHandle context, String apiKey, @Nullable NexlaTransport owned) {
    super(context);
    if (apiKey == null || apiKey.isBlank()) {
      throw new IllegalArgumentException("A webhook API key is required");
    }
    this.apiKey = Secret.of(apiKey, "webhookApiKey");
    knownKey.add(apiKey);
    this.owned = owned;
  }

  /**
   * A standalone webhook client with default options, for a sender that holds only a webhook API key (no service
   * key or access token). It owns a connection pool: {@link #close()} it when done.
   *
   * @throws IllegalArgumentException when the key is blank
   */
  public static WebhooksClient create(String apiKey) {
    return builder(apiKey).build();
  }

  /**
   * A builder of a standalone webhook client: every connection option of {@code NexlaClient.builder()} (timeouts,
   * proxy, TLS, retries, observation, …); credentials are not used and must not be set.
   */
  public static Builder builder(String apiKey) {
    return new Builder(apiKey);
  }

  /** Releases the connection pool of a {@linkplain #create(String) standalone} client; a no-op for a shared one. */
  @Override
  public void close() {
    if (owned != null) {
      owned.close();
    }
  }

  /** Like {@link #sendRecord(String, Object, WebhookSendOptions)} with default options. */
  public Mono<WebhookResponse> sendRecord(String webhookUrl, Object record) {
    return sendRecord(webhookUrl, record, WebhookSendOptions.DEFAULTS);
  }

  /**
   * Sends one record (serialised as a JSON object) to the webhook and emits the server's answer
   * ({@code dataset_id}, {@code processed}). Cold: sent on subscription, once per subscription. Completes empty if
   * the server answers with no body. Signals {@code IllegalArgumentException} for a malformed URL,
   * {@code NotFoundException} for an unknown webhook, {@code UnauthorizedException} for a wrong key, other
   * {@code NexlaServiceException}s, {@code NexlaTransportException}, {@code NexlaTimeoutException} or
   * {@code NexlaDecodeException}.
   */
  public Mono<WebhookResponse> sendRecord(String webhookUrl, Object record, WebhookSendOptions options) {
    return send(webhookUrl, record, options);
  }

  /** Like {@link #sendRecords(String, List, WebhookSendOptions)} with default options. */
  public Mono<WebhookResponse> sendRecords(String webhookUrl, List<?> records) {
    return sendRecords(webhookUrl, records, WebhookSendOptions.DEFAULTS);
  }

  /**
   * Sends records as one JSON array to the webhook (the same URL as for one record; an empty list is allowed) and
   * emits the server's answer. Cold; sent on subscription, once per subscription. Completes empty if the server
   * answers with no body. Signals the errors of {@link #sendRecord(String, Object, WebhookSendOptions)}.
   */
  public Mono<WebhookResponse> sendRecords(String webhookUrl, List<?> records, WebhookSendOptions options) {
    return send(webhookUrl, Collections.unmodifiableList(new ArrayList<>(records)), options);
  }

  /**
   * Pushes a stream of records to the webhook in batches and emits one {@link WebhookBatchResult} per batch, in
   * batch order. A batch is sent when it holds {@code maxRecords} records or {@code maxWait} after its first
   * record (timed on the client's scheduler); at most {@code concurrency} batches are in flight, and records are
   * requested from {@code records} only as batches can be sent, so a slow webhook slows the source down.
   *
   * <p>A failed batch does not end the stream: its result carries the error and its records, and the next
   * batches are still sent. A batch is never re-sent after an ambiguous failure. The returned flux signals an
   * error only if {@code records} does. Cold: nothing is requested from {@code records} before subscription;
   * cancelling stops batching and cancels sends in flight (whose records may or may not have been stored).
   */
  public Flux<WebhookBatchResult> push(String webhookUrl, Publisher<?> records, WebhookBatching batching) {
    return Flux.<Object>from(records)
        .bufferTimeout(batching.maxRecords(), batching.maxWait(), context().options().scheduler(), true)
        .index()
        .flatMapSequential(batch -> sendBatch(webhookUrl, batch.getT1(), batch.getT2(), batching.sendOptions()),
            batching.concurrency(), 1);
  }

  private Mono<WebhookBatchResult> sendBatch(String url, long index, List<Object> batch, WebhookSendOptions opts) {
    return send(url, batch, opts)
        .map(Optional::of)
        .defaultIfEmpty(Optional.empty())
        .map(response -> new WebhookBatchResult(index, batch, response.orElse(null), null))
        .onErrorResume(e -> Mono.just(new WebhookBatchResult(index, batch, null, e)));
  }

  private Mono<WebhookResponse> send(String webhookUrl, Object body, WebhookSendOptions options) {
    return Mono.defer(() -> context().transport().retrieve(context().build(request(webhookUrl, body, options)),
        WebhookResponse.class));
  }

  private NexlaRequest.Builder request(String webhookUrl, Object body, WebhookSendOptions options) {
    NexlaRequest.Builder request = NexlaRequest.builder(HttpMethod.POST, PATH_TEMPLATE)
        .absoluteUrl(parse(webhookUrl))
        .authenticated(false)
        .idempotent(false)
        .operation(OPERATION)
        .body(body)
        .query("include_headers", options.includeHeaders() ? "true" : null)
        .query("include_url_params", options.includeUrlParams() ? "true" : null)
        .query("force_schema_detection", options.forceSchemaDetection() ? "true" : null);
    if (options.auth() == WebhookAuth.HEADER) {
      String encoded = Base64.getEncoder().encodeToString(apiKey.reveal().getBytes(StandardCharsets.UTF_8));
      request.header("Authorization", "Basic " + encoded);
    } else {
      request.query("api_key", apiKey.reveal());
    }
    return request;
  }

  /** Parses the URL; the message names the problem, not the URL (its path holds the webhook token). */
  private static URI parse(String webhookUrl) {
    URI uri;
    try {
      uri = new URI(webhookUrl);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("Webhook URL is not a valid URI: " + e.getReason());
    }
    String scheme = uri.getScheme();
    if (uri.getHost() == null || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
      throw new IllegalArgumentException("Webhook URL must be an absolute http(s) URL with a host");
    }
    if (uri.getRawQuery() != null && uri.getRawQuery().contains("api_key=")) {
      throw new IllegalArgumentException("Webhook URL must not carry the API key; it is added by the client");
    }
    return uri;
  }

  /** A view over another context (per-call options) with the same key; used by {@link #withOptions}. */
  @Override
  protected WebhooksClient newInstance(ClientContext context) {
    return new WebhooksClient(context, apiKey.reveal(), null);
  }

  /** The API key is left out. */
  @Override
  public String toString() {
    return "WebhooksClient[apiKey=" + apiKey + "]";
  }

  /** Builds a standalone {@link WebhooksClient}; see {@link #builder(String)}. */
  public static final class Builder extends NexlaClientOptions.AbstractBuilder<Builder> {
    private final String apiKey;

    private Builder(String apiKey) {
      if (apiKey == null || apiKey.isBlank()) {
        throw new IllegalArgumentException("A webhook API key is required");
      }
      this.apiKey = apiKey;
    }

    /**
     * Builds the client; sends nothing.
     *
     * @throws IllegalStateException when a service key, access token or credential source was set
     */
    public WebhooksClient build() {
      NexlaTransport transport = WebClientTransport.create(credentials(NO_SESSION).buildOptions());
      return new WebhooksClient(new ClientContext(transport, RequestOptions.NONE), apiKey, transport);
    }
  }
}
