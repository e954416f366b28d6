package io.nexla.reactive.marketplace;

import io.nexla.reactive.common.ClientHandle;
import io.nexla.reactive.common.GroupClient;
import io.nexla.reactive.core.http.NexlaRequest;
import io.nexla.reactive.internal.ClientContext;
import io.nexla.reactive.internal.ResourceOperations;
import io.nexla.reactive.internal.ResourceUserList;
import io.nexla.reactive.organizations.Custodian;
import io.nexla.reactive.organizations.UserRef;
import java.util.List;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * Client of the marketplace resource group: domains ({@code /marketplace/domains}), their items and custodians.
 * Obtain it from {@code NexlaClient.marketplace()}.
 *
 * <p>Every method is cold: the request is sent on subscription, anew for each subscription. Unless stated
 * otherwise a method signals {@code NotFoundException} for an unknown id, {@code ForbiddenException}, other
 * {@code NexlaServiceException}s for error statuses, {@code NexlaTransportException},
 * {@code NexlaTimeoutException}, or {@code NexlaDecodeException}. Lists emit nothing for an empty body.
 */
public final class MarketplaceClient extends GroupClient<MarketplaceClient> {

  private static final String DOMAINS = "/marketplace/domains";

  private final ResourceOperations<MarketplaceDomain> ops;
  private final ResourceUserList<Custodian> custodians;

  public MarketplaceClient(ClientHandle context) {
    super(context);
    this.ops = new ResourceOperations<>(context, "marketplace", DOMAINS, MarketplaceDomain.class);
    this.custodians = new ResourceUserList<>(ops, "custodians", Custodian.class);
  }

  @Override
  protected MarketplaceClient newInstance(ClientContext context) {
    return new MarketplaceClient(context);
  }

  // ---- domains ---------------------------------------------------------------------------------------------

  /**
   * Emits each domain visible to the caller from one {@code GET /marketplace/domains}: the endpoint cannot page,
   * so this is a plain {@code Flux}. Cold: sent on subscription.
   */
  public Flux<MarketplaceDomain> listDomains() {
    return ops.retrieveList(ops.request(HttpMethod.GET, DOMAINS, "listDomains"), MarketplaceDomain.class);
  }

  /** Emits each domain of an organisation. */
  public Flux<MarketplaceDomain> getDomainsForOrg(long orgId) {
    return ops.retrieveList(ops.request(HttpMethod.GET, DOMAINS + "/for_org", "getDomainsForOrg")
        .query("org_id", orgId), MarketplaceDomain.class);
  }

  /**
   * Creates a domain and emits every domain the server answers with (an array, or a single object). A POST:
   * never re-sent after an ambiguous failure; {@code ConflictException} for a duplicate name.
   */
  public Flux<MarketplaceDomain> createDomains(MarketplaceDomainCreate domain) {
    return ops.retrieveList(ops.request(HttpMethod.POST, DOMAINS, "createDomains").body(domain),
        MarketplaceDomain.class);
  }

  /**
   * Like {@link #createDomains(MarketplaceDomainCreate)}, emitting only the first domain of the answer (normally
   * the new one).
   */
  public Mono<MarketplaceDomain> createDomain(MarketplaceDomainCreate domain) {
    return createDomains(domain).next();
  }

  /** Emits one domain. */
  public Mono<MarketplaceDomain> getDomain(long domainId) {
    return ops.retrieve(domain(HttpMethod.GET, "", "getDomain", domainId));
  }

  /** Changes a domain and emits it. */
  public Mono<MarketplaceDomain> updateDomain(long domainId, MarketplaceDomainUpdate domain) {
    return ops.retrieve(domain(HttpMethod.PUT, "", "updateDomain", domainId).body(domain));
  }

  /** Deletes a domain; completes empty when done (any answer body is ignored). */
  public Mono<Void> deleteDomain(long domainId) {
    return ops.send(domain(HttpMethod.DELETE, "", "deleteDomain", domainId));
  }

  // ---- items -----------------------------------------------------------------------------------------------

  /** Emits each item published in the domain. */
  public Flux<MarketplaceItem> listDomainItems(long domainId) {
    return ops.retrieveList(domain(HttpMethod.GET, "/items", "listDomainItems", domainId), MarketplaceItem.class);
  }

  /**
   * Publishes a nexset into the domain and emits the items the server answers with. A POST: never re-sent after an
   * ambiguous failure.
   */
  public Flux<MarketplaceItem> createDomainItem(long domainId, MarketplaceItemCreate item) {
    return ops.retrieveList(domain(HttpMethod.POST, "/items", "createDomainItem", domainId).body(item),
        MarketplaceItem.class);
  }

  // ---- custodians ------------------------------------------------------------------------------------------

  /** Emits each custodian of the domain. */
  public Flux<Custodian> listDomainCustodians(long domainId) {
    return custodians.list("listDomainCustodians", domainId);
  }

  /** Sets the domain's custodians and emits them. */
  public Flux<Custodian> updateDomainCustodians(long domainId, List<UserRef> users) {
    return custodians.change(HttpMethod.PUT, "updateDomainCustodians", domainId, users);
  }

  /** Adds custodians and emits the list afterwards. A POST: never re-sent after an ambiguous failure. */
  public Flux<Custodian> addDomainCustodians(long domainId, List<UserRef> users) {
    return custodians.change(HttpMethod.POST, "addDomainCustodians", domainId, users);
  }

  /** Removes custodians (a DELETE with a JSON body) and emits the server's answer as free-form JSON. */
  public Mono<JsonNode> removeDomainCustodians(long domainId, List<UserRef> users) {
    return custodians.remove("removeDomainCustodians", domainId, users);
  }

  private NexlaRequest.Builder domain(HttpMethod method, String suffix, String operation, long domainId) {
    return ops.request(method, DOMAINS + "/{id}" + suffix, operation).pathVariable("id", domainId);
  }
}
