package io.nexla.reactive.organizations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nexla.reactive.common.AccessRole;
import io.nexla.reactive.core.json.NexlaJson;
import io.nexla.reactive.marketplace.MarketplaceItem;
import io.nexla.reactive.teams.TeamMember;
import io.nexla.reactive.users.UserStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrganizationJsonTest {

  @Test
  void briefOwnersAdminsAndStringRolesAreRead() {
    Organization org = NexlaJson.mapper().readValue("{\"id\": 1, \"name\": \"Acme\", \"access_roles\": "
        + "[\"admin\", \"steward\"], \"owner\": {\"id\": 5, \"full_name\": \"Olga\"}, \"billing_owner\": "
        + "{\"id\": 6, \"email\": \"b@acme.io\", \"super_user\": false}, \"admins\": [{\"id\": 5}], "
        + "\"members_default_access_role\": \"collaborator\", \"org_tier\": {\"id\": 2, \"name\": \"FREE\"}, "
        + "\"created_at\": \"2021-03-04T05:06:07+00:00\", \"region\": \"eu\"}", Organization.class);
    assertThat(org.accessRoles()).containsExactly(AccessRole.ADMIN, AccessRole.of("steward"));
    assertThat(org.owner().fullName()).isEqualTo("Olga");
    assertThat(org.billingOwner().additionalProperties()).containsEntry("super_user", false);
    assertThat(org.admins()).extracting(o -> o.id()).containsExactly(5L);
    assertThat(org.membersDefaultAccessRole()).isEqualTo(AccessRole.COLLABORATOR);
    assertThat(org.accountTier().name()).isEqualTo("FREE");
    assertThat(org.additionalProperties()).containsEntry("region", "eu");
  }

  @Test
  void aMinimalOrganizationHasEmptyListsNotNulls() {
    Organization org = NexlaJson.mapper().readValue("{\"id\": 1, \"admins\": null}", Organization.class);
    assertThat(org.admins()).isEmpty();
    assertThat(org.accessRoles()).isEmpty();
    assertThat(org.owner()).isNull();
  }

  @Test
  void membersAndListingsWithoutAnIdAreRefusedAsTheModelsRequireOne() {
    for (Class<?> type : List.of(OrgMember.class, TeamMember.class, MarketplaceItem.class)) {
      assertThatThrownBy(() -> NexlaJson.mapper().readValue("{\"email\": \"a@acme.io\", \"name\": \"x\"}", type))
          .as(type.getSimpleName()).hasMessageContaining("id");
      assertThat(NexlaJson.mapper().readValue("{\"id\": 7, \"email\": \"a@acme.io\"}", type)).isNotNull();
    }
  }

  @Test
  void membersReadTheQuestionMarkAdminKeyAndThePlainOne() {
    OrgMember a = NexlaJson.mapper().readValue("{\"id\": 1, \"is_admin?\": true, \"access_role\": [\"member\"],"
        + " \"user_status\": \"ACTIVE\"}", OrgMember.class);
    OrgMember b = NexlaJson.mapper().readValue("{\"id\": 2, \"is_admin\": false}", OrgMember.class);
    assertThat(a.admin()).isTrue();
    assertThat(a.accessRole()).containsExactly(AccessRole.MEMBER);
    assertThat(a.userStatus()).isEqualTo(UserStatus.ACTIVE);
    assertThat(b.admin()).isFalse();
  }

  @Test
  void createSendsOnlyWhatWasSet() {
    OrganizationCreate create = OrganizationCreate.builder("Acme", "acme.io")
        .owner(new PersonInput("Olga O", "olga@acme.io"))
        .members(List.of(OrgMemberUpdate.of("m@acme.io", "M", false))).build();
    assertThat(NexlaJson.mapper().writeValueAsString(create)).isEqualTo("{\"name\":\"Acme\",\"email_domain\":"
        + "\"acme.io\",\"owner\":{\"full_name\":\"Olga O\",\"email\":\"olga@acme.io\"},\"members\":[{\"email\":"
        + "\"m@acme.io\",\"full_name\":\"M\",\"admin\":false}]}");
  }
}
