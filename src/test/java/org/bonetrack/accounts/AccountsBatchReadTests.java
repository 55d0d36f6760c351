package org.bonetrack.accounts;

import java.util.List;

import org.bonetrack.accounts.internal.AccountService;
import org.bonetrack.support.IntegrationTest;
import org.bonetrack.support.StatementCounter;
import org.bonetrack.support.TestPeople;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link Accounts#findAll}, the batch read behind care-team lists: the same as one by one, in one statement. */
@IntegrationTest
class AccountsBatchReadTests {

	@Autowired
	Accounts accounts;

	@Autowired
	AccountService service;

	@Autowired
	TestPeople people;

	@Autowired
	StatementCounter counter;

	@Test
	void eachAccountIsWhatItsOwnReadSaysWhateverItsStatusInOneStatement() throws Exception {
		AuthenticatedUser admin = people.admin();
		AuthenticatedUser active = people.clinician();
		AuthenticatedUser deactivated = people.patient();
		service.setEnabled(deactivated.id(), false, admin.id());
		UserSummary invited = accounts
			.create(new NewAccount(TestPeople.uniqueEmail("invited"), "Invited patient", Role.PATIENT), admin.id())
			.user();
		List<Long> ids = List.of(active.id(), deactivated.id(), invited.id(), 999_999_999L);

		StatementCounter.Counted<List<UserSummary>> batch = counter.count(() -> accounts.findAll(ids));

		assertThat(batch.statements()).isEqualTo(1);
		assertThat(batch.result()).containsExactlyInAnyOrder(accounts.find(active.id()).orElseThrow(),
				accounts.find(deactivated.id()).orElseThrow(), accounts.find(invited.id()).orElseThrow());
		assertThat(batch.result()).extracting(UserSummary::status)
			.containsExactlyInAnyOrder(AccountStatus.ACTIVE, AccountStatus.DEACTIVATED, AccountStatus.INVITED);
		assertThat(accounts.findAll(List.of())).isEmpty();
	}

}
