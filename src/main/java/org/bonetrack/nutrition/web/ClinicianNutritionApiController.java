package org.bonetrack.nutrition.web;

import java.time.LocalDate;

import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.nutrition.internal.DailyTargets;
import org.bonetrack.nutrition.internal.NutritionReads;
import org.bonetrack.patients.PatientProfile;
import org.bonetrack.patients.Patients;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A care-team patient's nutrition, read-only, for her clinicians; every read is audited. */
@RestController
@RequestMapping("/api/v1/patients/{patientId}/nutrition-days")
class ClinicianNutritionApiController {

	private final Patients patients;

	private final NutritionReads reads;

	ClinicianNutritionApiController(Patients patients, NutritionReads reads) {
		this.patients = patients;
		this.reads = reads;
	}

	@GetMapping
	NutritionJson.Days days(@AuthenticationPrincipal AuthenticatedUser clinician, @PathVariable long patientId,
			@RequestParam(required = false) @Nullable LocalDate from,
			@RequestParam(required = false) @Nullable LocalDate to) {
		PatientProfile profile = patients.careTeamPatient(clinician.id(), patientId);
		NutritionJson.Range range = NutritionJson.range(from, to, patients.today(patientId));
		patients.recordView(clinician.id(), patientId, "nutrition days " + range.from() + " to " + range.to() + " (API)");
		return new NutritionJson.Days(range.from(), range.to(),
				NutritionJson.Targets.of(DailyTargets.forWeight(profile.latestWeightKg())),
				reads.days(patientId, range.from(), range.to()).stream().map(NutritionJson.Day::of).toList());
	}

	@GetMapping("/{date}")
	NutritionJson.DayDetail day(@AuthenticationPrincipal AuthenticatedUser clinician, @PathVariable long patientId,
			@PathVariable LocalDate date) {
		PatientProfile profile = patients.careTeamPatient(clinician.id(), patientId);
		patients.recordView(clinician.id(), patientId, "nutrition on " + date + " (API)");
		return NutritionJson.DayDetail.of(date, reads.days(patientId, date, date).stream().findFirst().orElse(null),
				DailyTargets.forWeight(profile.latestWeightKg()), reads.entries(patientId, date));
	}

}
