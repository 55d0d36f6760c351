package org.bonetrack.support;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.accounts.NewAccount;
import org.bonetrack.accounts.Role;
import org.bonetrack.accounts.UserSummary;
import org.bonetrack.accounts.internal.AccountService;
import org.bonetrack.patients.internal.CareTeamService;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Creates people with unique e-mails who can sign in with {@link #PASSWORD}. The password is
 * hashed once per run: Argon2 is slow on purpose.
 */
@TestComponent
public class TestPeople {

	public static final String PASSWORD = "correct horse battery";

	private static final AtomicInteger COUNTER = new AtomicInteger();

	private static String passwordHash;

	private final AccountService accounts;

	private final CareTeamService careTeams;

	private final PasswordEncoder passwordEncoder;

	TestPeople(AccountService accounts, CareTeamService careTeams, PasswordEncoder passwordEncoder) {
		this.accounts = accounts;
		this.careTeams = careTeams;
		this.passwordEncoder = passwordEncoder;
	}

	public AuthenticatedUser patient() {
		return create(Role.PATIENT);
	}

	public AuthenticatedUser clinician() {
		return create(Role.CLINICIAN);
	}

	public AuthenticatedUser admin() {
		return create(Role.ADMIN);
	}

	/** A patient on the clinician's care team. */
	public AuthenticatedUser patientOf(AuthenticatedUser clinician) {
		AuthenticatedUser patient = patient();
		careTeams.assign(patient.id(), Set.of(clinician.id()));
		return patient;
	}

	public static String uniqueEmail(String prefix) {
		return prefix + "-" + COUNTER.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8)
				+ "@test.bonetrack.example";
	}

	private AuthenticatedUser create(Role role) {
		String name = role.name().charAt(0) + role.name().substring(1).toLowerCase() + " " + COUNTER.get();
		UserSummary user = accounts.createWithPasswordHash(
				new NewAccount(uniqueEmail(role.name().toLowerCase()), name, role), hash());
		return AuthenticatedUser.of(user.id(), user.email(), user.displayName(), role);
	}

	private synchronized String hash() {
		if (passwordHash == null) {
			passwordHash = passwordEncoder.encode(PASSWORD);
		}
		return passwordHash;
	}

}
