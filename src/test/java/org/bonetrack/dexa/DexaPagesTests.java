package org.bonetrack.dexa;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.support.IntegrationTest;
import org.bonetrack.support.TestPeople;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@IntegrationTest
class DexaPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	DexaResults results;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aClinicianRecordsAScanFromTheFormAndSeesItWithItsAnalysis() throws Exception {
		AuthenticatedUser clinician = people.clinician();
		AuthenticatedUser patient = people.patientOf(clinician);

		mvc.perform(get(dexa(patient) + "/new").with(user(clinician)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"sites[0].vertebrae\"")))
			.andExpect(content().string(containsString("value=\"L1-L4\"")));
		mvc.perform(scanForm(patient, clinician, "2024-01-15").param("sites[0].bmd", "0.950")
			.param("sites[0].tScore", "-1.2")
			.param("sites[3].bmd", "0.750")).andExpect(redirectedUrlPattern("/clinician/patients/*/dexa#scan-*"));
		mvc.perform(scanForm(patient, clinician, "2025-02-15").param("sites[0].bmd", "0.900")
			.param("sites[0].tScore", "-1.6")
			.param("sites[0].lscGcm2", "0.030")
			.param("sites[3].bmd", "0.745")).andExpect(redirectedUrlPattern("/clinician/patients/*/dexa#scan-*"));

		List<DexaScanView> scans = results.scans(patient.id());
		assertThat(scans).hasSize(2);
		assertThat(scans.get(0).sites()).extracting(DexaSiteView::key)
			.containsExactly(new SiteKey(DexaSite.LUMBAR_SPINE, null), new SiteKey(DexaSite.FEMORAL_NECK, Side.LEFT));
		assertThat(scans.get(1).sites().get(0).analysis().sincePrevious().significantLoss()).isTrue();

		mvc.perform(get(dexa(patient)).with(user(clinician)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Significant loss")))
			.andExpect(content().string(containsString("−0.050 g/cm² (−5.26 %, −4.86 %/yr)")))
			.andExpect(content().string(containsString("LSC 0.030 g/cm² (facility)")))
			.andExpect(content().string(containsString("(computed)")))
			.andExpect(content().string(containsString("data-dates=\"2024-01-15,2025-02-15\"")))
			.andExpect(content().string(containsString("data-bmd=\"0.950,0.900\"")))
			.andExpect(content().string(containsString("<caption>Lumbar spine: BMD at each scan")))
			.andExpect(content().string(containsString("Record a scan")));
		assertThat(jdbc.queryForObject("""
				select count(*) from audit_events
				where actor_id = ? and patient_id = ? and action = 'PATIENT_RECORD_VIEWED' and details = 'DEXA scans'
				""", Integer.class, clinician.id(), patient.id())).isEqualTo(1);
	}

	@Test
	void thePatientSeesHerScansReadOnly() throws Exception {
		AuthenticatedUser clinician = people.clinician();
		AuthenticatedUser patient = people.patientOf(clinician);
		mvc.perform(scanForm(patient, clinician, "2024-01-15").param("sites[1].bmd", "0.880").param("sites[1].tScore", "-0.5"));

		mvc.perform(get("/me/dexa").with(user(patient)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Your bone density (DEXA)")))
			.andExpect(content().string(containsString("Total hip, left")))
			.andExpect(content().string(containsString("Northgate Imaging")))
			.andExpect(content().string(not(containsString("Record a scan"))))
			.andExpect(content().string(not(containsString("/edit"))))
			.andExpect(content().string(not(containsString("/delete"))));
	}

	@Test
	void aPatientWithoutScansIsToldWhatWillAppear() throws Exception {
		mvc.perform(get("/me/dexa").with(user(people.patient())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No scan recorded yet")));
	}

	@Test
	void badValuesAreExplainedBesideTheirFieldsTheFormKeepsThemAndNothingIsSaved() throws Exception {
		AuthenticatedUser clinician = people.clinician();
		AuthenticatedUser patient = people.patientOf(clinician);

		mvc.perform(post(dexa(patient) + "/new").with(user(clinician)).with(csrf())
			.param("date", "2999-01-01")
			.param("facility", "")
			.param("manufacturer", "HOLOGIC")
			.param("sites[0].site", "LUMBAR_SPINE")
			.param("sites[0].vertebrae", "L3")
			.param("sites[0].bmd", "2.7")
			.param("sites[1].site", "TOTAL_HIP")
			.param("sites[1].side", "LEFT")
			.param("sites[1].bmd", "0.800")
			.param("sites[1].tScore", "-6.5")
			.param("sites[3].site", "FEMORAL_NECK")
			.param("sites[3].side", "LEFT")
			.param("sites[3].tScore", "-1.0"))
			.andExpect(status().isOk())
			.andExpect(view().name("dexa/scan-form"))
			.andExpect(model().attributeHasFieldErrorCode("form", "date", "dexa.date.future"))
			.andExpect(model().attributeHasFieldErrorCode("form", "facility", "dexa.facility.required"))
			.andExpect(model().attributeHasFieldErrorCode("form", "sites[0].vertebrae", "dexa.vertebrae.invalid"))
			.andExpect(model().attributeHasFieldErrorCode("form", "sites[0].bmd", "dexa.bmd.range"))
			.andExpect(model().attributeHasFieldErrorCode("form", "sites[1].tScore", "dexa.tScore.range"))
			.andExpect(model().attributeHasFieldErrorCode("form", "sites[3].bmd", "dexa.bmd.required"))
			.andExpect(content().string(containsString("Enter a BMD between 0.2 and 2.0 g/cm².")))
			.andExpect(content().string(containsString("The scan date cannot be in the future.")))
			.andExpect(content().string(containsString("aria-describedby=\"sites0bmd-error\"")))
			.andExpect(content().string(containsString("href=\"#sites0bmd\"")))
			.andExpect(content().string(containsString("value=\"2.7\"")))
			.andExpect(content().string(containsString("value=\"-6.5\"")))
			.andExpect(content().string(containsString("value=\"2999-01-01\"")));

		assertThat(results.scans(patient.id())).isEmpty();
	}

	@Test
	void textInANumberFieldIsExplainedAndKept() throws Exception {
		AuthenticatedUser clinician = people.clinician();
		AuthenticatedUser patient = people.patientOf(clinician);

		mvc.perform(scanForm(patient, clinician, "2024-01-15").param("sites[2].bmd", "abc"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "sites[2].bmd", "typeMismatch"))
			.andExpect(content().string(containsString("value=\"abc\"")))
			.andExpect(content().string(containsString("Enter a number, like 62.5.")));

		assertThat(results.scans(patient.id())).isEmpty();
	}

	@Test
	void aScanWithNoSiteFilledInIsRefused() throws Exception {
		AuthenticatedUser clinician = people.clinician();
		AuthenticatedUser patient = people.patientOf(clinician);

		mvc.perform(scanForm(patient, clinician, "2024-01-15"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter the result of at least one site.")));
	}

	@Test
	void aClinicianCorrectsAScanAndAStaleFormIsRefusedWithoutOverwriting() throws Exception {
		AuthenticatedUser clinician = people.clinician();
		AuthenticatedUser patient = people.patientOf(clinician);
		mvc.perform(scanForm(patient, clinician, "2024-01-15").param("sites[0].bmd", "0.950"));
		long scanId = results.scans(patient.id()).get(0).id();

		mvc.perform(get(dexa(patient) + "/" + scanId + "/edit").with(user(clinician)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"0.950\"")))
			.andExpect(content().string(containsString("name=\"version\" value=\"0\"")));
		mvc.perform(scanForm(patient, clinician, "2024-01-16", "/" + scanId + "/edit").param("version", "0")
			.param("sites[0].bmd", "0.955")).andExpect(redirectedUrlPattern("/clinician/patients/*/dexa#scan-*"));
		mvc.perform(scanForm(patient, clinician, "2024-01-17", "/" + scanId + "/edit").param("version", "0")
			.param("sites[0].bmd", "0.990"))
			.andExpect(status().isConflict())
			.andExpect(view().name("error/409"))
			// the exception handler's view still gets the layout's navigation, its page marked
			.andExpect(content().string(containsString("href=\"/clinician/patients\" aria-current=\"page\">Patients</a>")));

		DexaScanView scan = results.scans(patient.id()).get(0);
		assertThat(scan.date()).hasToString("2024-01-16");
		assertThat(scan.sites().get(0).bmd()).isEqualByComparingTo(new BigDecimal("0.955"));
	}

	@Test
	void aClinicianRemovesAScan() throws Exception {
		AuthenticatedUser clinician = people.clinician();
		AuthenticatedUser patient = people.patientOf(clinician);
		mvc.perform(scanForm(patient, clinician, "2024-01-15").param("sites[0].bmd", "0.950"));
		long scanId = results.scans(patient.id()).get(0).id();

		mvc.perform(post(dexa(patient) + "/" + scanId + "/delete").with(user(clinician)).with(csrf()))
			.andExpect(redirectedUrlPattern("/clinician/patients/*/dexa"));

		assertThat(results.scans(patient.id())).isEmpty();
		assertThat(jdbc.queryForList("select action from audit_events where patient_id = ? and action like 'DEXA%' order by id",
				String.class, patient.id()))
			.containsExactly("DEXA_SCAN_RECORDED", "DEXA_SCAN_DELETED");
	}

	@Test
	void otherCliniciansGet404AdminsAndPatients403() throws Exception {
		AuthenticatedUser clinician = people.clinician();
		AuthenticatedUser patient = people.patientOf(clinician);
		mvc.perform(scanForm(patient, clinician, "2024-01-15").param("sites[0].bmd", "0.950"));
		long scanId = results.scans(patient.id()).get(0).id();
		AuthenticatedUser stranger = people.clinician();
		AuthenticatedUser strangersPatient = people.patientOf(stranger);

		mvc.perform(get(dexa(patient)).with(user(stranger))).andExpect(status().isNotFound());
		mvc.perform(get(dexa(patient) + "/new").with(user(stranger))).andExpect(status().isNotFound());
		mvc.perform(get(dexa(patient) + "/" + scanId + "/edit").with(user(stranger))).andExpect(status().isNotFound());
		mvc.perform(scanForm(patient, stranger, "2024-02-01").param("sites[0].bmd", "0.9")).andExpect(status().isNotFound());
		mvc.perform(post(dexa(patient) + "/" + scanId + "/delete").with(user(stranger)).with(csrf()))
			.andExpect(status().isNotFound());
		// the scan id under one's own patient
		mvc.perform(get(dexa(strangersPatient) + "/" + scanId + "/edit").with(user(stranger)))
			.andExpect(status().isNotFound());
		mvc.perform(post(dexa(strangersPatient) + "/" + scanId + "/delete").with(user(stranger)).with(csrf()))
			.andExpect(status().isNotFound());

		AuthenticatedUser admin = people.admin();
		mvc.perform(get(dexa(patient)).with(user(admin))).andExpect(status().isForbidden());
		mvc.perform(get("/me/dexa").with(user(admin))).andExpect(status().isForbidden());
		mvc.perform(get(dexa(patient)).with(user(patient))).andExpect(status().isForbidden());
		mvc.perform(get("/me/dexa").with(user(clinician))).andExpect(status().isForbidden());

		assertThat(results.scans(patient.id())).hasSize(1);
		assertThat(results.scans(strangersPatient.id())).isEmpty();
		assertThat(jdbc.queryForObject("select count(*) from audit_events where actor_id = ? and patient_id = ?",
				Integer.class, stranger.id(), patient.id())).isZero();
	}

	@Test
	void theFormNeedsItsCsrfToken() throws Exception {
		AuthenticatedUser clinician = people.clinician();
		AuthenticatedUser patient = people.patientOf(clinician);

		mvc.perform(post(dexa(patient) + "/new").with(user(clinician)).param("date", "2024-01-15"))
			.andExpect(status().isForbidden());
	}

	@Test
	void thePagesCarryNoInlineScriptAndLoadTheChartFromTheWebjar() throws Exception {
		AuthenticatedUser clinician = people.clinician();
		AuthenticatedUser patient = people.patientOf(clinician);
		mvc.perform(scanForm(patient, clinician, "2024-01-15").param("sites[0].bmd", "0.950"));

		for (String html : List.of(
				mvc.perform(get(dexa(patient)).with(user(clinician))).andReturn().getResponse().getContentAsString(),
				mvc.perform(get(dexa(patient) + "/new").with(user(clinician))).andReturn().getResponse().getContentAsString(),
				mvc.perform(get("/me/dexa").with(user(patient))).andReturn().getResponse().getContentAsString())) {
			assertThat(html).doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>")
				.doesNotContainPattern("\\son[a-z]+=\"")
				.doesNotContainPattern("\\sstyle=\"");
		}
		String page = mvc.perform(get("/me/dexa").with(user(patient))).andReturn().getResponse().getContentAsString();
		Matcher chart = Pattern.compile("src=\"(/webjars/chart\\.js/[^\"]+/chart\\.umd\\.js)\"")
			.matcher(page);
		assertThat(chart.find()).as("the page loads Chart.js from its webjar").isTrue();
		assertThat(page).contains("src=\"/js/dexa.js\"");
		mvc.perform(get(chart.group(1)).with(user(patient))).andExpect(status().isOk());
		mvc.perform(get("/js/dexa.js").with(user(patient))).andExpect(status().isOk());
	}

	private MockHttpServletRequestBuilder scanForm(AuthenticatedUser patient, AuthenticatedUser clinician, String date) {
		return scanForm(patient, clinician, date, "/new");
	}

	/** The form as the browser posts it: every row's hidden site and side, the spine's vertebrae. */
	private MockHttpServletRequestBuilder scanForm(AuthenticatedUser patient, AuthenticatedUser clinician, String date,
			String path) {
		return post(dexa(patient) + path).with(user(clinician))
			.with(csrf())
			.param("date", date)
			.param("facility", "Northgate Imaging")
			.param("manufacturer", "HOLOGIC")
			.param("model", "Horizon A")
			.param("sites[0].site", "LUMBAR_SPINE")
			.param("sites[0].vertebrae", "L1-L4")
			.param("sites[1].site", "TOTAL_HIP")
			.param("sites[1].side", "LEFT")
			.param("sites[2].site", "TOTAL_HIP")
			.param("sites[2].side", "RIGHT")
			.param("sites[3].site", "FEMORAL_NECK")
			.param("sites[3].side", "LEFT")
			.param("sites[4].site", "FEMORAL_NECK")
			.param("sites[4].side", "RIGHT")
			.param("sites[5].site", "RADIUS_33")
			.param("sites[5].side", "");
	}

	private static String dexa(AuthenticatedUser patient) {
		return "/clinician/patients/" + patient.id() + "/dexa";
	}

}
