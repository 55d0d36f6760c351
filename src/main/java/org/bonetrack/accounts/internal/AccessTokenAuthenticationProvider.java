package org.bonetrack.accounts.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;

/** Checks a bearer token against the stored hashes. */
class AccessTokenAuthenticationProvider implements AuthenticationProvider {

	private final PersonalAccessTokenService tokens;

	AccessTokenAuthenticationProvider(PersonalAccessTokenService tokens) {
		this.tokens = tokens;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String secret = (String) authentication.getCredentials();
		return tokens.authenticate(secret)
			.map(AccessTokenAuthentication::authenticated)
			.orElseThrow(() -> new BadCredentialsException("Unknown or revoked access token"));
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return AccessTokenAuthentication.class.isAssignableFrom(authentication);
	}

}
