package io.nexla.reactive.lookups;

import org.jspecify.annotations.Nullable;

/**
 * Options of a lookup copy (the generic copy operation); {@code copy_access_controls} is always sent.
 *
 * @param copyAccessControls whether the access-control list is copied
 * @param ownerId owner of the copy
 * @param orgId organisation of the copy
 */
public record LookupCopyOptions(boolean copyAccessControls, @Nullable Long ownerId, @Nullable Long orgId) {}
