package io.nexla.reactive.notifications;

import static io.nexla.reactive.testing.SentBodies.last;
import static io.nexla.reactive.testing.SentBodies.names;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.common.ResourceStatus;
import io.nexla.reactive.testkit.NexlaEmulator;
import io.nexla.reactive.testkit.NexlaEmulatorExtension;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

/** Channel setting and notification setting bodies as the emulator receives them over loopback HTTP. */
@ExtendWith(NexlaEmulatorExtension.class)
class NotificationRequestsWireTest {

  @Test
  void channelSettingCreateSendsChannelAndConfigAndUpdateOnlyWhatWasSet(NexlaEmulator emulator,
      NexlaClient client) {
    StepVerifier.create(client.notifications().createChannelSetting(NotificationChannelSettingCreate.builder(
            NotificationChannel.EMAIL, Map.of("email", "ops@example.com")).field("label", "ops").build())
            .flatMap(s -> client.notifications().updateChannelSetting(s.id(),
                NotificationChannelSettingUpdate.builder().field("label", "on call").build())))
        .expectNextCount(1).verifyComplete();

    JsonNode created = last(emulator, "POST", "/notification_channel_settings");
    assertThat(names(created)).containsExactly("channel", "config", "label");
    assertThat(created.get("config").get("email").asString()).isEqualTo("ops@example.com");
    assertThat(names(last(emulator, "PUT", "/notification_channel_settings/{id}"))).containsExactly("label");
  }

  @Test
  void settingCreateAlwaysSendsConfigAndLeavesOutWhatWasNotSet(NexlaEmulator emulator, NexlaClient client) {
    StepVerifier.create(client.notifications().createSetting(NotificationSettingCreate.builder(
            NotificationChannel.APP, 1).resourceId(12).field("priority", 3).build()))
        .expectNextCount(1).verifyComplete();

    JsonNode body = last(emulator, "POST", "/notification_settings");
    assertThat(names(body)).containsExactly("channel", "notification_type_id", "config", "resource_id", "priority");
    assertThat(body.get("config").isEmpty()).isTrue();
  }

  @Test
  void settingUpdateSendsOnlyTheFieldsSet(NexlaEmulator emulator, NexlaClient client) {
    long id = emulator.store().create("notification_settings", Map.of("channel", "APP")).get("id").asLong();

    StepVerifier.create(client.notifications().updateSetting(id, NotificationSettingUpdate.builder().checked(true)
            .status(ResourceStatus.PAUSED).field("priority", 1).build()))
        .expectNextCount(1).verifyComplete();

    JsonNode body = last(emulator, "PUT", "/notification_settings/{id}");
    assertThat(names(body)).containsExactly("status", "checked", "priority");
    assertThat(body.get("status").asString()).isEqualTo("PAUSED");
  }

  @Test
  void aMissingChannelOrConfigIsNamedWhenBuilt() {
    assertThatNullPointerException().isThrownBy(() -> NotificationSettingCreate.builder(null, 1).build())
        .withMessage("channel");
    assertThatNullPointerException().isThrownBy(() -> NotificationChannelSettingCreate.builder(
        NotificationChannel.SLACK, null)).withMessage("config");
  }
}
