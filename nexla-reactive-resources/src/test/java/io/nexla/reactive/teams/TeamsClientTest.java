package io.nexla.reactive.teams;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexla.reactive.NexlaClient;
import io.nexla.reactive.core.json.NexlaJson;
import io.nexla.reactive.core.testing.RecordingTransport;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import reactor.test.StepVerifier;

class TeamsClientTest {

  private final RecordingTransport transport = new RecordingTransport();
  private final TeamsClient teams = NexlaClient.of(transport).teams();

  @Test
  void createAlwaysSendsMembersAndTheAdminFlag() {
    assertThat(NexlaJson.mapper().writeValueAsString(TeamCreate.builder("ops").build())).isEqualTo(
        "{\"name\":\"ops\",\"members\":[]}");
    assertThat(NexlaJson.mapper().writeValueAsString(TeamCreate.builder("ops").description("on call")
        .field("color", "red").build()))
        .isEqualTo("{\"name\":\"ops\",\"description\":\"on call\",\"members\":[],\"color\":\"red\"}");
    assertThat(TeamCreate.builder("ops").members(java.util.List.of(TeamMemberInput.member("a@example.com"))).build())
        .hasToString("TeamCreate[name, members]");
    assertThat(NexlaJson.mapper().writeValueAsString(TeamMemberInput.member(4))).isEqualTo(
        "{\"id\":4,\"admin\":false}");
  }

  @Test
  void removingSomeMembersSendsThemAndRemovingAllSendsNoBody() {
    transport.answer("[{\"id\": 2, \"email\": \"b@c.d\", \"admin\": false}]");
    StepVerifier.create(teams.removeMembers(9, List.of(TeamMemberInput.member("a@c.d"))))
        .assertNext(m -> assertThat(m.email()).isEqualTo("b@c.d")).verifyComplete();
    assertThat(transport.single().method()).isEqualTo(HttpMethod.DELETE);
    assertThat(RecordingTransport.json(transport.single()))
        .isEqualTo("{\"members\":[{\"email\":\"a@c.d\",\"admin\":false}]}");

    transport.requests().clear();
    transport.answer("");
    StepVerifier.create(teams.removeAllMembers(9)).verifyComplete();
    assertThat(transport.single().body()).isNull();
    assertThat(RecordingTransport.path(transport.single())).isEqualTo("/teams/9/members");
  }

  @Test
  void teamsReadLenientlyWithBriefOrgAndOwner() {
    Team team = NexlaJson.mapper().readValue("{\"id\": 1, \"name\": \"ops\", \"owner\": {\"id\": 3}, \"org\": "
        + "{\"id\": 4}, \"members\": [{\"id\": 3, \"email\": \"o@x.y\", \"admin\": true}], \"access_roles\": "
        + "[\"owner\"], \"colour\": \"blue\"}", Team.class);
    assertThat(team.description()).isNull();
    assertThat(team.members()).extracting(TeamMember::admin).containsExactly(true);
    assertThat(team.tags()).isEmpty();
    assertThat(team.additionalProperties()).containsEntry("colour", "blue");
  }

  @Test
  void genericOperationsUseTheTeamsCollection() {
    StepVerifier.create(teams.activate(4)).expectNextCount(1).verifyComplete();
    assertThat(RecordingTransport.path(transport.single())).isEqualTo("/teams/4/activate");
    assertThat(transport.single().operation()).isEqualTo("teams.activate");
  }
}
