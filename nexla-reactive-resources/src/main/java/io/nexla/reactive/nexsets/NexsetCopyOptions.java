package io.nexla.reactive.nexsets;

import org.jspecify.annotations.Nullable;

/**
 * Options of a nexset copy; {@code copy_access_controls} is always sent, owner and org only when set.
 *
 * @param copyAccessControls whether the access-control list is copied
 * @param ownerId owner of the copy
 * @param orgId organisation of the copy
 */
public record NexsetCopyOptions(boolean copyAccessControls, @Nullable Long ownerId, @Nullable Long orgId) {}
