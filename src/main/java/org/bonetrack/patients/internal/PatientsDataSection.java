package org.bonetrack.patients.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.bonetrack.patients.ClinicalContext;
import org.bonetrack.patients.ClinicalNote;
import org.bonetrack.shared.RecordNotFoundException;
import org.bonetrack.shared.patientdata.DataTable;
import org.bonetrack.shared.patientdata.PatientDataSection;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The patient's profile, weights and the notes addressed to her, for export and erasure. */
@Component
class PatientsDataSection implements PatientDataSection {

	private final PatientProfileRepository profiles;

	private final BodyWeightRepository weights;

	private final ClinicalNoteRepository noteRows;

	private final ClinicalNotes notes;

	private final CareTeamRepository careTeam;

	private final Clock clock;

	PatientsDataSection(PatientProfileRepository profiles, BodyWeightRepository weights,
			ClinicalNoteRepository noteRows, ClinicalNotes notes, CareTeamRepository careTeam, Clock clock) {
		this.profiles = profiles;
		this.weights = weights;
		this.noteRows = noteRows;
		this.notes = notes;
		this.careTeam = careTeam;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<DataTable> export(long patientId) {
		PatientProfileEntity profile = profiles.findById(patientId)
			.orElseThrow(() -> RecordNotFoundException.of("Patient", patientId));
		ClinicalContext context = profile.clinicalContext();
		DataTable profileTable = new DataTable("profile",
				List.of("birth_date", "sex", "height_cm", "anastrozole_start", "time_zone", "mass_unit",
						"vitamin_d_unit", "low_impact_plan", "bone_protective_medication"),
				List.of(Arrays.asList(profile.getBirthDate(), profile.getSex(), profile.getHeightCm(),
						profile.getAnastrozoleStart(), profile.getTimeZone(), profile.getMassUnit(),
						profile.getVitaminDUnit(), context.lowImpactPlan(), context.boneProtectiveMedication())));
		List<List<Object>> weightRows = new ArrayList<>();
		weights.findByPatientIdOrderByMeasuredOnDesc(patientId)
			.forEach(entry -> weightRows.add(List.of(entry.toBodyWeight().date(), entry.toBodyWeight().weightKg())));
		List<List<Object>> noteRowsOut = new ArrayList<>();
		for (ClinicalNote note : notes.sharedWith(patientId)) {
			noteRowsOut.add(Arrays.asList(note.createdAt(), note.clinicianName(), note.body()));
		}
		return List.of(profileTable, new DataTable("body_weights", List.of("date", "weight_kg"), weightRows),
				new DataTable("notes_from_care_team", List.of("written_at", "clinician", "note"), noteRowsOut));
	}

	@Override
	@Transactional
	public void erase(long patientId) {
		weights.deleteAll(weights.findByPatientIdOrderByMeasuredOnDesc(patientId));
		noteRows.deleteByPatientId(patientId);
		careTeam.deleteByPatientId(patientId);
		profiles.findById(patientId).ifPresent(profile -> profile.erase(clock.instant()));
	}

}
