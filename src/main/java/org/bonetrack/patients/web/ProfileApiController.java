package org.bonetrack.patients.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.patients.BodyWeight;
import org.bonetrack.patients.PatientProfile;
import org.bonetrack.patients.Patients;
import org.bonetrack.patients.Sex;
import org.bonetrack.patients.internal.ProfileService;
import org.bonetrack.patients.internal.ProfileUpdate;
import org.bonetrack.shared.MassUnit;
import org.bonetrack.shared.VitaminDUnit;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The patient's profile and body weights as JSON. */
@RestController
@RequestMapping("/api/v1/me")
class ProfileApiController {

	private final Patients patients;

	private final ProfileService profiles;

	ProfileApiController(Patients patients, ProfileService profiles) {
		this.patients = patients;
		this.profiles = profiles;
	}

	@GetMapping("/profile")
	ProfileResponse profile(@AuthenticationPrincipal AuthenticatedUser user) {
		return ProfileResponse.of(patients.profile(user.id()), patients.weights(user.id()));
	}

	@PutMapping("/profile")
	ProfileResponse update(@AuthenticationPrincipal AuthenticatedUser user, @RequestBody ProfileRequest request) {
		PatientProfile current = patients.profile(user.id());
		profiles.update(user.id(), new ProfileUpdate(request.birthDate(), request.sex(), request.heightCm(),
				request.anastrozoleStart(), request.timeZone() == null ? current.timeZone().getId() : request.timeZone(),
				request.massUnit() == null ? current.massUnit() : request.massUnit(),
				request.vitaminDUnit() == null ? current.vitaminDUnit() : request.vitaminDUnit()));
		return profile(user);
	}

	@PostMapping("/body-weights")
	ResponseEntity<BodyWeight> recordWeight(@AuthenticationPrincipal AuthenticatedUser user,
			@RequestBody WeightRequest request) {
		BodyWeight weight = profiles.recordWeight(user.id(), request.date(), request.weightKg(), MassUnit.KG);
		return ResponseEntity.created(URI.create("/api/v1/me/body-weights/" + weight.id())).body(weight);
	}

	/** Omitted units and time zone keep their current values; the other fields are replaced. */
	record ProfileRequest(@Nullable LocalDate birthDate, @Nullable Sex sex, @Nullable BigDecimal heightCm,
			@Nullable LocalDate anastrozoleStart, @Nullable String timeZone, @Nullable MassUnit massUnit,
			@Nullable VitaminDUnit vitaminDUnit) {
	}

	record WeightRequest(@Nullable LocalDate date, @Nullable BigDecimal weightKg) {
	}

	record ProfileResponse(long id, String email, String displayName, @Nullable LocalDate birthDate,
			@Nullable Sex sex, @Nullable BigDecimal heightCm, @Nullable LocalDate anastrozoleStart, String timeZone,
			MassUnit massUnit, VitaminDUnit vitaminDUnit, @Nullable BigDecimal latestWeightKg,
			List<BodyWeight> bodyWeights) {

		static ProfileResponse of(PatientProfile profile, List<BodyWeight> weights) {
			return new ProfileResponse(profile.patientId(), profile.email(), profile.displayName(),
					profile.birthDate(), profile.sex(), profile.heightCm(), profile.anastrozoleStart(),
					profile.timeZone().getId(), profile.massUnit(), profile.vitaminDUnit(), profile.latestWeightKg(),
					weights);
		}

	}

}
