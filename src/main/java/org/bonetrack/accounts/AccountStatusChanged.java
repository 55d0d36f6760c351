package org.bonetrack.accounts;

/** An admin deactivated or reactivated an account. */
public record AccountStatusChanged(long userId, boolean enabled) {
}
