package io.nexla.reactive.destinations;

import org.jspecify.annotations.Nullable;

/**
 * Options of a destination copy. Both flags are always sent; owner and org only when set.
 *
 * @param reuseDataCredentials whether the copy uses the same credential
 * @param copyAccessControls whether the access-control list is copied
 * @param ownerId owner of the copy
 * @param orgId organisation of the copy
 */
public record DestinationCopyOptions(
    boolean reuseDataCredentials, boolean copyAccessControls, @Nullable Long ownerId, @Nullable Long orgId) {}
