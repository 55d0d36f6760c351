package org.bonetrack.accounts;

/** Someone changed their own password. */
public record PasswordChanged(long userId) {
}
