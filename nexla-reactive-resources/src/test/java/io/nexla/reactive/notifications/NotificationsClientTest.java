package io.nexla.reactive.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.common.ListOptions;
import io.nexla.reactive.core.json.NexlaJson;
import io.nexla.reactive.core.testing.RecordingTransport;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

class NotificationsClientTest {

  private final RecordingTransport transport = new RecordingTransport();
  private final NotificationsClient notifications = NexlaClient.of(transport).notifications();

  @Test
  void listFiltersAreEncodedAsTheApiExpects() {
    transport.answer("[{\"id\": 1, \"level\": \"CATASTROPHE\", \"resource_type\": \"SOURCE\"}]");
    NotificationFilter filter = new NotificationFilter(false, NotificationLevel.ERROR,
        Instant.ofEpochSecond(1_700_000_000), Instant.EPOCH);
    StepVerifier.create(notifications.list(filter, ListOptions.DEFAULTS))
        .assertNext(n -> assertThat(n.level()).isEqualTo(NotificationLevel.of("CATASTROPHE"))).verifyComplete();
    assertThat(transport.first().query()).containsEntry("read", List.of("0"))
        .containsEntry("level", List.of("ERROR")).containsEntry("from", List.of("1700000000"))
        .doesNotContainKey("to");
  }

  @Test
  void markReadSendsABareArrayAndMarkAllSendsTheAllParameterWithoutBody() {
    transport.answer("");
    StepVerifier.create(notifications.markRead(List.of(1L, 2L))).verifyComplete();
    assertThat(RecordingTransport.json(transport.single())).isEqualTo("[1,2]");
    assertThat(transport.single().query()).isEmpty();

    transport.requests().clear();
    StepVerifier.create(notifications.markAllUnread()).verifyComplete();
    assertThat(transport.single().pathTemplate()).isEqualTo("/notifications/mark_unread");
    assertThat(transport.single().query()).containsExactly(Map.entry("notification_id", List.of("all")));
    assertThat(transport.single().body()).isNull();
  }

  @Test
  void typesReadABooleanOrStringStatusAndTheDefaultFlag() {
    NotificationType type = NexlaJson.mapper().readValue("{\"id\": 3, \"name\": \"Source error\", \"category\": "
        + "\"DATA\", \"default\": true, \"status\": false, \"event_type\": \"ERROR\"}", NotificationType.class);
    assertThat(type.isDefault()).isTrue();
    assertThat(type.isActive()).isFalse();
    NotificationType active = NexlaJson.mapper().readValue("{\"id\": 4, \"status\": \"ACTIVE\"}",
        NotificationType.class);
    assertThat(active.isActive()).isTrue();
    assertThat(type.category()).isEqualTo(NotificationCategory.DATA);
  }

  @Test
  void settingCreateAlwaysSendsConfigAndResourceSettingsSendTheirFlags() {
    StepVerifier.create(notifications.createSetting(
        NotificationSettingCreate.builder(NotificationChannel.EMAIL, 3).build())).expectNextCount(1).verifyComplete();
    assertThat(RecordingTransport.json(transport.single()))
        .isEqualTo("{\"channel\":\"EMAIL\",\"notification_type_id\":3,\"config\":{}}");

    transport.requests().clear();
    transport.answer("[]");
    StepVerifier.create(notifications.getResourceSettings("SOURCE", 12, true, 3L)).verifyComplete();
    assertThat(RecordingTransport.path(transport.single())).isEqualTo("/notification_settings/SOURCE/12");
    assertThat(transport.single().query()).containsEntry("expand", List.of("true"))
        .containsEntry("filter_overridden_settings", List.of("true"))
        .containsEntry("notification_type_id", List.of("3"));
  }

  @Test
  void countReadsTheNumber() {
    transport.answer("{\"count\": 42}");
    StepVerifier.create(notifications.getCount(true)).assertNext(c -> assertThat(c.count()).isEqualTo(42))
        .verifyComplete();
    assertThat(transport.single().query()).containsEntry("read", List.of("1"));
  }
}
