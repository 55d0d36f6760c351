package org.bonetrack.accounts;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.bonetrack.accounts.internal.AccountService;
import org.bonetrack.accounts.internal.PersonalAccessTokenService;
import org.bonetrack.accounts.internal.UserAccount;
import org.bonetrack.accounts.internal.UserAccountRepository;
import org.bonetrack.accounts.internal.UserSummaryQueries;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may ask of accounts. */
@Service
public class Accounts {

	private final UserAccountRepository users;

	private final AccountService accounts;

	private final PersonalAccessTokenService tokens;

	private final UserSummaryQueries summaries;

	Accounts(UserAccountRepository users, AccountService accounts, PersonalAccessTokenService tokens,
			UserSummaryQueries summaries) {
		this.users = users;
		this.summaries = summaries;
		this.accounts = accounts;
		this.tokens = tokens;
	}

	@Transactional(readOnly = true)
	public Optional<UserSummary> find(long id) {
		return users.findById(id).map(UserAccount::toSummary);
	}

	@Transactional(readOnly = true)
	public Optional<UserSummary> findByEmail(String email) {
		return users.findByEmail(email).map(UserAccount::toSummary);
	}

	/** The accounts with these ids, in no particular order, in one statement whatever their number. */
	@Transactional(readOnly = true)
	public List<UserSummary> findAll(Collection<Long> ids) {
		return summaries.summaries(ids);
	}

	@Transactional(readOnly = true)
	public List<UserSummary> activeClinicians() {
		return users.findByRoleAndEnabledTrueOrderByDisplayName(Role.CLINICIAN)
			.stream()
			.map(UserAccount::toSummary)
			.toList();
	}

	/** Creates an account and returns its one-time invitation link. */
	public Invitation create(NewAccount account, long createdBy) {
		return accounts.create(account, createdBy);
	}

	/** Creates an account that can sign in at once (demo data only). */
	public UserSummary createWithPasswordHash(NewAccount account, String passwordHash) {
		return accounts.createWithPasswordHash(account, passwordHash);
	}

	/** Whether the raw password is this person's current password (to confirm a grave action). */
	public boolean passwordMatches(long userId, String rawPassword) {
		return accounts.passwordMatches(userId, rawPassword);
	}

	/**
	 * Disables the account for good after its owner had their data erased: it cannot sign in,
	 * and its access tokens stop working.
	 */
	public void closeAfterErasure(long userId) {
		accounts.close(userId);
	}

	public List<AccessTokenSummary> accessTokens(long userId) {
		return tokens.list(userId);
	}

}
