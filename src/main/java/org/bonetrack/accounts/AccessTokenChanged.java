package org.bonetrack.accounts;

/** A personal access token was created or revoked by its owner. */
public record AccessTokenChanged(long userId, long tokenId, boolean revoked) {
}
