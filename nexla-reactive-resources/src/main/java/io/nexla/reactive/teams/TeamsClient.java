package io.nexla.reactive.teams;

import io.nexla.reactive.common.ClientHandle;
import io.nexla.reactive.common.CopyOptions;
import io.nexla.reactive.common.ResourceClient;
import io.nexla.reactive.common.StandardResource;
import io.nexla.reactive.internal.ClientContext;
import io.nexla.reactive.internal.ResourceUserList;
import java.util.List;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;

/**
 * Client of the teams resource group ({@code /teams}). Obtain it from {@code NexlaClient.teams()}.
 *
 * <p>Every method is cold: the request is sent on subscription, anew for each subscription. Unless stated
 * otherwise a method signals {@code NotFoundException} for an unknown id, {@code ForbiddenException}, other
 * {@code NexlaServiceException}s for error statuses, {@code NexlaTransportException},
 * {@code NexlaTimeoutException}, or {@code NexlaDecodeException}. Member lists emit nothing for an empty (204)
 * body.
 */
public final class TeamsClient extends ResourceClient<Team, TeamsClient>
    implements StandardResource<Team, TeamCreate, TeamUpdate, CopyOptions> {

    private final ResourceUserList<TeamMember> members;

  public TeamsClient(ClientHandle context) {
    super(context, "teams", "/teams", Team.class);
    this.members = new ResourceUserList<>(ops, "members", TeamMember.class);
  }

  @Override
  protected TeamsClient newInstance(ClientContext context) {
    return new TeamsClient(context);
  }

  /** Emits each member of the team. */
  public Flux<TeamMember> getMembers(long teamId) {
    return members.list("getMembers", teamId);
  }

  /** Adds members (or changes their admin flag) and emits every member afterwards. */
  public Flux<TeamMember> addMembers(long teamId, List<TeamMemberInput> newMembers) {
    return members.change(HttpMethod.PUT, "addMembers", teamId, newMembers);
  }

  /** Replaces the whole member list and emits it. A POST: never re-sent after an ambiguous failure. */
  public Flux<TeamMember> replaceMembers(long teamId, List<TeamMemberInput> newMembers) {
    return members.change(HttpMethod.POST, "replaceMembers", teamId, newMembers);
  }

  /** Removes the given members (a DELETE with a JSON body) and emits the remaining ones. */
  public Flux<TeamMember> removeMembers(long teamId, List<TeamMemberInput> leaving) {
    return members.change(HttpMethod.DELETE, "removeMembers", teamId, leaving);
  }

  /** Removes every member (a DELETE without a body) and emits the remaining ones (normally none). */
  public Flux<TeamMember> removeAllMembers(long teamId) {
    return members.change(HttpMethod.DELETE, "removeMembers", teamId, null);
  }
}
