package org.bonetrack.accounts;


import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Turns an invitation into the full link its creator hands to the invitee. */
@Component
public class InvitationLinks {

	public String absolute(Invitation invitation) {
		return ServletUriComponentsBuilder.fromCurrentContextPath().path(invitation.path()).toUriString();
	}

}
