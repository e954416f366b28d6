package io.nexla.reactive.flows;

import org.jspecify.annotations.Nullable;

/**
 * Moves a flow to another owner and/or organisation (super-users only). Fields left {@code null} are not sent.
 *
 * @param ownerId new owner
 * @param orgId new organisation
 * @param includeDataCredentials whether the flow's credentials move too
 * @param includeCodeContainers whether the flow's code containers move too
 */
public record FlowOwnershipTransfer(
    @Nullable Long ownerId,
    @Nullable Long orgId,
    @Nullable Boolean includeDataCredentials,
    @Nullable Boolean includeCodeContainers) {

  /** Moves the flow, its credentials and code containers to {@code ownerId} in {@code orgId}. */
  public static FlowOwnershipTransfer withEverything(long ownerId, long orgId) {
    return new FlowOwnershipTransfer(ownerId, orgId, true, true);
  }
}
