package org.bonetrack.dashboard;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import ca.uhn.fhir.context.FhirContext;
import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.support.IntegrationTest;
import org.bonetrack.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.hl7.fhir.r4.model.Bundle;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class PatientDataExportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JsonMapper json;

	@Test
	void exportHoldsEveryRowAsCsvAndAsOneJsonDocument() throws Exception {
		AuthenticatedUser clinician = people.clinician();
		AuthenticatedUser patient = people.patientOf(clinician);
		for (String date : new String[] { "2026-01-01", "2026-02-01", "2026-03-01" }) {
			mvc.perform(post("/me/profile/weights").with(user(patient)).with(csrf()).param("date", date).param("weight", "61.5"));
		}
		mvc.perform(post("/clinician/patients/" + patient.id() + "/notes").with(user(clinician)).with(csrf())
			.param("body", "=HYPERLINK(\"http://evil.example\")").param("sharedWithPatient", "true"));
		mvc.perform(post("/clinician/patients/" + patient.id() + "/notes").with(user(clinician)).with(csrf())
			.param("body", "internal note, not for the patient"));
		recordScan(clinician, patient);
		logExerciseAndFood(patient);

		byte[] zip = mvc.perform(get("/me/export/download").with(user(patient)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("bonetrack-export-")))
			.andReturn().getResponse().getContentAsByteArray();
		Map<String, String> files = unzip(zip);

		assertThat(files).containsKeys("profile.csv", "body_weights.csv", "notes_from_care_team.csv", "bonetrack-export.json");
		assertThat(csv(files.get("body_weights.csv"))).extracting(row -> row.get("date"))
			.containsExactlyInAnyOrder("2026-01-01", "2026-02-01", "2026-03-01");
		assertThat(csv(files.get("notes_from_care_team.csv"))).singleElement()
			.satisfies(row -> assertThat(row.get("note")).isEqualTo("'=HYPERLINK(\"http://evil.example\")"));
		assertThat(csv(files.get("exercise_sessions.csv"))).singleElement()
			.satisfies(row -> assertThat(row.get("notes")).isEqualTo("'-5 kg vest next time"));
		assertThat(csv(files.get("exercise_sets.csv"))).extracting(row -> row.get("exercise"))
			.containsExactly("squat", "deadlift");
		assertThat(csv(files.get("nutrition_entries.csv"))).singleElement().satisfies(row -> {
			// whole milk (SR 01077) has 113 mg calcium per 100 g: 250 g → 282.50 mg
			assertThat(row.get("calcium_mg")).isEqualTo("282.50");
			assertThat(row.get("what")).startsWith("Milk, whole");
		});
		assertThat(csv(files.get("dexa_site_results.csv"))).extracting(row -> row.get("bmd_g_cm2"))
			.containsExactlyInAnyOrder("0.912", "0.801");
		assertThat(FhirContext.forR4().newJsonParser().parseResource(Bundle.class, files.get("dexa-fhir-r4.json"))
			.getEntry()).isNotEmpty();
		JsonNode document = json.readTree(files.get("bonetrack-export.json"));
		assertThat(document.get("tables").get("body_weights")).hasSize(3);
		assertThat(document.get("tables").get("notes_from_care_team")).hasSize(1);
	}

	@Test
	void deletionNeedsThePasswordAndRemovesEveryRowOfHealthData() throws Exception {
		AuthenticatedUser clinician = people.clinician();
		AuthenticatedUser patient = people.patientOf(clinician);
		mvc.perform(post("/me/profile/weights").with(user(patient)).with(csrf()).param("date", "2026-01-01").param("weight", "61.5"));
		mvc.perform(post("/clinician/patients/" + patient.id() + "/notes").with(user(clinician)).with(csrf()).param("body", "note"));
		recordScan(clinician, patient);
		logExerciseAndFood(patient);

		mvc.perform(post("/me/export/delete").with(user(patient)).with(csrf())
			.param("password", "wrong password!")
			.param("confirm", "true")).andExpect(status().isOk());
		assertThat(rowsOfPatient(patient)).isPositive();

		mvc.perform(post("/me/export/delete").with(user(patient)).with(csrf())
			.param("password", TestPeople.PASSWORD)
			.param("confirm", "true")).andExpect(status().is3xxRedirection());

		assertThat(rowsOfPatient(patient)).isZero();
		assertThat(jdbc.queryForObject("select enabled from users where id = ?", Boolean.class, patient.id())).isFalse();
		assertThat(jdbc.queryForObject("select birth_date is null and height_cm is null from patient_profiles where patient_id = ?",
				Boolean.class, patient.id())).isTrue();
		assertThat(jdbc.queryForObject("select count(*) from audit_events where patient_id = ? and action = 'PATIENT_DATA_ERASED'",
				Integer.class, patient.id())).isEqualTo(1);
	}

	@Test
	void deletionMustBeConfirmed() throws Exception {
		AuthenticatedUser patient = people.patient();

		mvc.perform(post("/me/export/delete").with(user(patient)).with(csrf()).param("password", TestPeople.PASSWORD))
			.andExpect(status().isOk());

		assertThat(jdbc.queryForObject("select enabled from users where id = ?", Boolean.class, patient.id())).isTrue();
	}

	private void logExerciseAndFood(AuthenticatedUser patient) throws Exception {
		mvc.perform(post("/api/v1/me/exercise-sessions").with(user(patient)).with(csrf().asHeader())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"date": "2026-01-02", "type": "RESISTANCE", "durationMinutes": 40, "rpe": 8,
					 "notes": "-5 kg vest next time",
					 "sets": [{"exercise": "squat", "reps": 5, "loadKg": 40, "warmup": false},
					          {"exercise": "deadlift", "reps": 5, "loadKg": 50, "warmup": false}]}
					""")).andExpect(status().isCreated());
		mvc.perform(post("/api/v1/me/nutrition-entries").with(user(patient)).with(csrf().asHeader())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"date\": \"2026-01-02\", \"foodId\": 1077, \"grams\": 250}"))
			.andExpect(status().isCreated());
	}

	private void recordScan(AuthenticatedUser clinician, AuthenticatedUser patient) throws Exception {
		mvc.perform(post("/api/v1/patients/" + patient.id() + "/dexa-scans").with(user(clinician)).with(csrf().asHeader())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"date": "2025-06-02", "facility": "City Hospital", "manufacturer": "HOLOGIC", "model": "Horizon A",
					 "sites": [{"site": "LUMBAR_SPINE", "vertebrae": "L1-L4", "bmd": 0.912, "tScore": -1.4},
					           {"site": "FEMORAL_NECK", "side": "LEFT", "bmd": 0.801, "tScore": -0.5}]}
					""")).andExpect(status().isCreated());
	}

	/**
	 * Rows that hold the patient's health data, counted table by table over every table with a
	 * patient_id column (the profile row stays, emptied; the audit trail keeps its own record).
	 */
	private int rowsOfPatient(AuthenticatedUser patient) {
		int total = 0;
		for (String table : jdbc.queryForList("""
				select table_name from information_schema.columns
				where table_schema = current_schema() and column_name = 'patient_id'
				  and table_name not in ('patient_profiles', 'audit_events')
				""", String.class)) {
			total += jdbc.queryForObject("select count(*) from " + table + " where patient_id = ?", Integer.class,
					patient.id());
		}
		return total;
	}

	private static Map<String, String> unzip(byte[] zip) throws IOException {
		Map<String, String> files = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		return files;
	}

	private static java.util.List<CSVRecord> csv(String text) throws IOException {
		return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new java.io.StringReader(text)).getRecords();
	}

}
