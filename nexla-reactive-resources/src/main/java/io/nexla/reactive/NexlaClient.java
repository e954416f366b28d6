package io.nexla.reactive;

import io.nexla.reactive.approvalrequests.ApprovalRequestsClient;
import io.nexla.reactive.asynctasks.AsyncTasksClient;
import io.nexla.reactive.attributetransforms.AttributeTransformsClient;
import io.nexla.reactive.codecontainers.CodeContainersClient;
import io.nexla.reactive.core.NexlaClientOptions;
import io.nexla.reactive.core.auth.AccessToken;
import io.nexla.reactive.core.http.NexlaTransport;
import io.nexla.reactive.core.http.RequestOptions;
import io.nexla.reactive.core.http.WebClientTransport;
import io.nexla.reactive.credentials.CredentialsClient;
import io.nexla.reactive.dataschemas.DataSchemasClient;
import io.nexla.reactive.destinations.DestinationsClient;
import io.nexla.reactive.doccontainers.DocContainersClient;
import io.nexla.reactive.flows.FlowsClient;
import io.nexla.reactive.genai.GenAiClient;
import io.nexla.reactive.internal.ClientContext;
import io.nexla.reactive.lookups.LookupsClient;
import io.nexla.reactive.marketplace.MarketplaceClient;
import io.nexla.reactive.metrics.MetricsClient;
import io.nexla.reactive.nexsets.NexsetsClient;
import io.nexla.reactive.notifications.NotificationsClient;
import io.nexla.reactive.organizations.OrganizationsClient;
import io.nexla.reactive.orgauthconfigs.OrgAuthConfigsClient;
import io.nexla.reactive.projects.ProjectsClient;
import io.nexla.reactive.runtimes.RuntimesClient;
import io.nexla.reactive.selfsignup.SelfSignupClient;
import io.nexla.reactive.sources.SourcesClient;
import io.nexla.reactive.teams.TeamsClient;
import io.nexla.reactive.transforms.TransformsClient;
import io.nexla.reactive.users.UsersClient;
import io.nexla.reactive.webhooks.WebhooksClient;
import reactor.core.publisher.Mono;

/**
 * Entry point of the Nexla reactive client: one small client per resource group, every method a cold
 * {@code Mono} or {@code Flux} (nothing is sent until subscription; each subscription is a new call).
 *
 * <pre>{@code
 * NexlaClient client = NexlaClient.builder().serviceKey(key).build();
 * client.sources().list().subscribe(source -> log.info("{}", source.name()));
 * }</pre>
 *
 * <p>Immutable and thread-safe: build one per application and share it. {@link #close()} releases its
 * connection pool.
 */
public final class NexlaClient implements AutoCloseable {

  private final NexlaTransport transport;
  private final FlowsClient flows;
  private final SourcesClient sources;
  private final DestinationsClient destinations;
  private final NexsetsClient nexsets;
  private final CredentialsClient credentials;
  private final LookupsClient lookups;
  private final AsyncTasksClient asyncTasks;
  private final MetricsClient metrics;
  private final CodeContainersClient codeContainers;
  private final TransformsClient transforms;
  private final AttributeTransformsClient attributeTransforms;
  private final UsersClient users;
  private final OrganizationsClient organizations;
  private final TeamsClient teams;
  private final ProjectsClient projects;
  private final NotificationsClient notifications;
  private final ApprovalRequestsClient approvalRequests;
  private final RuntimesClient runtimes;
  private final MarketplaceClient marketplace;
  private final OrgAuthConfigsClient orgAuthConfigs;
  private final GenAiClient genAi;
  private final SelfSignupClient selfSignup;
  private final DocContainersClient docContainers;
  private final DataSchemasClient dataSchemas;

  private NexlaClient(NexlaTransport transport) {
    this.transport = transport;
    ClientContext context = new ClientContext(transport, RequestOptions.NONE);
    this.flows = new FlowsClient(context);
    this.sources = new SourcesClient(context);
    this.destinations = new DestinationsClient(context);
    this.nexsets = new NexsetsClient(context);
    this.credentials = new CredentialsClient(context);
    this.lookups = new LookupsClient(context);
    this.asyncTasks = new AsyncTasksClient(context);
    this.metrics = new MetricsClient(context);
    this.codeContainers = new CodeContainersClient(context);
    this.transforms = new TransformsClient(context);
    this.attributeTransforms = new AttributeTransformsClient(context);
    this.users = new UsersClient(context);
    this.organizations = new OrganizationsClient(context);
    this.teams = new TeamsClient(context);
    this.projects = new ProjectsClient(context);
    this.notifications = new NotificationsClient(context);
    this.approvalRequests = new ApprovalRequestsClient(context);
    this.runtimes = new RuntimesClient(context);
    this.marketplace = new MarketplaceClient(context);
    this.orgAuthConfigs = new OrgAuthConfigsClient(context);
    this.genAi = new GenAiClient(context);
    this.selfSignup = new SelfSignupClient(context);
    this.docContainers = new DocContainersClient(context);
    this.dataSchemas = new DataSchemasClient(context);
  }

