package org.bonetrack.dexa;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;

import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.patients.internal.ProfileService;
import org.bonetrack.patients.internal.ProfileUpdate;
import org.bonetrack.shared.MassUnit;
import org.bonetrack.shared.VitaminDUnit;
import org.bonetrack.support.IntegrationTest;
import org.bonetrack.support.TestPeople;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class DexaApiTests {

	static final String BASELINE = """
			{"date": "2024-01-15", "facility": "Northgate Imaging", "manufacturer": "HOLOGIC", "model": "Horizon A",
			 "sites": [
			   {"site": "LUMBAR_SPINE", "vertebrae": "L1-L4", "bmd": 0.950, "tScore": -1.2, "zScore": -0.3},
			   {"site": "FEMORAL_NECK", "side": "LEFT", "bmd": 0.750},
			   {"site": "TOTAL_HIP", "side": "LEFT", "bmd": 0.880, "tScore": -0.5, "zScore": 0.2}
			 ]}
			""";

	static final String THIRTEEN_MONTHS_LATER = """
			{"date": "2025-02-15", "facility": "Northgate Imaging", "manufacturer": "HOLOGIC", "model": "Horizon A",
			 "sites": [
			   {"site": "LUMBAR_SPINE", "vertebrae": "L1-L4", "bmd": 0.900, "tScore": -1.6, "zScore": -0.6},
			   {"site": "FEMORAL_NECK", "side": "LEFT", "bmd": 0.740, "tScore": -1.0}
			 ]}
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ProfileService profiles;

	@Test
	void aClinicianRecordsScansAndEveryoneAllowedReadsThemWithTheirAnalysis() throws Exception {
		AuthenticatedUser clinician = people.clinician();
		AuthenticatedUser patient = people.patientOf(clinician);

		mvc.perform(post(scansOf(patient)).with(user(clinician)).with(csrf().asHeader())
			.contentType(MediaType.APPLICATION_JSON)
			.content(BASELINE))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith(scansOf(patient) + "/")))
			.andExpect(jsonPath("$.whoCategory").value("OSTEOPENIA"))
			.andExpect(jsonPath("$.sites", hasSize(3)))
			.andExpect(jsonPath("$.sites[0].site").value("LUMBAR_SPINE"))
			.andExpect(jsonPath("$.sites[0].vertebrae").value("L1-L4"))
			.andExpect(jsonPath("$.sites[0].tScore").value(-1.2))
			.andExpect(jsonPath("$.sites[0].tScoreComputed").value(false))
			.andExpect(jsonPath("$.sites[0].analysis.sincePrevious").value(nullValue()))
			.andExpect(jsonPath("$.sites[2].site").value("FEMORAL_NECK"))
			.andExpect(jsonPath("$.sites[2].tScore").value(-0.9))
			.andExpect(jsonPath("$.sites[2].tScoreComputed").value(true));
		mvc.perform(post(scansOf(patient)).with(user(clinician)).with(csrf().asHeader())
			.contentType(MediaType.APPLICATION_JSON)
			.content(THIRTEEN_MONTHS_LATER)).andExpect(status().isCreated());

		mvc.perform(get("/api/v1/me/dexa-scans").with(user(patient)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[1].date").value("2025-02-15"))
			.andExpect(jsonPath("$[1].whoCategory").value("OSTEOPENIA"))
			.andExpect(jsonPath("$[1].sites[0].analysis.sincePrevious.changeGcm2").value(-0.05))
			.andExpect(jsonPath("$[1].sites[0].analysis.sincePrevious.changePercent").value(-5.26))
			.andExpect(jsonPath("$[1].sites[0].analysis.sincePrevious.percentPerYear").value(-4.86))
			.andExpect(jsonPath("$[1].sites[0].analysis.sincePrevious.significant").value(false))
			.andExpect(jsonPath("$[1].sites[0].analysis.sincePrevious.comparable").value(true))
			.andExpect(jsonPath("$[1].sites[0].analysis.sincePrevious.reason").value(nullValue()))
			.andExpect(jsonPath("$[1].sites[0].analysis.sinceBaseline.changeGcm2").value(-0.05));

		mvc.perform(get(scansOf(patient)).with(user(clinician)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(2)));
		assertThat(jdbc.queryForObject("""
				select count(*) from audit_events
				where actor_id = ? and patient_id = ? and action = 'PATIENT_RECORD_VIEWED' and details like 'DEXA%'
				""", Integer.class, clinician.id(), patient.id())).isEqualTo(1);
		assertThat(jdbc.queryForList("select action from audit_events where patient_id = ? and action like 'DEXA%' order by id",
				String.class, patient.id()))
			.containsExactly("DEXA_SCAN_RECORDED", "DEXA_SCAN_RECORDED");
	}

	@Test
	void aScannerChangeIsReportedAsNotComparableWithItsReason() throws Exception {
		AuthenticatedUser clinician = people.clinician();
		AuthenticatedUser patient = people.patientOf(clinician);
		create(clinician, patient, BASELINE);
		create(clinician, patient, THIRTEEN_MONTHS_LATER.replace("HOLOGIC", "GE_LUNAR"));

		mvc.perform(get(scansOf(patient)).with(user(clinician)))
			.andExpect(jsonPath("$[1].sites[0].analysis.sincePrevious.comparable").value(false))
			.andExpect(jsonPath("$[1].sites[0].analysis.sincePrevious.reason").value("MANUFACTURER_DIFFERS"))
			.andExpect(jsonPath("$[1].sites[0].analysis.sincePrevious.changeGcm2").value(nullValue()))
			.andExpect(jsonPath("$[1].sites[0].analysis.sincePrevious.significant").value(false));
	}

	@Test
	void invalidScansAnswerA400ProblemNamingEachFieldAndNothingIsSaved() throws Exception {
		AuthenticatedUser clinician = people.clinician();
		AuthenticatedUser patient = people.patientOf(clinician);

		mvc.perform(post(scansOf(patient)).with(user(clinician)).with(csrf().asHeader())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"date": "2999-01-01", "facility": " ", "manufacturer": "HOLOGIC",
					 "sites": [
					   {"site": "LUMBAR_SPINE", "side": "LEFT", "bmd": 0.95},
					   {"site": "TOTAL_HIP", "side": "LEFT", "bmd": 2.5, "tScore": -7, "zScore": 6.5},
					   {"site": "TOTAL_HIP", "side": "LEFT", "bmd": 0.8},
					   {"site": "FEMORAL_NECK", "bmd": 0.1, "lscGcm2": 0.5}
					 ]}
					"""))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("date", "facility", "sites[0].side",
					"sites[0].vertebrae", "sites[1].bmd", "sites[1].tScore", "sites[1].zScore", "sites[2].site",
					"sites[3].side", "sites[3].bmd", "sites[3].lscGcm2")))
			.andExpect(jsonPath("$.errors[?(@.field == 'sites[1].bmd')].message")
				.value("Enter a BMD between 0.2 and 2.0 g/cm²."))
			.andExpect(jsonPath("$.errors[?(@.field == 'date')].message")
				.value("The scan date cannot be in the future."))
			.andExpect(jsonPath("$.errors[?(@.field == 'sites[2].site')].message")
				.value("Total hip, left appears twice in this scan: enter each site and side once."));

		assertThat(jdbc.queryForObject("select count(*) from dexa_scans where patient_id = ?", Integer.class,
				patient.id())).isZero();
	}

	@Test
	void aScanNeedsSitesAndASpineResultNeedsItsVertebrae() throws Exception {
		AuthenticatedUser clinician = people.clinician();
		AuthenticatedUser patient = people.patientOf(clinician);

		mvc.perform(post(scansOf(patient)).with(user(clinician)).with(csrf().asHeader())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"date\": \"2024-01-15\", \"facility\": \"X\", \"sites\": []}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("manufacturer", "sites")));
		mvc.perform(post(scansOf(patient)).with(user(clinician)).with(csrf().asHeader())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"date": "2024-01-15", "facility": "X", "manufacturer": "NORLAND",
					 "sites": [{"site": "LUMBAR_SPINE", "bmd": 0.9}, {"site": "RADIUS_33", "vertebrae": "L1-L4", "bmd": 0.6}]}
					"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("sites[0].vertebrae", "sites[1].vertebrae")));
	}

	@Test
	void wronglyTypedValuesAreNamedByTheirPath() throws Exception {
		AuthenticatedUser clinician = people.clinician();
		AuthenticatedUser patient = people.patientOf(clinician);

		mvc.perform(post(scansOf(patient)).with(user(clinician)).with(csrf().asHeader())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"date": "2024-01-15", "facility": "X", "manufacturer": "HOLOGIC",
					 "sites": [{"site": "LUMBAR_SPINE", "vertebrae": "L1-L4", "bmd": 0.9},
					           {"site": "KNEE", "bmd": "heavy"}]}
					"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("sites[1].site"));
	}

	@Test
	void aClinicianCorrectsAScanAndAStaleVersionIsRefusedWith409() throws Exception {
		AuthenticatedUser clinician = people.clinician();
		AuthenticatedUser patient = people.patientOf(clinician);
		long scanId = create(clinician, patient, BASELINE);

		String corrected = BASELINE.replace("0.950", "0.951").replace("{\"date\"", "{\"version\": 0, \"date\"");
		mvc.perform(put(scansOf(patient) + "/" + scanId).with(user(clinician)).with(csrf().asHeader())
			.contentType(MediaType.APPLICATION_JSON)
			.content(corrected))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.sites[0].bmd").value(0.951));
		mvc.perform(put(scansOf(patient) + "/" + scanId).with(user(clinician)).with(csrf().asHeader())
			.contentType(MediaType.APPLICATION_JSON)
			.content(corrected.replace("0.951", "0.960")))
			.andExpect(status().isConflict());

		assertThat(jdbc.queryForObject("select bmd from dexa_site_results where scan_id = ? and site = 'LUMBAR_SPINE'",
				BigDecimal.class, scanId)).isEqualByComparingTo("0.951");
		assertThat(jdbc.queryForList("select action from audit_events where patient_id = ? and action like 'DEXA%' order by id",
				String.class, patient.id()))
			.containsExactly("DEXA_SCAN_RECORDED", "DEXA_SCAN_CHANGED");
	}

	@Test
	void aScanReadFromTheApiCanBeSentBackAsItIsAndItsComputedTScoreStaysComputed() throws Exception {
		AuthenticatedUser clinician = people.clinician();
		AuthenticatedUser patient = people.patientOf(clinician);
		long scanId = create(clinician, patient, BASELINE);
		String read = mvc.perform(get(scansOf(patient) + "/" + scanId).with(user(clinician)))
			.andReturn()
			.getResponse()
			.getContentAsString();

		mvc.perform(put(scansOf(patient) + "/" + scanId).with(user(clinician)).with(csrf().asHeader())
			.contentType(MediaType.APPLICATION_JSON)
			.content(read))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.sites[2].site").value("FEMORAL_NECK"))
			.andExpect(jsonPath("$.sites[2].tScoreComputed").value(true));

		assertThat(jdbc.queryForObject(
				"select t_score from dexa_site_results where scan_id = ? and site = 'FEMORAL_NECK'", BigDecimal.class,
				scanId)).isNull();
	}

	@Test
	void theScanDateMayBeTodayWhereThePatientLivesEvenWhenItIsStillYesterdayInUtc() throws Exception {
		AuthenticatedUser clinician = people.clinician();
		AuthenticatedUser patient = people.patientOf(clinician);
		ZoneId kiritimati = ZoneId.of("Pacific/Kiritimati");
		profiles.update(patient.id(), new ProfileUpdate(null, null, null, null, kiritimati.getId(), MassUnit.KG,
				VitaminDUnit.UG));
		LocalDate today = LocalDate.now(kiritimati);

		mvc.perform(post(scansOf(patient)).with(user(clinician)).with(csrf().asHeader())
			.contentType(MediaType.APPLICATION_JSON)
			.content(BASELINE.replace("2024-01-15", today.toString()))).andExpect(status().isCreated());
		mvc.perform(post(scansOf(patient)).with(user(clinician)).with(csrf().asHeader())
			.contentType(MediaType.APPLICATION_JSON)
			.content(BASELINE.replace("2024-01-15", today.plusDays(1).toString())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("date"));
	}

	@Test
	void aClinicianDeletesAScanAndTheDeletionIsAudited() throws Exception {
		AuthenticatedUser clinician = people.clinician();
		AuthenticatedUser patient = people.patientOf(clinician);
		long scanId = create(clinician, patient, BASELINE);

		mvc.perform(delete(scansOf(patient) + "/" + scanId).with(user(clinician)).with(csrf().asHeader()))
			.andExpect(status().isNoContent());

		mvc.perform(get("/api/v1/me/dexa-scans").with(user(patient))).andExpect(jsonPath("$", hasSize(0)));
		assertThat(jdbc.queryForObject("select count(*) from dexa_site_results where scan_id = ?", Integer.class,
				scanId)).isZero();
		assertThat(jdbc.queryForObject(
				"select details from audit_events where patient_id = ? and action = 'DEXA_SCAN_DELETED'", String.class,
				patient.id())).isEqualTo("DEXA scan " + scanId + " of 2024-01-15");
	}

	@Test
	void onlyTheCareTeamReachesAPatientsScansOthersGet404AndAdminsAndPatients403() throws Exception {
		AuthenticatedUser clinician = people.clinician();
		AuthenticatedUser patient = people.patientOf(clinician);
		AuthenticatedUser otherClinician = people.clinician();
		AuthenticatedUser otherPatient = people.patientOf(otherClinician);
		long scanId = create(clinician, patient, BASELINE);
		String scan = scansOf(patient) + "/" + scanId;

		mvc.perform(get(scansOf(patient)).with(user(otherClinician))).andExpect(status().isNotFound());
		mvc.perform(get(scan).with(user(otherClinician))).andExpect(status().isNotFound());
		mvc.perform(put(scan).with(user(otherClinician)).with(csrf().asHeader())
			.contentType(MediaType.APPLICATION_JSON)
			.content(BASELINE)).andExpect(status().isNotFound());
		mvc.perform(delete(scan).with(user(otherClinician)).with(csrf().asHeader())).andExpect(status().isNotFound());
		mvc.perform(post(scansOf(patient)).with(user(otherClinician)).with(csrf().asHeader())
			.contentType(MediaType.APPLICATION_JSON)
			.content(BASELINE)).andExpect(status().isNotFound());
		// a scan id of another patient, under a patient of one's own team
		mvc.perform(get(scansOf(otherPatient) + "/" + scanId).with(user(otherClinician)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/me/dexa-scans/" + scanId).with(user(otherPatient))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/me/dexa-scans").with(user(otherPatient))).andExpect(jsonPath("$", hasSize(0)));

		mvc.perform(get(scansOf(patient)).with(user(people.admin()))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/me/dexa-scans").with(user(people.admin()))).andExpect(status().isForbidden());
		mvc.perform(get(scansOf(patient)).with(user(patient))).andExpect(status().isForbidden());
		mvc.perform(delete(scan).with(user(patient)).with(csrf().asHeader())).andExpect(status().isForbidden());

		mvc.perform(get("/api/v1/me/dexa-scans/" + scanId).with(user(patient))).andExpect(status().isOk());
		assertThat(jdbc.queryForObject("select count(*) from dexa_scans where id = ?", Integer.class, scanId))
			.isEqualTo(1);
	}

	private long create(AuthenticatedUser clinician, AuthenticatedUser patient, String json) throws Exception {
		MvcResult result = mvc.perform(post(scansOf(patient)).with(user(clinician)).with(csrf().asHeader())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)).andExpect(status().isCreated()).andReturn();
		String location = result.getResponse().getHeader("Location");
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	static String scansOf(AuthenticatedUser patient) {
		return "/api/v1/patients/" + patient.id() + "/dexa-scans";
	}

}
