package org.bonetrack.accounts.internal;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.bonetrack.accounts.AccountCreated;
import org.bonetrack.accounts.AccountStatusChanged;
import org.bonetrack.accounts.Invitation;
import org.bonetrack.accounts.NewAccount;
import org.bonetrack.accounts.PasswordChanged;
import org.bonetrack.accounts.Role;
import org.bonetrack.accounts.UserSummary;
import org.bonetrack.shared.InvalidInputException;
import org.bonetrack.shared.RecordNotFoundException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates accounts, changes their status and passwords. */
@Service
public class AccountService {

	/** Deliberately simple: one @, something before it, a dot in the domain, no spaces. */
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private final UserAccountRepository users;

	private final InvitationService invitations;

	private final PasswordEncoder passwordEncoder;

	private final PersonalAccessTokenRepository tokens;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AccountService(UserAccountRepository users, InvitationService invitations, PersonalAccessTokenRepository tokens,
			PasswordEncoder passwordEncoder, ApplicationEventPublisher events, Clock clock) {
		this.users = users;
		this.invitations = invitations;
		this.tokens = tokens;
		this.passwordEncoder = passwordEncoder;
		this.events = events;
		this.clock = clock;
	}

	/** Creates the account and its first invitation link in one transaction. */
	@Transactional
	public Invitation create(NewAccount account, @Nullable Long createdBy) {
		UserAccount user = insert(account, createdBy);
		return invitations.issue(user, createdBy);
	}

	/** Creates an account whose password is already known (first admin, demo accounts). */
	@Transactional
	public UserSummary createWithPassword(NewAccount account, String password) {
		PasswordPolicy.check(password, password, "password", "password");
		return createWithPasswordHash(account, passwordEncoder.encode(password));
	}

	@Transactional
	public UserSummary createWithPasswordHash(NewAccount account, String passwordHash) {
		UserAccount user = insert(account, null);
		user.setPasswordHash(passwordHash);
		return user.toSummary();
	}

	private UserAccount insert(NewAccount account, @Nullable Long createdBy) {
		String email = account.email() == null ? "" : account.email().trim();
		String name = account.displayName() == null ? "" : account.displayName().trim();
		if (!EMAIL.matcher(email).matches() || email.length() > 254) {
			throw InvalidInputException.of("email", "account.email.invalid");
		}
		if (name.isEmpty() || name.length() > 100) {
			throw InvalidInputException.of("displayName", "account.displayName.invalid");
		}
		if (account.role() == null) {
			throw InvalidInputException.of("role", "account.role.required");
		}
		if (users.findByEmail(email).isPresent()) {
			throw InvalidInputException.of("email", "account.email.taken");
		}
		UserAccount user = users.save(new UserAccount(email.toLowerCase(Locale.ROOT), name, account.role(), clock.instant()));
		events.publishEvent(new AccountCreated(user.getId(), user.getEmail(), user.getRole(), createdBy));
		return user;
	}

	@Transactional
	public Invitation reissueInvitation(long userId, long issuedBy) {
		UserAccount user = users.findById(userId).orElseThrow(() -> RecordNotFoundException.of("Account", userId));
		return invitations.issue(user, issuedBy);
	}

	@Transactional
	public void setEnabled(long userId, boolean enabled, long actingAdminId) {
		if (userId == actingAdminId && !enabled) {
			throw InvalidInputException.of("enabled", "account.cannotDeactivateSelf");
		}
		UserAccount user = users.findById(userId).orElseThrow(() -> RecordNotFoundException.of("Account", userId));
		if (user.isEnabled() == enabled) {
			return;
		}
		if (enabled) {
			user.reactivate();
		}
		else {
			user.deactivate();
		}
		events.publishEvent(new AccountStatusChanged(userId, enabled));
	}

	@Transactional
	public void changePassword(long userId, String currentPassword, String newPassword, String confirmation) {
		UserAccount user = users.findById(userId).orElseThrow(() -> RecordNotFoundException.of("Account", userId));
		if (!passwordMatches(userId, currentPassword)) {
			throw InvalidInputException.of("currentPassword", "password.currentWrong");
		}
		PasswordPolicy.check(newPassword, confirmation, "newPassword", "confirmPassword");
		user.setPasswordHash(passwordEncoder.encode(newPassword));
		events.publishEvent(new PasswordChanged(userId));
	}

	@Transactional(readOnly = true)
	public boolean passwordMatches(long userId, String rawPassword) {
		String hash = users.findById(userId).map(user -> user.toPrincipal(clock.instant()).getPassword()).orElse(null);
		return hash != null && rawPassword != null && passwordEncoder.matches(rawPassword, hash);
	}

	/** Disables the account and revokes its tokens, in the caller's transaction. */
	@Transactional
	public void close(long userId) {
		UserAccount user = users.findById(userId).orElseThrow(() -> RecordNotFoundException.of("Account", userId));
		user.deactivate();
		tokens.revokeAll(userId, clock.instant());
		events.publishEvent(new AccountStatusChanged(userId, false));
	}

	@Transactional(readOnly = true)
	public Page<UserSummary> search(@Nullable String query, @Nullable Role role, Pageable pageable) {
		String pattern = "%" + (query == null ? "" : escapeLike(query.trim().toLowerCase(Locale.ROOT))) + "%";
		Set<Role> roles = role == null ? EnumSet.allOf(Role.class) : EnumSet.of(role);
		return users.search(pattern, roles, pageable).map(UserAccount::toSummary);
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
