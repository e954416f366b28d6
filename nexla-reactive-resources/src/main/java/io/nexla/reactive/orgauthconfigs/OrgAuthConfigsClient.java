package io.nexla.reactive.orgauthconfigs;

import io.nexla.reactive.common.AccessControlled;
import io.nexla.reactive.common.Audited;
import io.nexla.reactive.common.ClientHandle;
import io.nexla.reactive.common.Copyable;
import io.nexla.reactive.common.Creatable;
import io.nexla.reactive.common.Deletable;
import io.nexla.reactive.common.Gettable;
import io.nexla.reactive.common.CopyOptions;
import io.nexla.reactive.common.ResourceClient;
import io.nexla.reactive.common.Lifecycle;
import io.nexla.reactive.common.Updatable;
import io.nexla.reactive.internal.ClientContext;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;

/**
 * Client of the org auth configs resource group ({@code /api_auth_configs}: SAML/OIDC single sign-on
 * configurations). Obtain it from {@code NexlaClient.orgAuthConfigs()}. Lists are not paged.
 *
 * <p>Every method is cold: the request is sent on subscription, anew for each subscription. Unless stated
 * otherwise a method signals {@code NotFoundException} for an unknown id, {@code ForbiddenException} for a caller
 * who is not an administrator, other {@code NexlaServiceException}s for error statuses,
 * {@code NexlaTransportException}, {@code NexlaTimeoutException}, or {@code NexlaDecodeException}.
 */
public final class OrgAuthConfigsClient extends ResourceClient<AuthConfig, OrgAuthConfigsClient>
    implements Gettable<AuthConfig>, Creatable<AuthConfig, AuthConfigPayload>,
        Updatable<AuthConfig, AuthConfigPayload>,
        Deletable<AuthConfig>, Lifecycle<AuthConfig>, Copyable<AuthConfig, CopyOptions>,
        Audited<AuthConfig>, AccessControlled<AuthConfig> {

  
  public OrgAuthConfigsClient(ClientHandle context) {
    super(context, "orgAuthConfigs", "/api_auth_configs", AuthConfig.class);
  }

  @Override
  protected OrgAuthConfigsClient newInstance(ClientContext context) {
    return new OrgAuthConfigsClient(context);
  }

  /**
   * Emits each configuration of the caller's organisation from one {@code GET /api_auth_configs}: the endpoint
   * cannot page, so this is a plain {@code Flux}. Cold: sent on subscription. Nothing for an empty body.
   */
  public Flux<AuthConfig> list() {
    return ops.retrieveList(ops.request(HttpMethod.GET, "/api_auth_configs", "list"), AuthConfig.class);
  }

  /**
   * Emits every configuration of every organisation (administrators only) from one
   * {@code GET /api_auth_configs/all}, which cannot page. Cold. Nothing for an empty body.
   */
  public Flux<AuthConfig> listAll() {
    return ops.retrieveList(ops.request(HttpMethod.GET, "/api_auth_configs/all", "listAll"), AuthConfig.class);
  }
}
