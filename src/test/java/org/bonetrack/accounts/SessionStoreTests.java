package org.bonetrack.accounts;

import org.bonetrack.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class SessionStoreTests {

	@Autowired
	JdbcIndexedSessionRepository sessions;

	@Test
	void twoRequestsOfOneSessionCanAddTheSameAttribute() {
		assertThat(lastWriterOfOneAttributeFromTwoRequests(sessions)).isEqualTo("from the second tab");
	}

	private static <S extends Session> String lastWriterOfOneAttributeFromTwoRequests(SessionRepository<S> repository) {
		S created = repository.createSession();
		repository.save(created);
		// two requests load the session at the same time, and each adds the attribute it lacked
		S first = repository.findById(created.getId());
		S second = repository.findById(created.getId());
		first.setAttribute("token", "from the first tab");
		second.setAttribute("token", "from the second tab");
		repository.save(first);
		repository.save(second);
		String stored = repository.findById(created.getId()).getAttribute("token");
		repository.deleteById(created.getId());
		return stored;
	}

}
