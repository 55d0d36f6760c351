package org.bonetrack.patients;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.patients.internal.ProfileService;
import org.bonetrack.patients.internal.ProfileUpdate;
import org.bonetrack.shared.MassUnit;
import org.bonetrack.shared.VitaminDUnit;
import org.bonetrack.support.IntegrationTest;
import org.bonetrack.support.StatementCounter;
import org.bonetrack.support.TestPeople;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link Patients#profiles}, the batch read behind the clinician's list: the same as one by one, in few statements. */
@IntegrationTest
class PatientProfilesBatchReadTests {

	@Autowired
	Patients patients;

	@Autowired
	ProfileService profiles;

	@Autowired
	TestPeople people;

	@Autowired
	StatementCounter counter;

	@Test
	void theLatestWeightFollowsACorrectionAndADeletion() {
		AuthenticatedUser patient = people.patient();
		profiles.recordWeight(patient.id(), LocalDate.of(2025, 1, 10), new BigDecimal("64"), MassUnit.KG);
		BodyWeight latest = profiles.recordWeight(patient.id(), LocalDate.of(2025, 3, 2), new BigDecimal("63"),
				MassUnit.KG);
		assertThat(patients.profile(patient.id()).latestWeightKg()).isEqualByComparingTo("63");

		// a second weight on the same day corrects the first
		profiles.recordWeight(patient.id(), LocalDate.of(2025, 3, 2), new BigDecimal("62.5"), MassUnit.KG);
		assertThat(patients.profiles(List.of(patient.id())).get(patient.id()).latestWeightKg())
			.isEqualByComparingTo("62.5");

		profiles.deleteWeight(patient.id(), latest.id());
		assertThat(patients.profile(patient.id()).latestWeightKg()).isEqualByComparingTo("64");
	}

	@Test
	void eachPatientGetsExactlyWhatHerOwnProfileSaysWithHerLatestWeight() {
		AuthenticatedUser clinician = people.clinician();
		AuthenticatedUser full = people.patientOf(clinician);
		profiles.update(full.id(), new ProfileUpdate(LocalDate.of(1958, 3, 14), Sex.FEMALE, new BigDecimal("162.5"),
				LocalDate.of(2024, 9, 1), "Australia/Perth", MassUnit.LB, VitaminDUnit.UG));
		profiles.updateClinicalContext(full.id(),
				new ClinicalContext(true, true, false, true, false, true, true, "alendronate"), clinician.id());
		profiles.recordWeight(full.id(), LocalDate.of(2025, 1, 10), new BigDecimal("64.25"), MassUnit.KG);
		profiles.recordWeight(full.id(), LocalDate.of(2025, 3, 2), new BigDecimal("63.5"), MassUnit.KG);
		profiles.recordWeight(full.id(), LocalDate.of(2024, 12, 1), new BigDecimal("66"), MassUnit.KG);
		AuthenticatedUser bare = people.patientOf(clinician);
		List<Long> ids = List.of(full.id(), bare.id(), clinician.id(), 999_999_999L);

		Map<Long, PatientProfile> batch = patients.profiles(ids);

		assertThat(batch.keySet()).containsExactlyInAnyOrder(full.id(), bare.id());
		assertThat(batch.get(full.id())).isEqualTo(patients.profile(full.id()));
		assertThat(batch.get(bare.id())).isEqualTo(patients.profile(bare.id()));
		assertThat(batch.get(full.id()).latestWeightKg()).isEqualTo(new BigDecimal("63.50"));
		assertThat(batch.get(full.id()).timeZone().getId()).isEqualTo("Australia/Perth");
		assertThat(batch.get(bare.id()).latestWeightKg()).isNull();
		assertThat(patients.profiles(List.of())).isEmpty();
	}

	@Test
	void twoStatementsForThreePatientsAsForThirty() throws Exception {
		AuthenticatedUser clinician = people.clinician();
		List<Long> three = patientsWithAWeight(clinician, 3);
		List<Long> thirty = patientsWithAWeight(clinician, 30);

		StatementCounter.Counted<Map<Long, PatientProfile>> forThree = counter.count(() -> patients.profiles(three));
		StatementCounter.Counted<Map<Long, PatientProfile>> forThirty = counter.count(() -> patients.profiles(thirty));

		assertThat(forThree.result()).hasSize(3);
		assertThat(forThirty.result()).hasSize(30);
		assertThat(forThree.statements()).isEqualTo(forThirty.statements()).isEqualTo(2);
	}

	private List<Long> patientsWithAWeight(AuthenticatedUser clinician, int count) {
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			AuthenticatedUser patient = people.patientOf(clinician);
			profiles.recordWeight(patient.id(), LocalDate.of(2025, 1, 1).plusDays(i), new BigDecimal("60"), MassUnit.KG);
			ids.add(patient.id());
		}
		return ids;
	}

}
