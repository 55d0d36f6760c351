package org.bonetrack.accounts;

/** A new invitation link was issued for an account (earlier unused links stop working). */
public record InvitationIssued(long userId) {
}
