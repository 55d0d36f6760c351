package org.bonetrack.shared.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * The main navigation of the signed-in person, by role, with the current page marked. Built here
 * once per page: the layout used to assemble it from three security expressions and a fragment
 * call per link, a tenth of the patient home's rendering.
 */
final class Navigation {

	/** A link of the main navigation; {@code current} marks it with aria-current="page". */
	record Link(String href, String label, boolean current) {
	}

	private static final Map<String, List<String[]>> LINKS_BY_AUTHORITY = new LinkedHashMap<>();

	static {
		LINKS_BY_AUTHORITY.put("ROLE_PATIENT",
				List.of(link("/me", "Home"), link("/me/exercise", "Exercise"), link("/me/nutrition", "Nutrition"),
						link("/me/dexa", "DEXA"), link("/me/scores", "Scores"), link("/me/imports", "Imports"),
						link("/guidance", "Guidance"), link("/me/profile", "Profile")));
		LINKS_BY_AUTHORITY.put("ROLE_CLINICIAN", List.of(link("/clinician/patients", "Patients"), link("/guidance", "Guidance")));
		LINKS_BY_AUTHORITY.put("ROLE_ADMIN",
				List.of(link("/admin/users", "Users"), link("/admin/guidance", "Guidance"), link("/admin/rules", "Rules"),
						link("/admin/supplements", "Supplements"), link("/admin/audit", "Audit log")));
	}

	private Navigation() {
	}

	/**
	 * The links for whoever is signed in (none for anyone else). The current one is the link whose
	 * path is the page's or, failing that, the longest that contains it: on {@code /me/exercise/3}
	 * Exercise is current, not Home as well.
	 */
	static List<Link> of(@Nullable Authentication authentication, String path) {
		if (authentication == null || !authentication.isAuthenticated()) {
			return List.of();
		}
		List<String[]> links = new ArrayList<>();
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			links.addAll(LINKS_BY_AUTHORITY.getOrDefault(authority.getAuthority(), List.of()));
		}
		String current = null;
		for (String[] link : links) {
			String href = link[0];
			boolean contains = path.equals(href) || path.startsWith(href + "/");
			if (contains && (current == null || href.length() > current.length())) {
				current = href;
			}
		}
		List<Link> result = new ArrayList<>(links.size());
		for (String[] link : links) {
			result.add(new Link(link[0], link[1], link[0].equals(current)));
		}
		return List.copyOf(result);
	}

	private static String[] link(String href, String label) {
		return new String[] { href, label };
	}

}
