package org.bonetrack.accounts.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.bonetrack.accounts.AccountStatus;
import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.accounts.Role;
import org.bonetrack.accounts.UserSummary;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "users")
public class UserAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String email;

	private String displayName;

	@Enumerated(EnumType.STRING)
	private Role role;

	private @Nullable String passwordHash;

	private boolean enabled;

	@Column(insertable = false, updatable = false)
	private int failedLogins;

	@Column(insertable = false, updatable = false)
	private @Nullable Instant lockedUntil;

	private Instant createdAt;

	@Version
	private long version;

	protected UserAccount() {
	}

	public UserAccount(String email, String displayName, Role role, Instant createdAt) {
		this.email = email.trim();
		this.displayName = displayName.trim();
		this.role = role;
		this.enabled = true;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return id;
	}

	public String getEmail() {
		return email;
	}

	public String getDisplayName() {
		return displayName;
	}

	public Role getRole() {
		return role;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public boolean hasPassword() {
		return passwordHash != null;
	}

	public @Nullable Instant getLockedUntil() {
		return lockedUntil;
	}

	public void setPasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	public void deactivate() {
		this.enabled = false;
	}

	public void reactivate() {
		this.enabled = true;
	}

	public AccountStatus status() {
		return status(enabled, passwordHash != null);
	}

	/** Deactivated when disabled, else invited until a password is set, then active. */
	static AccountStatus status(boolean enabled, boolean hasPassword) {
		if (!enabled) {
			return AccountStatus.DEACTIVATED;
		}
		return hasPassword ? AccountStatus.ACTIVE : AccountStatus.INVITED;
	}

	public UserSummary toSummary() {
		return new UserSummary(id, email, displayName, role, status(), createdAt);
	}

	public AuthenticatedUser toPrincipal(Instant now) {
		return new AuthenticatedUser(id, email, displayName, role, passwordHash, enabled, isUnlockedAt(lockedUntil, now));
	}

	/** Whether an account locked until {@code lockedUntil} (null: never locked) may sign in at {@code now}. */
	static boolean isUnlockedAt(@Nullable Instant lockedUntil, Instant now) {
		return lockedUntil == null || !lockedUntil.isAfter(now);
	}

}
