package org.bonetrack.accounts;

/** An account to create; its owner sets a password through the invitation link. */
public record NewAccount(String email, String displayName, Role role) {
}