  /** A builder; see {@link NexlaClientOptions.AbstractBuilder} for every option. */
  public static Builder builder() {
    return new Builder();
  }

  /** A client over an existing transport (for tests and custom transports). */
  public static NexlaClient of(NexlaTransport transport) {
    return new NexlaClient(transport);
  }

  /** The configuration of this client. */
  public NexlaClientOptions options() {
    return transport.options();
  }

  /** The transport every group sends through. */
  public NexlaTransport transport() {
    return transport;
  }

  /** The flows resource group. */
  public FlowsClient flows() {
    return flows;
  }

  /** The sources resource group. */
  public SourcesClient sources() {
    return sources;
  }

  /** The destinations resource group. */
  public DestinationsClient destinations() {
    return destinations;
  }

  /** The nexsets resource group. */
  public NexsetsClient nexsets() {
    return nexsets;
  }

  /** The credentials resource group. */
  public CredentialsClient credentials() {
    return credentials;
  }

  /** The lookups resource group. */
  public LookupsClient lookups() {
    return lookups;
  }

  /** The asynctasks resource group. */
  public AsyncTasksClient asyncTasks() {
    return asyncTasks;
  }

  /** The metrics resource group. */
  public MetricsClient metrics() {
    return metrics;
  }

  /** The codecontainers resource group. */
  public CodeContainersClient codeContainers() {
    return codeContainers;
  }

  /** The transforms resource group. */
  public TransformsClient transforms() {
    return transforms;
  }

  /** The attributetransforms resource group. */
  public AttributeTransformsClient attributeTransforms() {
    return attributeTransforms;
  }

  /** The users resource group. */
  public UsersClient users() {
    return users;
  }

  /** The organizations resource group. */
  public OrganizationsClient organizations() {
    return organizations;
  }

  /** The teams resource group. */
  public TeamsClient teams() {
    return teams;
  }

  /** The projects resource group. */
  public ProjectsClient projects() {
    return projects;
  }

  /** The notifications resource group. */
  public NotificationsClient notifications() {
    return notifications;
  }

  /** The approvalrequests resource group. */
  public ApprovalRequestsClient approvalRequests() {
    return approvalRequests;
  }

  /** The runtimes resource group. */
  public RuntimesClient runtimes() {
    return runtimes;
  }

  /** The marketplace resource group. */
  public MarketplaceClient marketplace() {
    return marketplace;
  }

  /** The orgauthconfigs resource group. */
  public OrgAuthConfigsClient orgAuthConfigs() {
    return orgAuthConfigs;
  }

  /** The genai resource group. */
  public GenAiClient genAi() {
    return genAi;
  }

  /** The selfsignup resource group. */
  public SelfSignupClient selfSignup() {
    return selfSignup;
  }

  /** The doccontainers resource group. */
  public DocContainersClient docContainers() {
    return docContainers;
  }

  /** The dataschemas resource group. */
  public DataSchemasClient dataSchemas() {
    return dataSchemas;
  }

  /**
   * A client for pushing records into webhook sources with the given API key (sent as {@code ?api_key=} by
   * default). It shares this client's connection pool, retries and observation, never its access tokens.
   */
  public WebhooksClient webhooks(String apiKey) {
    return new WebhooksClient(new ClientContext(transport, RequestOptions.NONE), apiKey);
  }

  /**
   * Emits the access token calls are sent with now: the cached one or, when none is cached or it is due for
   * refresh, a new one obtained on subscription (with the service key, or from the credential source). For
   * applications that must pass the token on (e.g. to another Nexla tool). Signals
   * {@code NexlaAuthenticationException} when no token can be had. The token's value is a {@code Secret}.
   */
  public Mono<AccessToken> accessToken() {
    return transport.accessToken();
  }

  /**
   * Forgets the current token and emits a new one, obtained on subscription: after rotating a service key in its
   * credential source, or when a token is known to be revoked. Concurrent refreshes share one token request.
   * Signals {@code NexlaAuthenticationException} for a fixed access token (it cannot be refreshed) or when no
   * token can be had.
   */
  public Mono<AccessToken> refreshAccessToken() {
    return transport.refreshAccessToken();
  }

  /**
   * Ends the session: {@code POST /token/logout}, then forgets the token. Completes empty; HTTP errors from
   * logout are ignored (best effort). A service-key client obtains a new token on its next call; a direct access
   * token client cannot be used afterwards.
   */
  public Mono<Void> logout() {
    return transport.logout();
  }

  /** Releases the connection pool owned by this client (not one supplied by the application). */
  @Override
  public void close() {
    transport.close();
  }

  /** Builder of {@link NexlaClient}: every option of {@link NexlaClientOptions}, plus {@link #build()}. */
  public static final class Builder extends NexlaClientOptions.AbstractBuilder<Builder> {
    private Builder() {}

    /**
     * Builds the client. Sends nothing: the first token is requested by the first call.
     *
     * @throws IllegalStateException if no credential, or both a service key and an access token, are configured
     * @throws IllegalArgumentException if the base URL is not https for a non-loopback host
     */
    public NexlaClient build() {
      return new NexlaClient(WebClientTransport.create(buildOptions()));
    }
  }
}
