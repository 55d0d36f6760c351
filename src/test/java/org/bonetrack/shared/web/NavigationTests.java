package org.bonetrack.shared.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;

import static org.assertj.core.api.Assertions.assertThat;

class NavigationTests {

	@Test
	void aPatientSeesHerPagesWithTheDeepestMatchingOneCurrent() {
		List<Navigation.Link> links = Navigation.of(signedIn("ROLE_PATIENT"), "/me/exercise/42/edit");

		assertThat(links).extracting(Navigation.Link::label)
			.containsExactly("Home", "Exercise", "Nutrition", "DEXA", "Scores", "Imports", "Guidance", "Profile");
		assertThat(links).filteredOn(Navigation.Link::current).extracting(Navigation.Link::href).containsExactly("/me/exercise");
	}

	@Test
	void homeIsCurrentOnlyOnTheHomePageItself() {
		assertThat(Navigation.of(signedIn("ROLE_PATIENT"), "/me")).filteredOn(Navigation.Link::current)
			.extracting(Navigation.Link::href)
			.containsExactly("/me");
		assertThat(Navigation.of(signedIn("ROLE_PATIENT"), "/account")).noneMatch(Navigation.Link::current);
	}

	@Test
	void cliniciansAndAdminsSeeTheirOwnPages() {
		assertThat(Navigation.of(signedIn("ROLE_CLINICIAN"), "/clinician/patients/7")).extracting(Navigation.Link::label)
			.containsExactly("Patients", "Guidance");
		assertThat(Navigation.of(signedIn("ROLE_ADMIN"), "/admin/rules")).extracting(Navigation.Link::href)
			.containsExactly("/admin/users", "/admin/guidance", "/admin/rules", "/admin/supplements", "/admin/audit");
	}

	@Test
	void nobodySignedInGetsNoNavigation() {
		Authentication anonymous = new AnonymousAuthenticationToken("key", "anonymous",
				AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

		assertThat(Navigation.of(anonymous, "/login")).isEmpty();
		assertThat(Navigation.of(null, "/login")).isEmpty();
	}

	private static Authentication signedIn(String authority) {
		return UsernamePasswordAuthenticationToken.authenticated("someone", null,
				AuthorityUtils.createAuthorityList(authority));
	}

}
