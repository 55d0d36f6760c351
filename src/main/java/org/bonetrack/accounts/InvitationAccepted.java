package org.bonetrack.accounts;

/** The invitee opened their link and set a password. */
public record InvitationAccepted(long userId) {
}
