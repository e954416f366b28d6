package io.nexla.reactive.users;

import io.nexla.reactive.common.AccessRole;
import io.nexla.reactive.common.ClientHandle;
import io.nexla.reactive.common.CopyOptions;
import io.nexla.reactive.common.ResourceClient;
import io.nexla.reactive.common.ListOptions;
import io.nexla.reactive.common.StandardResource;
import io.nexla.reactive.core.paging.PagedFlux;
import io.nexla.reactive.internal.ClientContext;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * Client of the users resource group ({@code /users}). Obtain it from {@code NexlaClient.users()}.
 *
 * <p>Every method is cold: the request is sent on subscription, anew for each subscription. Unless stated
 * otherwise a method signals {@code NotFoundException} for an unknown id, {@code ForbiddenException} when the
 * caller may not see the user, other {@code NexlaServiceException}s for error statuses,
 * {@code NexlaTransportException}, {@code NexlaTimeoutException}, or {@code NexlaDecodeException} for a body of
 * an unexpected shape.
 */
public final class UsersClient extends ResourceClient<User, UsersClient>
    implements StandardResource<User, UserCreate, UserUpdate, CopyOptions> {

  
  public UsersClient(ClientHandle context) {
    super(context, "users", "/users", User.class);
  }

  @Override
  protected UsersClient newInstance(ClientContext context) {
    return new UsersClient(context);
  }

  /**
   * Like {@link #list(ListOptions)}; with {@code expand} each user carries its {@link User#accountSummary()}
   * ({@code expand=1}). Paged lazily; errors as for {@link #list()}.
   */
  public PagedFlux<User> list(boolean expand, ListOptions options) {
    return ops.paged(ops.request(HttpMethod.GET, "/users", "list").query("expand", expand ? "1" : null),
        options, User.class);
  }

  /** Emits the user the credentials belong to, with org memberships and current org ({@code GET /users/current}). */
  public Mono<User> getCurrent() {
    return ops.retrieve(ops.request(HttpMethod.GET, "/users/current", "getCurrent"));
  }

  /** Emits each settings document of the current user ({@code GET /user_settings}); nothing for an empty body. */
  public Flux<UserSettings> getSettings() {
    return ops.retrieveList(ops.request(HttpMethod.GET, "/user_settings", "getSettings"), UserSettings.class);
  }

  /** Emits the user's quarantine export settings; completes empty for an empty body. */
  public Mono<QuarantineSettings> getQuarantineSettings(long userId) {
    return quarantine(HttpMethod.GET, "getQuarantineSettings", userId, null);
  }

  /** Creates the user's quarantine export settings and emits them. A POST: never re-sent after an ambiguous failure. */
  public Mono<QuarantineSettings> createQuarantineSettings(long userId, QuarantineSettingsInput settings) {
    return quarantine(HttpMethod.POST, "createQuarantineSettings", userId, settings);
  }

  /** Changes the user's quarantine export settings and emits them. */
  public Mono<QuarantineSettings> updateQuarantineSettings(long userId, QuarantineSettingsInput settings) {
    return quarantine(HttpMethod.PUT, "updateQuarantineSettings", userId, settings);
  }

  /** Deletes the user's quarantine export settings; completes empty when done (any answer body is ignored). */
  public Mono<Void> deleteQuarantineSettings(long userId) {
    return ops.send(ops.request(HttpMethod.DELETE, "/users/{id}/quarantine_settings", "deleteQuarantineSettings")
        .pathVariable("id", userId));
  }

  private Mono<QuarantineSettings> quarantine(HttpMethod method, String operation, long userId,
      @Nullable QuarantineSettingsInput body) {
    return ops.retrieve(ops.request(method, "/users/{id}/quarantine_settings", operation)
        .pathVariable("id", userId).body(body), QuarantineSettings.class);
  }

  /**
   * Emits what the user owns in an organisation and could hand over, keyed by resource type (free-form JSON, as the
   * API answers it).
   */
  public Mono<JsonNode> getTransferableResources(long userId, long orgId) {
    return ops.retrieve(ops.request(HttpMethod.GET, "/users/{id}/transferable", "getTransferableResources")
        .pathVariable("id", userId).query("org_id", orgId), JsonNode.class);
  }

  /**
   * Moves all of the user's resources in an organisation to the delegate owner and emits the server's answer
   * (free-form JSON).
   */
  public Mono<JsonNode> transferResources(long userId, ResourceTransfer transfer) {
    return ops.retrieve(ops.request(HttpMethod.PUT, "/users/{id}/transfer", "transferResources")
        .pathVariable("id", userId).body(transfer), JsonNode.class);
  }

  /**
   * Emits the user's flow account metrics ({@code {status, metrics: [...]}}) from {@code from} to {@code to}
   * (sent as {@code YYYY-MM-DD}), optionally for one organisation and aggregated ({@code aggregate=1}).
   */
  public Mono<JsonNode> getAccountMetrics(long userId, LocalDate from, @Nullable LocalDate to, @Nullable Long orgId,
      boolean aggregate) {
    return ops.retrieve(ops.request(HttpMethod.GET, "/users/{id}/flows/account_metrics", "getAccountMetrics")
        .pathVariable("id", userId).query("from", from).query("to", to).query("org_id", orgId)
        .query("aggregate", aggregate ? "1" : null), JsonNode.class);
  }

  /** Emits the status counts of the user's flows (free-form JSON), filtered by {@code query}. */
  public Mono<JsonNode> getFlowStatusMetrics(long userId, FlowStatusMetricsQuery query) {
    return ops.retrieve(ops.request(HttpMethod.GET, "/users/{id}/flows/status_metrics", "getFlowStatusMetrics")
        .pathVariable("id", userId).queryAll(query.toQuery()), JsonNode.class);
  }

  /** Emits the 24-hour flow dashboard of the user ({@code {status, metrics: {...}}}), optionally for a role. */
  public Mono<JsonNode> getDashboardMetrics(long userId, @Nullable AccessRole accessRole) {
    return ops.retrieve(ops.request(HttpMethod.GET, "/users/{id}/flows/dashboard", "getDashboardMetrics")
        .pathVariable("id", userId).query("access_role", accessRole == null ? null : accessRole.value()),
        JsonNode.class);
  }

  /**
   * Emits the user's daily, aggregated metrics of one resource kind from {@code from} to {@code to} (sent as
   * {@code YYYY-MM-DD}), optionally for one organisation.
   */
  public Mono<JsonNode> getDailyMetrics(long userId, MetricResourceType resourceType, LocalDate from,
      @Nullable LocalDate to, @Nullable Long orgId) {
    return ops.retrieve(ops.request(HttpMethod.GET, "/users/{id}/metrics", "getDailyMetrics")
        .pathVariable("id", userId).query("resource_type", resourceType.value()).query("from", from)
        .query("aggregate", "1").query("to", to).query("org_id", orgId), JsonNode.class);
  }
}
