package org.bonetrack.accounts;

import java.io.Serializable;

/** A token just created: the only moment its secret is known to anyone but its owner. */
public record NewAccessToken(AccessTokenSummary token, String secret) implements Serializable {
}
