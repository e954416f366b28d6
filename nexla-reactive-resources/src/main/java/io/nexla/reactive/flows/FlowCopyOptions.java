package io.nexla.reactive.flows;

import org.jspecify.annotations.Nullable;

/**
 * Options of a flow copy. The three flags are always sent; owner and org only when set.
 *
 * @param reuseDataCredentials whether copied sources and destinations keep their credentials
 * @param copyAccessControls whether access-control lists are copied
 * @param copyDependentDataFlows whether flows that depend on this one are copied too
 * @param ownerId owner of the copy
 * @param orgId organisation of the copy
 */
public record FlowCopyOptions(
    boolean reuseDataCredentials,
    boolean copyAccessControls,
    boolean copyDependentDataFlows,
    @Nullable Long ownerId,
    @Nullable Long orgId) {

  /** All flags off, owner and org of the caller. */
  public static final FlowCopyOptions DEFAULTS = new FlowCopyOptions(false, false, false, null, null);

  public FlowCopyOptions withReuseDataCredentials(boolean reuse) {
    return new FlowCopyOptions(reuse, copyAccessControls, copyDependentDataFlows, ownerId, orgId);
  }

  public FlowCopyOptions withCopyAccessControls(boolean copy) {
    return new FlowCopyOptions(reuseDataCredentials, copy, copyDependentDataFlows, ownerId, orgId);
  }

  public FlowCopyOptions withCopyDependentDataFlows(boolean copy) {
    return new FlowCopyOptions(reuseDataCredentials, copyAccessControls, copy, ownerId, orgId);
  }

  /** The copy belongs to this owner and organisation. */
  public FlowCopyOptions withOwner(long ownerId, long orgId) {
    return new FlowCopyOptions(reuseDataCredentials, copyAccessControls, copyDependentDataFlows, ownerId, orgId);
  }
}
