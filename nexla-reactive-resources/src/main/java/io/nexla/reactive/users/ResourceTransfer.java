package io.nexla.reactive.users;

/**
 * Moves all of a user's resources in an organisation to another user.
 *
 * @param orgId the organisation whose resources move
 * @param delegateOwnerId the new owner
 */
public record ResourceTransfer(long orgId, long delegateOwnerId) {}
