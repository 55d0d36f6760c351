package org.bonetrack.accounts;

import org.jspecify.annotations.Nullable;

/** A new account exists (not yet usable until its owner accepts the invitation). */
public record AccountCreated(long userId, String email, Role role, @Nullable Long createdBy) {
}
