package org.bonetrack.dashboard;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.dashboard.internal.CareTeamOverview;
import org.bonetrack.dashboard.internal.PatientOverview;
import org.bonetrack.patients.Patients;
import org.bonetrack.scoring.rules.ClinicalFlag;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The clinician's home: the patients on their care team with their flags, most in need first.
 * Sorting, filtering and paging are links and a GET form, so the page needs no script.
 */
@Controller
class ClinicianPatientsController {

	static final int PAGE_SIZE = 25;

	/** Sortable columns: key, heading and the ascending order (nulls last either way). */
	static final Map<String, Column> COLUMNS = new LinkedHashMap<>();

	static {
		column("name", "Name", Comparator.comparing(Ranked::sortName));
		column("email", "E-mail", Comparator.comparing(r -> r.patient().email().toLowerCase(Locale.ROOT)));
		column("born", "Born", nullable(PatientOverview::birthDate));
		column("start", "Anastrozole since", nullable(PatientOverview::anastrozoleStart));
		column("age", "Age", nullable(PatientOverview::age));
		column("months", "Months on anastrozole", nullable(PatientOverview::monthsOnAnastrozole));
		column("tscore", "Lowest T-score", nullable(PatientOverview::lowestTScore));
		column("loss", "Significant loss", Comparator.comparing((Ranked r) -> r.patient().significantLoss()).reversed());
		column("dexa", "DEXA due", nullable(PatientOverview::dexaDueOn));
		column("score", "4-week mean score", nullable(PatientOverview::meanScore));
		column("activity", "Last activity", nullable(PatientOverview::lastActivity));
		column("treatment", "Treatment criteria",
				Comparator.comparing((Ranked r) -> r.patient().treatmentCriteria()).reversed());
		column("safety", "Safety", Comparator.comparing((Ranked r) -> r.patient().safety()).reversed());
		column("need", "Flags", Comparator.comparingInt(Ranked::need).reversed());
	}

	private final CareTeamOverview overview;

	private final Patients patients;

	ClinicianPatientsController(CareTeamOverview overview, Patients patients) {
		this.overview = overview;
		this.patients = patients;
	}

	@GetMapping("/clinician/patients")
	String list(@AuthenticationPrincipal AuthenticatedUser clinician, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String flag, @RequestParam(defaultValue = "need") String sort,
			@RequestParam(defaultValue = "asc") String dir, @RequestParam(defaultValue = "0") int page, Model model) {
		String needle = q == null ? "" : q.trim().toLowerCase(Locale.ROOT);
		Column column = COLUMNS.getOrDefault(sort, COLUMNS.get("need"));
		boolean descending = "desc".equals(dir);
		ClinicalFlag.Kind kind = kind(flag);
		Comparator<Ranked> order = descending ? column.order().reversed() : column.order();
		order = order.thenComparing(Comparator.comparingInt(Ranked::need).reversed())
			.thenComparing(Ranked::sortName)
			.thenComparingLong(r -> r.patient().id());
		List<PatientOverview> rows = overview.careTeam(clinician.id())
			.stream()
			.filter(p -> kind == null || p.has(kind))
			.map(Ranked::of)
			.filter(r -> needle.isEmpty() || r.sortName().contains(needle)
					|| r.patient().email().toLowerCase(Locale.ROOT).contains(needle))
			.sorted(order)
			.map(Ranked::patient)
			.toList();
		int pages = Math.max(1, (rows.size() + PAGE_SIZE - 1) / PAGE_SIZE);
		int number = Math.min(Math.max(page, 0), pages - 1);
		// only the rows shown get their flags in words
		List<PatientOverview> shown = overview
			.withFlagWords(rows.subList(number * PAGE_SIZE, Math.min(rows.size(), (number + 1) * PAGE_SIZE)));
		Page<PatientOverview> result = new PageImpl<>(shown, PageRequest.of(number, PAGE_SIZE), rows.size());
		patients.recordListing(clinician.id(), shown.stream().map(PatientOverview::id).toList(), "patient list");
		model.addAttribute("rows", result);
		model.addAttribute("q", q);
		model.addAttribute("flag", kind == null ? "" : kind.key());
		model.addAttribute("flagKinds", ClinicalFlag.Kind.values());
		model.addAttribute("sort", COLUMNS.containsKey(sort) ? sort : "need");
		model.addAttribute("dir", descending ? "desc" : "asc");
		model.addAttribute("headings", headings(q, kind, sort, descending));
		return "dashboard/clinician-patients";
	}

	/** Each column's heading with the link that sorts by it (the other way round when already sorted). */
	private static List<Heading> headings(@Nullable String q, ClinicalFlag.@Nullable Kind kind, String sort,
			boolean descending) {
		return COLUMNS.entrySet().stream().map(entry -> {
			boolean current = entry.getKey().equals(sort);
			String nextDir = current && !descending ? "desc" : "asc";
			var link = ServletUriComponentsBuilder.fromCurrentRequestUri()
				.replaceQuery(null)
				.queryParam("sort", entry.getKey())
				.queryParam("dir", nextDir);
			if (q != null && !q.isBlank()) {
				link.queryParam("q", q);
			}
			if (kind != null) {
				link.queryParam("flag", kind.key());
			}
			String ariaSort = !current ? null : descending ? "descending" : "ascending";
			return new Heading(entry.getKey(), entry.getValue().heading(), link.build().encode().toUriString(), ariaSort);
		}).toList();
	}

	private static ClinicalFlag.@Nullable Kind kind(@Nullable String key) {
		for (ClinicalFlag.Kind kind : ClinicalFlag.Kind.values()) {
			if (kind.key().equals(key)) {
				return kind;
			}
		}
		return null;
	}

	private static void column(String key, String heading, Comparator<Ranked> order) {
		COLUMNS.put(key, new Column(heading, order));
	}

	private static <T extends Comparable<? super T>> Comparator<Ranked> nullable(
			Function<PatientOverview, @Nullable T> value) {
		return Comparator.comparing(r -> value.apply(r.patient()), Comparator.nullsLast(Comparator.naturalOrder()));
	}

	record Column(String heading, Comparator<Ranked> order) {
	}

	/**
	 * A patient with what the sort compares most, worked out once: sorting 500 patients compares
	 * each about twenty times, and the need and the lower-case name were computed on every comparison.
	 */
	record Ranked(PatientOverview patient, int need, String sortName) {

		static Ranked of(PatientOverview patient) {
			return new Ranked(patient, patient.need(), patient.name().toLowerCase(Locale.ROOT));
		}

	}

	/** A column heading: its sort link and, for the sorted column, its aria-sort value. */
	record Heading(String key, String label, String href, @Nullable String ariaSort) {
	}

}
