package org.bonetrack.accounts;

/** A token just created: the only moment its secret is known to anyone but its owner. */
public record NewAccessToken(AccessTokenSummary token, String secret) {
}
