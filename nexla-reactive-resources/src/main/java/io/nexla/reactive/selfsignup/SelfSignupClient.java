package io.nexla.reactive.selfsignup;

import io.nexla.reactive.common.ClientHandle;
import io.nexla.reactive.common.GroupClient;
import io.nexla.reactive.core.http.NexlaRequest;
import io.nexla.reactive.internal.ClientContext;
import io.nexla.reactive.internal.ResourceOperations;
import java.util.Map;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * Client of the self sign-up resource group: signing up, and its administration (sign-up requests, blocked
 * domains). Obtain it from {@code NexlaClient.selfSignup()}. Requests are authenticated like every other call.
 *
 * <p>Every method is cold: the request is sent on subscription, anew for each subscription. Unless stated
 * otherwise a method signals {@code NotFoundException} for an unknown id, {@code ForbiddenException} for a caller
 * who is not an administrator, other {@code NexlaServiceException}s for error statuses,
 * {@code NexlaTransportException}, {@code NexlaTimeoutException}, or {@code NexlaDecodeException}. Lists emit
 * nothing for an empty or null body.
 */
public final class SelfSignupClient extends GroupClient<SelfSignupClient> {

  private static final String BLOCKED = "/self_signup_blocked_domains";

  private final ResourceOperations<SelfSignupRequest> ops;

  public SelfSignupClient(ClientHandle context) {
    super(context);
    this.ops = new ResourceOperations<>(context, "selfSignup", "/self_signup_requests", SelfSignupRequest.class);
  }

  @Override
  protected SelfSignupClient newInstance(ClientContext context) {
    return new SelfSignupClient(context);
  }

  /**
   * Signs a new user up and emits the server's answer (free-form JSON). A POST: never re-sent after an ambiguous
   * failure; {@code ConflictException} when the e-mail is taken.
   */
  public Mono<JsonNode> signup(SignupInput signup) {
    return ops.retrieve(ops.request(HttpMethod.POST, "/signup", "signup").body(signup), JsonNode.class);
  }

  /** Confirms a sign-up's e-mail address with the token mailed to it and emits the server's answer. */
  public Mono<JsonNode> verifyEmail(String token) {
    return ops.retrieve(ops.request(HttpMethod.GET, "/signup/verify_email", "verifyEmail").query("token", token),
        JsonNode.class);
  }

  /** Emits each sign-up request. */
  public Flux<SelfSignupRequest> listRequests() {
    return ops.retrieveList(ops.request(HttpMethod.GET, "/self_signup_requests", "listRequests"),
        SelfSignupRequest.class);
  }

  /** Approves a sign-up request and emits it with its new status. */
  public Mono<SelfSignupRequest> approveRequest(long id) {
    return ops.retrieve(ops.request(HttpMethod.PUT, "/self_signup_requests/{id}/approve", "approveRequest")
        .pathVariable("id", id));
  }

  /** Emits each blocked domain. */
  public Flux<BlockedDomain> listBlockedDomains() {
    return ops.retrieveList(ops.request(HttpMethod.GET, BLOCKED, "listBlockedDomains"), BlockedDomain.class);
  }

  /** Blocks a domain (e.g. {@code bad.com}) and emits the entry. A POST: never re-sent after an ambiguous failure. */
  public Mono<BlockedDomain> addBlockedDomain(String domain) {
    return ops.retrieve(ops.request(HttpMethod.POST, BLOCKED, "addBlockedDomain").body(Map.of("domain", domain)),
        BlockedDomain.class);
  }

  /** Changes a blocked domain and emits the entry. */
  public Mono<BlockedDomain> updateBlockedDomain(long id, String domain) {
    return ops.retrieve(blocked(HttpMethod.PUT, "updateBlockedDomain", id).body(Map.of("domain", domain)),
        BlockedDomain.class);
  }

  /** Unblocks a domain; completes empty when done (any answer body is ignored). */
  public Mono<Void> deleteBlockedDomain(long id) {
    return ops.send(blocked(HttpMethod.DELETE, "deleteBlockedDomain", id));
  }

  private NexlaRequest.Builder blocked(HttpMethod method, String operation, long id) {
    return ops.request(method, BLOCKED + "/{id}", operation).pathVariable("id", id);
  }
}
