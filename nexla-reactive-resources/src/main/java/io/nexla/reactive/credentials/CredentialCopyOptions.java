package io.nexla.reactive.credentials;

import org.jspecify.annotations.Nullable;

/**
 * Options of a credential copy (the generic copy operation); {@code copy_access_controls} is always sent.
 *
 * @param copyAccessControls whether the access-control list is copied
 * @param ownerId owner of the copy
 * @param orgId organisation of the copy
 */
public record CredentialCopyOptions(boolean copyAccessControls, @Nullable Long ownerId, @Nullable Long orgId) {}
