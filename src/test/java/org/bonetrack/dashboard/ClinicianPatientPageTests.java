package org.bonetrack.dashboard;

import org.bonetrack.accounts.AuthenticatedUser;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ClinicianPatientPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	Patients patients;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void careTeamClinicianOpensThePatientAndTheReadIsAudited() throws Exception {
		AuthenticatedUser clinician = people.clinician();
		AuthenticatedUser patient = people.patientOf(clinician);

		mvc.perform(get("/clinician/patients/" + patient.id()).with(user(clinician)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(patient.displayName())));

		assertThat(jdbc.queryForObject("""
				select count(*) from audit_events where actor_id = ? and patient_id = ?
				and action = 'PATIENT_RECORD_VIEWED' and details = 'patient detail'
				""", Integer.class, clinician.id(), patient.id())).isEqualTo(1);
	}

	@Test
	void otherCliniciansGetNotFoundAndCannotChangeAnything() throws Exception {
		AuthenticatedUser patient = people.patientOf(people.clinician());
		AuthenticatedUser outsider = people.clinician();

		mvc.perform(get("/clinician/patients/" + patient.id()).with(user(outsider))).andExpect(status().isNotFound());
		mvc.perform(post("/clinician/patients/" + patient.id() + "/clinical-context").with(user(outsider)).with(csrf())
			.param("takesWarfarin", "true")).andExpect(status().isNotFound());
		mvc.perform(post("/clinician/patients/" + patient.id() + "/notes").with(user(outsider)).with(csrf())
			.param("body", "sneaky")).andExpect(status().isNotFound());

		assertThat(patients.profile(patient.id()).clinicalContext().takesWarfarin()).isFalse();
		assertThat(patients.clinicalNotes(patient.id())).isEmpty();
	}

	@Test
	void clinicianRecordsClinicalContextAndUncheckedBoxesClearIt() throws Exception {
		AuthenticatedUser clinician = people.clinician();
		AuthenticatedUser patient = people.patientOf(clinician);

		mvc.perform(post("/clinician/patients/" + patient.id() + "/clinical-context").with(user(clinician)).with(csrf())
			.param("lowImpactPlan", "true")
			.param("vertebralFracture", "true")
			.param("boneProtectiveMedication", "  denosumab 60 mg every 6 months "))
			.andExpect(redirectedUrl("/clinician/patients/" + patient.id() + "#context"));
		var context = patients.profile(patient.id()).clinicalContext();
		assertThat(context.lowImpactPlan()).isTrue();
		assertThat(context.vertebralFracture()).isTrue();
		assertThat(context.takesWarfarin()).isFalse();
		assertThat(context.boneProtectiveMedication()).isEqualTo("denosumab 60 mg every 6 months");

		mvc.perform(post("/clinician/patients/" + patient.id() + "/clinical-context").with(user(clinician)).with(csrf())
			.param("boneProtectiveMedication", ""));
		assertThat(patients.profile(patient.id()).clinicalContext().lowImpactPlan()).isFalse();
		assertThat(jdbc.queryForObject("select count(*) from audit_events where patient_id = ? and action = 'CLINICAL_CONTEXT_CHANGED'",
				Integer.class, patient.id())).isEqualTo(2);
	}

	@Test
	void notesAreAddedAuditedAndAnEmptyNoteKeepsTheFormWithAMessage() throws Exception {
		AuthenticatedUser clinician = people.clinician();
		AuthenticatedUser patient = people.patientOf(clinician);

		mvc.perform(post("/clinician/patients/" + patient.id() + "/notes").with(user(clinician)).with(csrf())
			.param("body", "Discussed impact training; start with 20 hops.")
			.param("sharedWithPatient", "true"));
		mvc.perform(post("/clinician/patients/" + patient.id() + "/notes").with(user(clinician)).with(csrf())
			.param("body", "   "))
			.andExpect(flash().attribute("noteError", "Write the note before saving it."));

		assertThat(patients.clinicalNotes(patient.id())).singleElement().satisfies(note -> {
			assertThat(note.sharedWithPatient()).isTrue();
			assertThat(note.clinicianName()).isEqualTo(clinician.displayName());
		});
		assertThat(jdbc.queryForObject("select count(*) from audit_events where patient_id = ? and action = 'CLINICAL_NOTE_ADDED'",
				Integer.class, patient.id())).isEqualTo(1);
		mvc.perform(get("/clinician/patients/" + patient.id()).with(user(clinician)))
			.andExpect(content().string(containsString("start with 20 hops")));
	}

	@Test
	void noteTextIsShownAsTextNeverAsMarkup() throws Exception {
		AuthenticatedUser clinician = people.clinician();
		AuthenticatedUser patient = people.patientOf(clinician);
		mvc.perform(post("/clinician/patients/" + patient.id() + "/notes").with(user(clinician)).with(csrf())
			.param("body", "<script>alert(1)</script><img src=x onerror=alert(2)>"));

		mvc.perform(get("/clinician/patients/" + patient.id()).with(user(clinician)))
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
			.andExpect(content().string(not(containsString("<img src=x"))));
	}

}
