package io.nexla.reactive.notifications;

import io.nexla.reactive.common.ClientHandle;
import io.nexla.reactive.common.Deletable;
import io.nexla.reactive.common.Gettable;
import io.nexla.reactive.common.ResourceClient;
import io.nexla.reactive.common.ListOptions;
import io.nexla.reactive.common.Listable;
import io.nexla.reactive.core.http.NexlaRequest;
import io.nexla.reactive.core.paging.PagedFlux;
import io.nexla.reactive.internal.ClientContext;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Client of the notifications resource group: the caller's notifications ({@code /notifications}), notification
 * types, channel settings and notification settings. Obtain it from {@code NexlaClient.notifications()}.
 *
 * <p>Every method is cold: the request is sent on subscription, anew for each subscription. Unless stated
 * otherwise a method signals {@code NotFoundException} for an unknown id, other {@code NexlaServiceException}s for
 * error statuses, {@code NexlaTransportException}, {@code NexlaTimeoutException}, or {@code NexlaDecodeException}.
 * Methods emitting list items emit nothing for an empty (204) body.
 */
public final class NotificationsClient extends ResourceClient<Notification, NotificationsClient>
    implements Listable<Notification>, Gettable<Notification>, Deletable<Notification> {

  private static final String CHANNEL_SETTINGS = "/notification_channel_settings";
  private static final String SETTINGS = "/notification_settings";

  
  public NotificationsClient(ClientHandle context) {
    super(context, "notifications", "/notifications", Notification.class);
  }

  @Override
  protected NotificationsClient newInstance(ClientContext context) {
    return new NotificationsClient(context);
  }

  // ---- notifications ---------------------------------------------------------------------------------------

  /** Like {@link #list(ListOptions)}, filtered by read state, level and creation time. Paged lazily. */
  public PagedFlux<Notification> list(NotificationFilter filter, ListOptions options) {
    NexlaRequest.Builder r = ops.request(HttpMethod.GET, "/notifications", "list")
        .query("read", filter.read() == null ? null : filter.read() ? "1" : "0")
        .query("level", filter.level() == null ? null : filter.level().value())
        .query("from", epochSeconds(filter.from())).query("to", epochSeconds(filter.to()));
    return ops.paged(r, options, Notification.class);
  }

  private static @Nullable Long epochSeconds(@Nullable Instant time) {
    // The API reads 0 as "no bound", so the epoch itself is not sent.
    return time == null || time.getEpochSecond() == 0 ? null : time.getEpochSecond();
  }

  /** Emits how many notifications the caller has; {@code read} limits to read ({@code true}) or unread ones. */
  public Mono<NotificationCount> getCount(@Nullable Boolean read) {
    return ops.retrieve(ops.request(HttpMethod.GET, "/notifications/count", "getCount")
        .query("read", read == null ? null : read ? "1" : "0"), NotificationCount.class);
  }

  /** Deletes every notification of the caller; completes empty when done (any answer body is ignored). */
  public Mono<Void> deleteAll() {
    return ops.send(ops.request(HttpMethod.DELETE, "/notifications/all", "deleteAll"));
  }

  /** Marks the given notifications read (body: a JSON array of ids); completes empty when done. */
  public Mono<Void> markRead(List<Long> notificationIds) {
    return mark("/notifications/mark_read", "markRead", notificationIds);
  }

  /** Marks every notification read ({@code notification_id=all}, no body); completes empty when done. */
  public Mono<Void> markAllRead() {
    return mark("/notifications/mark_read", "markRead", null);
  }

  /** Marks the given notifications unread (body: a JSON array of ids); completes empty when done. */
  public Mono<Void> markUnread(List<Long> notificationIds) {
    return mark("/notifications/mark_unread", "markUnread", notificationIds);
  }

  /** Marks every notification unread ({@code notification_id=all}, no body); completes empty when done. */
  public Mono<Void> markAllUnread() {
    return mark("/notifications/mark_unread", "markUnread", null);
  }

  private Mono<Void> mark(String path, String operation, @Nullable List<Long> ids) {
    NexlaRequest.Builder r = ops.request(HttpMethod.PUT, path, operation);
    return ops.send(ids == null ? r.query("notification_id", "all") : r.body(List.copyOf(ids)));
  }

  // ---- notification types ----------------------------------------------------------------------------------

  /**
   * Emits each notification type; {@code active} limits to active ({@code status=ACTIVE}) or paused
   * ({@code status=PAUSE}) types.
   */
  public Flux<NotificationType> getTypes(@Nullable Boolean active) {
    return ops.retrieveList(ops.request(HttpMethod.GET, "/notification_types", "getTypes")
        .query("status", active == null ? null : active ? "ACTIVE" : "PAUSE"), NotificationType.class);
  }

  /** Emits the notification type of an event on a resource type (e.g. {@code ERROR} on {@code SOURCE}). */
  public Mono<NotificationType> getType(String eventType, String resourceType) {
    return ops.retrieve(ops.request(HttpMethod.GET, "/notification_types/list", "getType")
        .query("event_type", eventType).query("resource_type", resourceType), NotificationType.class);
  }

  // ---- channel settings ------------------------------------------------------------------------------------

  /** Emits each channel setting of the caller. */
  public Flux<NotificationChannelSetting> listChannelSettings() {
    return ops.retrieveList(ops.request(HttpMethod.GET, CHANNEL_SETTINGS, "listChannelSettings"),
        NotificationChannelSetting.class);
  }

  /** Creates a channel setting and emits it. A POST: never re-sent after an ambiguous failure. */
  public Mono<NotificationChannelSetting> createChannelSetting(NotificationChannelSettingCreate setting) {
    return ops.retrieve(ops.request(HttpMethod.POST, CHANNEL_SETTINGS, "createChannelSetting").body(setting),
        NotificationChannelSetting.class);
  }

  /** Emits one channel setting. */
  public Mono<NotificationChannelSetting> getChannelSetting(long id) {
    return ops.retrieve(byId(HttpMethod.GET, CHANNEL_SETTINGS, "getChannelSetting", id),
        NotificationChannelSetting.class);
  }

  /** Changes a channel setting and emits it. */
  public Mono<NotificationChannelSetting> updateChannelSetting(long id, NotificationChannelSettingUpdate setting) {
    return ops.retrieve(byId(HttpMethod.PUT, CHANNEL_SETTINGS, "updateChannelSetting", id).body(setting),
        NotificationChannelSetting.class);
  }

  /** Deletes a channel setting; completes empty when done. */
  public Mono<Void> deleteChannelSetting(long id) {
    return ops.send(byId(HttpMethod.DELETE, CHANNEL_SETTINGS, "deleteChannelSetting", id));
  }

  // ---- notification settings -------------------------------------------------------------------------------

  /** Emits each notification setting of the caller, optionally filtered (a {@code null} filter is not sent). */
  public Flux<NotificationSetting> listSettings(@Nullable String eventType, @Nullable String resourceType,
      @Nullable String status) {
    return ops.retrieveList(ops.request(HttpMethod.GET, SETTINGS, "listSettings").query("event_type", eventType)
        .query("resource_type", resourceType).query("status", status), NotificationSetting.class);
  }

  /** Creates a notification setting and emits it. A POST: never re-sent after an ambiguous failure. */
  public Mono<NotificationSetting> createSetting(NotificationSettingCreate setting) {
    return ops.retrieve(ops.request(HttpMethod.POST, SETTINGS, "createSetting").body(setting),
        NotificationSetting.class);
  }

  /** Emits one notification setting. */
  public Mono<NotificationSetting> getSetting(long id) {
    return ops.retrieve(byId(HttpMethod.GET, SETTINGS, "getSetting", id), NotificationSetting.class);
  }

  /** Changes a notification setting and emits it. */
  public Mono<NotificationSetting> updateSetting(long id, NotificationSettingUpdate setting) {
    return ops.retrieve(byId(HttpMethod.PUT, SETTINGS, "updateSetting", id).body(setting),
        NotificationSetting.class);
  }

  /** Deletes a notification setting; completes empty when done. */
  public Mono<Void> deleteSetting(long id) {
    return ops.send(byId(HttpMethod.DELETE, SETTINGS, "deleteSetting", id));
  }

  /** Emits each setting of one notification type, expanded ({@code expand=true}). */
  public Flux<NotificationSetting> getSettingsByType(long notificationTypeId) {
    return getSettingsByType(notificationTypeId, true);
  }

  /**
   * Emits each setting of one notification type, expanded ({@code expand=true}) or as stored ({@code expand} not
   * sent). Cold: sent on subscription; retried on transient failures.
   */
  public Flux<NotificationSetting> getSettingsByType(long notificationTypeId, boolean expand) {
    return ops.retrieveList(ops.request(HttpMethod.GET, SETTINGS + "/notification_types/{type_id}",
        "getSettingsByType").pathVariable("type_id", notificationTypeId).query("expand", expand ? "true" : null),
        NotificationSetting.class);
  }

  /**
   * Emits each notification setting of one resource, expanded. With {@code filterOverridden} settings overridden
   * at resource level hide the defaults; {@code notificationTypeId} limits to one type.
   *
   * @param resourceType the resource kind as the API names it here, e.g. {@code SOURCE}
   */
  public Flux<NotificationSetting> getResourceSettings(String resourceType, long resourceId,
      boolean filterOverridden, @Nullable Long notificationTypeId) {
    return getResourceSettings(resourceType, resourceId, filterOverridden, notificationTypeId, true);
  }

  /**
   * As {@link #getResourceSettings(String, long, boolean, Long)}, expanded ({@code expand=true}) or as stored
   * ({@code expand} not sent).
   */
  public Flux<NotificationSetting> getResourceSettings(String resourceType, long resourceId,
      boolean filterOverridden, @Nullable Long notificationTypeId, boolean expand) {
    return ops.retrieveList(ops.request(HttpMethod.GET, SETTINGS + "/{resource_type}/{resource_id}",
        "getResourceSettings").pathVariable("resource_type", resourceType).pathVariable("resource_id", resourceId)
        .query("expand", expand ? "true" : null).query("filter_overridden_settings", filterOverridden ? "true" : null)
        .query("notification_type_id", notificationTypeId), NotificationSetting.class);
  }

  private NexlaRequest.Builder byId(HttpMethod method, String path, String operation, long id) {
    return ops.request(method, path + "/{id}", operation).pathVariable("id", id);
  }
}
