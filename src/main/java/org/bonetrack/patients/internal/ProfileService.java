package org.bonetrack.patients.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.bonetrack.patients.BodyWeight;
import org.bonetrack.patients.BodyWeightChanged;
import org.bonetrack.patients.ClinicalContext;
import org.bonetrack.patients.ClinicalContextChanged;
import org.bonetrack.patients.PatientProfileChanged;
import org.bonetrack.shared.InvalidInputException;
import org.bonetrack.shared.InvalidInputException.FieldProblem;
import org.bonetrack.shared.MassUnit;
import org.bonetrack.shared.RecordNotFoundException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Changes to a patient's profile, weights and clinical context, with their rules. */
@Service
public class ProfileService {

	static final BigDecimal MIN_HEIGHT_CM = BigDecimal.valueOf(100);

	static final BigDecimal MAX_HEIGHT_CM = BigDecimal.valueOf(250);

	static final BigDecimal MIN_WEIGHT_KG = BigDecimal.valueOf(25);

	static final BigDecimal MAX_WEIGHT_KG = BigDecimal.valueOf(300);

	private final PatientProfileRepository profiles;

	private final BodyWeightRepository weights;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ProfileService(PatientProfileRepository profiles, BodyWeightRepository weights, ApplicationEventPublisher events,
			Clock clock) {
		this.profiles = profiles;
		this.weights = weights;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public void update(long patientId, ProfileUpdate update) {
		PatientProfileEntity profile = profile(patientId);
		List<FieldProblem> problems = new ArrayList<>();
		ZoneId zone = parseZone(update.timeZone(), problems);
		LocalDate today = LocalDate.now(clock.withZone(zone == null ? ZoneId.of(profile.getTimeZone()) : zone));
		if (update.birthDate() != null) {
			int age = Period.between(update.birthDate(), today).getYears();
			if (update.birthDate().isAfter(today)) {
				problems.add(new FieldProblem("birthDate", "profile.birthDate.future"));
			}
			else if (age < 18 || age > 120) {
				problems.add(new FieldProblem("birthDate", "profile.birthDate.range"));
			}
		}
		if (update.heightCm() != null
				&& (update.heightCm().compareTo(MIN_HEIGHT_CM) < 0 || update.heightCm().compareTo(MAX_HEIGHT_CM) > 0)) {
			problems.add(new FieldProblem("heightCm", "profile.heightCm.range", MIN_HEIGHT_CM, MAX_HEIGHT_CM));
		}
		if (update.anastrozoleStart() != null) {
			if (update.anastrozoleStart().isAfter(today)) {
				problems.add(new FieldProblem("anastrozoleStart", "profile.anastrozoleStart.future"));
			}
			else if (update.birthDate() != null && !update.anastrozoleStart().isAfter(update.birthDate())) {
				problems.add(new FieldProblem("anastrozoleStart", "profile.anastrozoleStart.beforeBirth"));
			}
		}
		if (update.massUnit() == null) {
			problems.add(new FieldProblem("massUnit", "profile.massUnit.required"));
		}
		if (update.vitaminDUnit() == null) {
			problems.add(new FieldProblem("vitaminDUnit", "profile.vitaminDUnit.required"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		BigDecimal height = update.heightCm() == null ? null : update.heightCm().setScale(1, RoundingMode.HALF_UP);
		profile.update(new ProfileUpdate(update.birthDate(), update.sex(), height, update.anastrozoleStart(),
				zone.getId(), update.massUnit(), update.vitaminDUnit()), clock.instant());
		publishFlushed(new PatientProfileChanged(patientId));
	}

	/**
	 * Records the weight for a date, in the given unit; a second weight on the same date
	 * replaces the first.
	 */
	@Transactional
	public BodyWeight recordWeight(long patientId, @Nullable LocalDate date, @Nullable BigDecimal amount,
			MassUnit unit) {
		PatientProfileEntity profile = profile(patientId);
		LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(profile.getTimeZone())));
		List<FieldProblem> problems = new ArrayList<>();
		if (date == null) {
			problems.add(new FieldProblem("date", "weight.date.required"));
		}
		else if (date.isAfter(today)) {
			problems.add(new FieldProblem("date", "weight.date.future"));
		}
		BigDecimal kg = amount == null ? null : unit.toKg(amount).setScale(2, RoundingMode.HALF_UP);
		if (kg == null) {
			problems.add(new FieldProblem("weight", "weight.required"));
		}
		else if (kg.compareTo(MIN_WEIGHT_KG) < 0 || kg.compareTo(MAX_WEIGHT_KG) > 0) {
			problems.add(new FieldProblem("weight", "weight.range", unit.fromKg(MIN_WEIGHT_KG, 0),
					unit.fromKg(MAX_WEIGHT_KG, 0), unit.symbol()));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		BodyWeightEntity entry = weights.findByPatientIdAndMeasuredOn(patientId, date)
			.map(existing -> {
				existing.correct(kg);
				return existing;
			})
			.orElseGet(() -> weights.save(new BodyWeightEntity(patientId, date, kg, clock.instant())));
		publishFlushed(new BodyWeightChanged(patientId, date));
		return entry.toBodyWeight();
	}

	@Transactional
	public void deleteWeight(long patientId, long weightId) {
		BodyWeightEntity entry = weights.findByIdAndPatientId(weightId, patientId)
			.orElseThrow(() -> RecordNotFoundException.of("Body weight", weightId));
		weights.delete(entry);
		publishFlushed(new BodyWeightChanged(patientId, entry.getMeasuredOn()));
	}

	@Transactional
	public void updateClinicalContext(long patientId, ClinicalContext context, long clinicianId) {
		String medication = context.boneProtectiveMedication();
		if (medication != null && medication.trim().length() > 200) {
			throw InvalidInputException.of("boneProtectiveMedication", "clinical.medication.tooLong", 200);
		}
		String trimmed = medication == null || medication.isBlank() ? null : medication.trim();
		profile(patientId).update(new ClinicalContext(context.lowImpactPlan(), context.takesWarfarin(),
				context.fragilityFracture(), context.vertebralFracture(), context.parentalHipFracture(),
				context.oralCorticosteroids(), context.smoker(), trimmed), clock.instant());
		publishFlushed(new ClinicalContextChanged(patientId, clinicianId));
	}

	/**
	 * Writes the changes before telling the listeners: they read profiles and weights with plain
	 * SQL ({@link PatientProfileQueries}), which does not see what the entity manager still holds.
	 */
	private void publishFlushed(Object event) {
		profiles.flush();
		events.publishEvent(event);
	}

	private PatientProfileEntity profile(long patientId) {
		return profiles.findById(patientId).orElseThrow(() -> RecordNotFoundException.of("Patient", patientId));
	}

	private static @Nullable ZoneId parseZone(@Nullable String zone, List<FieldProblem> problems) {
		if (zone == null || zone.isBlank()) {
			problems.add(new FieldProblem("timeZone", "profile.timeZone.required"));
			return null;
		}
		try {
			return ZoneId.of(zone.trim());
		}
		catch (DateTimeException ex) {
			problems.add(new FieldProblem("timeZone", "profile.timeZone.invalid"));
			return null;
		}
	}

}
