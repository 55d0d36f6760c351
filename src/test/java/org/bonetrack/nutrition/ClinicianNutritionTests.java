package org.bonetrack.nutrition;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.nutrition.internal.EntryInput.FoodInput;
import org.bonetrack.nutrition.internal.EntryInput.SupplementInput;
import org.bonetrack.nutrition.internal.NutritionEntries;
import org.bonetrack.nutrition.internal.SupplementPresets;
import org.bonetrack.patients.Patients;
import org.bonetrack.support.IntegrationTest;
import org.bonetrack.support.TestPeople;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Care-team clinicians read a patient's nutrition, read-only and audited; nobody else does. */
@IntegrationTest
class ClinicianNutritionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	Patients patients;

	@Autowired
	NutritionEntries entries;

	@Autowired
	SupplementPresets supplements;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aCareTeamClinicianReadsTheDaysAndADayWithoutEditingAndEveryReadIsAudited() throws Exception {
		AuthenticatedUser clinician = people.clinician();
		AuthenticatedUser patient = people.patientOf(clinician);
		LocalDate day = patients.today(patient.id()).minusDays(1);
		entries.add(patient.id(), day, new FoodInput(1077L, new BigDecimal("244"), null));
		entries.add(patient.id(), day,
				new SupplementInput(supplements.findByCode("vitamin-k2-mk7-180").orElseThrow().id(), BigDecimal.ONE));
		String base = "/clinician/patients/" + patient.id() + "/nutrition";

		mvc.perform(get(base).with(user(clinician)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("276"))); // 113 x 2.44 = 275.72
		mvc.perform(get(base + "/" + day).with(user(clinician)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Milk, whole")))
			.andExpect(content().string(containsString("A supplement with vitamin K was logged")))
			.andExpect(content().string(not(containsString("/delete"))))
			.andExpect(content().string(not(containsString("Add a food"))));
		mvc.perform(get("/api/v1/patients/" + patient.id() + "/nutrition-days").with(user(clinician)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.days[0].vitaminKSupplement").value(true));
		mvc.perform(get("/api/v1/patients/" + patient.id() + "/nutrition-days/" + day).with(user(clinician)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totals.calciumMg").value(275.72))
			.andExpect(jsonPath("$.entries[1].kind").value("SUPPLEMENT"));

		assertThat(jdbc.queryForObject("""
				select count(*) from audit_events
				where actor_id = ? and patient_id = ? and action = 'PATIENT_RECORD_VIEWED' and details like 'nutrition%'
				""", Integer.class, clinician.id(), patient.id())).isEqualTo(4);
	}

	@Test
	void aClinicianOffTheCareTeamGetsNotFoundAndNothingIsAudited() throws Exception {
		AuthenticatedUser clinician = people.clinician();
		AuthenticatedUser patient = people.patientOf(people.clinician());
		LocalDate day = patients.today(patient.id());

		mvc.perform(get("/clinician/patients/" + patient.id() + "/nutrition").with(user(clinician)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/clinician/patients/" + patient.id() + "/nutrition/" + day).with(user(clinician)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/patients/" + patient.id() + "/nutrition-days").with(user(clinician)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/patients/" + patient.id() + "/nutrition-days/" + day).with(user(clinician)))
			.andExpect(status().isNotFound());

		assertThat(jdbc.queryForObject("select count(*) from audit_events where actor_id = ? and patient_id = ?",
				Integer.class, clinician.id(), patient.id())).isZero();
	}

	@Test
	void adminsGetForbiddenForPatientsNutrition() throws Exception {
		AuthenticatedUser admin = people.admin();
		AuthenticatedUser patient = people.patientOf(people.clinician());

		mvc.perform(get("/clinician/patients/" + patient.id() + "/nutrition").with(user(admin)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/patients/" + patient.id() + "/nutrition-days").with(user(admin)))
			.andExpect(status().isForbidden());
	}

	@Test
	void aClinicianCannotLogOrChangeAPatientsNutrition() throws Exception {
		AuthenticatedUser clinician = people.clinician();
		AuthenticatedUser patient = people.patientOf(clinician);
		LocalDate day = patients.today(patient.id());

		mvc.perform(post("/me/nutrition/" + day + "/foods").with(user(clinician)).with(csrf())
			.param("foodId", "1077").param("amount", "100").param("unit", "g"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/clinician/patients/" + patient.id() + "/nutrition/" + day).with(user(clinician)).with(csrf()))
			.andExpect(status().isMethodNotAllowed());

		assertThat(jdbc.queryForObject("select count(*) from nutrition_entries where patient_id = ?", Integer.class,
				patient.id())).isZero();
	}

}
