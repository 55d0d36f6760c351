package org.bonetrack.accounts;

import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person, whether by form login or a personal access token. Controllers take it
 * with {@code @AuthenticationPrincipal} and scope every query by {@link #id()}.
 */
public final class AuthenticatedUser implements UserDetails, CredentialsContainer {

	private final long id;

	private final String email;

	private final String displayName;

	private final Role role;

	private @Nullable String passwordHash;

	private final boolean enabled;

	private final boolean accountNonLocked;

	public AuthenticatedUser(long id, String email, String displayName, Role role, @Nullable String passwordHash,
			boolean enabled, boolean accountNonLocked) {
		this.id = id;
		this.email = email;
		this.displayName = displayName;
		this.role = role;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.accountNonLocked = accountNonLocked;
	}

	/** A principal for an already verified identity (no password involved). */
	public static AuthenticatedUser of(long id, String email, String displayName, Role role) {
		return new AuthenticatedUser(id, email, displayName, role, null, true, true);
	}

	public long id() {
		return id;
	}

	public String email() {
		return email;
	}

	public String displayName() {
		return displayName;
	}

	public Role role() {
		return role;
	}

	public boolean hasRole(Role candidate) {
		return role == candidate;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(role.authority()));
	}

	@Override
	public @Nullable String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return email;
	}

	@Override
	public boolean isAccountNonLocked() {
		return accountNonLocked;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof AuthenticatedUser that && that.id == id;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(id);
	}

	@Override
	public String toString() {
		return "AuthenticatedUser[id=" + id + ", role=" + role + "]";
	}

}
