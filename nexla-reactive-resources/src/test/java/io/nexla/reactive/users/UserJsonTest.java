package io.nexla.reactive.users;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexla.reactive.core.json.NexlaJson;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class UserJsonTest {

  @Test
  void createSendsFullNameAndAnIsoSignedAtAndOmitsUnsetFields() {
    UserCreate create = UserCreate.builder("Ada Lovelace", "ada@example.com")
        .tosSignedAt(Instant.parse("2024-05-01T12:34:56Z")).userTier(UserTier.TRIAL).build();
    assertThat(NexlaJson.mapper().writeValueAsString(create)).isEqualTo("{\"full_name\":\"Ada Lovelace\","
        + "\"email\":\"ada@example.com\",\"user_tier\":\"TRIAL\",\"tos_signed_at\":\"2024-05-01T12:34:56Z\"}");
  }

  @Test
  void updateSendsNameNotFullName() {
    String json = NexlaJson.mapper().writeValueAsString(UserUpdate.builder().name("  Ada L.  ").build());
    assertThat(json).isEqualTo("{\"name\":\"  Ada L.  \"}");
  }

  @Test
  void passwordsAndApiKeysStayOutOfToString() {
    UserCreate create = UserCreate.builder("A", "a@b.c").password("hunter2-secret").build();
    assertThat(create.toString()).doesNotContain("hunter2-secret");
    UserUpdate update = UserUpdate.builder().password("new-secret-1", "new-secret-1", "old-secret-0").build();
    assertThat(update.toString()).doesNotContain("new-secret-1").doesNotContain("old-secret-0");
    User user = NexlaJson.mapper().readValue("{\"id\": 1, \"api_key\": \"key-abcdef\", \"org_memberships\": "
        + "[{\"id\": 2, \"api_key\": \"key-member\"}]}", User.class);
    assertThat(user.apiKey()).isEqualTo("key-abcdef");
    assertThat(user.toString()).doesNotContain("key-abcdef").doesNotContain("key-member");
  }

  @Test
  void readsLenientlyKeepingUnknownFieldsAndUnknownValues() {
    User user = NexlaJson.mapper().readValue("{\"id\": 7, \"email\": \"a@b.c\", \"superUser\": true,"
        + "\"status\": \"ON_HOLD\", \"default_org\": {\"id\": 1, \"name\": \"Acme\"}, \"org_memberships\": "
        + "[{\"id\": 1, \"name\": \"Acme\", \"isAdmin\": true, \"org_membership_status\": \"ACTIVE\"}],"
        + "\"tos_signed_at\": 1700000000, \"shoe_size\": 44}", User.class);
    assertThat(user.superUser()).isTrue();
    assertThat(user.status()).isEqualTo(UserStatus.of("ON_HOLD"));
    assertThat(user.defaultOrg().name()).isEqualTo("Acme");
    assertThat(user.orgMemberships().get(0).isAdmin()).isTrue();
    assertThat(user.orgMemberships().get(0).orgMembershipStatus()).isEqualTo(MembershipStatus.ACTIVE);
    assertThat(user.tosSignedAt()).isEqualTo(Instant.parse("2023-11-14T22:13:20Z"));
    assertThat(user.additionalProperties()).containsEntry("shoe_size", 44);
    assertThat(user.impersonated()).isNull();
    assertThat(NexlaJson.mapper().writeValueAsString(user)).contains("\"shoe_size\":44");
  }

  @Test
  void settingsHaveStringIds() {
    UserSettings s = NexlaJson.mapper().readValue("{\"id\": \"setting1\", \"owner\": {\"id\": 123}, \"org\": "
        + "{\"id\": 1}, \"user_settings_type\": \"general\", \"settings\": {\"theme\": \"dark\"}}",
        UserSettings.class);
    assertThat(s.id()).isEqualTo("setting1");
    assertThat(s.settings()).containsEntry("theme", "dark");
  }
}
