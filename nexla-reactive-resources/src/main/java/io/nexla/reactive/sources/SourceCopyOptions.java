package io.nexla.reactive.sources;

import org.jspecify.annotations.Nullable;

/**
 * Options of a source copy. Both flags are always sent; owner and org only when set.
 *
 * @param reuseDataCredentials whether the copy uses the same credential (otherwise the credential is copied too)
 * @param copyAccessControls whether the access-control list is copied
 * @param ownerId owner of the copy (default: the caller)
 * @param orgId organisation of the copy
 */
public record SourceCopyOptions(
    boolean reuseDataCredentials, boolean copyAccessControls, @Nullable Long ownerId, @Nullable Long orgId) {

  /** Copy reusing the original credential. */
  public static SourceCopyOptions reusingCredentials() {
    return new SourceCopyOptions(true, false, null, null);
  }
}
