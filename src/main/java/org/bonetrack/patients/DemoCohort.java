package org.bonetrack.patients;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.bonetrack.accounts.Accounts;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo profile's patients. Other modules' demo data use it to give every patient a year of
 * deterministic, realistic records that match her habits.
 */
@Component
@Profile("demo")
public class DemoCohort {

	public static final String PASSWORD = "bonetrack-demo";

	/** Adherence and traits per demo e-mail; the accounts themselves are created by the patients module. */
	static final Map<String, Habits> HABITS = Map.ofEntries(
			Map.entry("patient@demo.test", new Habits(0.85, Set.of(DemoTrait.SIGNIFICANT_LOSS))),
			Map.entry("patient2@demo.test", new Habits(0.7, Set.of(DemoTrait.SCANNER_CHANGE))),
			Map.entry("joan.whitfield@demo.test", new Habits(0.95, Set.of())),
			Map.entry("aiko.tanaka@demo.test", new Habits(0.9, Set.of())),
			Map.entry("brenda.okafor@demo.test", new Habits(0.75, Set.of(DemoTrait.CALCIUM_OVERDOER))),
			Map.entry("carmen.delgado@demo.test", new Habits(0.6, Set.of(DemoTrait.SCANNER_CHANGE))),
			Map.entry("deborah.lindqvist@demo.test", new Habits(0.8, Set.of(DemoTrait.WARFARIN_VITAMIN_K))),
			Map.entry("eileen.murphy@demo.test", new Habits(0.7, Set.of(DemoTrait.LOW_IMPACT_PLAN))),
			Map.entry("fatima.haddad@demo.test", new Habits(0.5, Set.of())),
			Map.entry("gloria.bianchi@demo.test", new Habits(0.35, Set.of(DemoTrait.SIGNIFICANT_LOSS))),
			Map.entry("helen.novak@demo.test", new Habits(0.65, Set.of(DemoTrait.LAPSED))),
			Map.entry("ingrid.solberg@demo.test", new Habits(0.9, Set.of())),
			Map.entry("janet.mwangi@demo.test", new Habits(0.25, Set.of())),
			Map.entry("kathleen.obrien@demo.test", new Habits(0.55, Set.of())),
			Map.entry("lucia.ferreira@demo.test", new Habits(0.8, Set.of())),
			Map.entry("mei.chen@demo.test", new Habits(0.45, Set.of(DemoTrait.LAPSED))),
			Map.entry("nadia.petrova@demo.test", new Habits(0.7, Set.of())),
			Map.entry("olivia.grant@demo.test", new Habits(0.15, Set.of())),
			Map.entry("pauline.moreau@demo.test", new Habits(0.85, Set.of())),
			Map.entry("rosa.alvarez@demo.test", new Habits(0.6, Set.of())),
			Map.entry("sandra.kowalski@demo.test", new Habits(0.0, Set.of(DemoTrait.NEW_NO_DATA))));

	private final Accounts accounts;

	DemoCohort(Accounts accounts) {
		this.accounts = accounts;
	}

	/** Every demo patient that exists, in a stable order. */
	public List<DemoPatient> patients() {
		return HABITS.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.flatMap(entry -> accounts.findByEmail(entry.getKey())
				.map(account -> new DemoPatient(account.id(), account.email(), entry.getValue().adherence(),
						entry.getValue().traits()))
				.stream())
			.toList();
	}

	public Optional<DemoPatient> patient(String email) {
		return patients().stream().filter(patient -> patient.email().equals(email)).findFirst();
	}

	record Habits(double adherence, Set<DemoTrait> traits) {
	}

}
