package org.bonetrack.accounts.internal;

import org.bonetrack.accounts.AuthenticatedUser;
import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/** A bearer personal access token: the secret before authentication, the owner after. */
final class AccessTokenAuthentication extends AbstractAuthenticationToken {

	private @Nullable String secret;

	private final @Nullable AuthenticatedUser owner;

	private AccessTokenAuthentication(String secret) {
		super(java.util.List.of());
		this.secret = secret;
		this.owner = null;
	}

	private AccessTokenAuthentication(AuthenticatedUser owner) {
		super(owner.getAuthorities());
		this.secret = null;
		this.owner = owner;
		setAuthenticated(true);
	}

	static AccessTokenAuthentication unauthenticated(String secret) {
		return new AccessTokenAuthentication(secret);
	}

	static AccessTokenAuthentication authenticated(AuthenticatedUser owner) {
		return new AccessTokenAuthentication(owner);
	}

	@Override
	public @Nullable Object getCredentials() {
		return secret;
	}

	@Override
	public @Nullable Object getPrincipal() {
		return owner;
	}

	@Override
	public void eraseCredentials() {
		super.eraseCredentials();
		secret = null;
	}

}
