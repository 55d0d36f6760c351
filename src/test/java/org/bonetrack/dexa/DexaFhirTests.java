package org.bonetrack.dexa;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import ca.uhn.fhir.context.FhirContext;
import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.support.IntegrationTest;
import org.bonetrack.support.TestPeople;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Device;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class DexaFhirTests {

	private static final MediaType FHIR_JSON = MediaType.parseMediaType("application/fhir+json");

	/** Every site and side, a computed T-score, a facility LSC, an excluded vertebra and a scanner change. */
	private static final List<String> SCANS = List.of("""
			{"date": "2023-03-10", "facility": "Northgate Imaging", "manufacturer": "HOLOGIC", "model": "Horizon A",
			 "sites": [
			   {"site": "LUMBAR_SPINE", "vertebrae": "L1-L4", "bmd": 0.962, "tScore": -1.1, "zScore": -0.2, "lscGcm2": 0.028},
			   {"site": "TOTAL_HIP", "side": "LEFT", "bmd": 0.861, "tScore": -0.7, "zScore": 0.1},
			   {"site": "TOTAL_HIP", "side": "RIGHT", "bmd": 0.874},
			   {"site": "FEMORAL_NECK", "side": "LEFT", "bmd": 0.733, "tScore": -1.04},
			   {"site": "FEMORAL_NECK", "side": "RIGHT", "bmd": 0.741, "zScore": 0.3},
			   {"site": "RADIUS_33", "side": "LEFT", "bmd": 0.655, "tScore": -0.9}
			 ]}
			""", """
			{"date": "2024-04-02", "facility": "Northgate Imaging", "manufacturer": "HOLOGIC", "model": "Horizon A",
			 "sites": [
			   {"site": "LUMBAR_SPINE", "vertebrae": "L1-L2,L4", "bmd": 0.948, "tScore": -1.2},
			   {"site": "RADIUS_33", "bmd": 0.650}
			 ]}
			""", """
			{"date": "2025-05-20", "facility": "St Clare's Hospital", "manufacturer": "GE_LUNAR",
			 "sites": [
			   {"site": "LUMBAR_SPINE", "vertebrae": "L1-L4", "bmd": 1.071, "tScore": -1.3, "zScore": -0.4},
			   {"site": "FEMORAL_NECK", "side": "RIGHT", "bmd": 0.702, "tScore": -1.6}
			 ]}
			""");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	DexaResults results;

	@Autowired
	FhirContext fhir;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theExportIsAnR4BundleWithAReportPerScanAnObservationPerSiteAndMeasureAndTheScanner() throws Exception {
		AuthenticatedUser clinician = people.clinician();
		AuthenticatedUser patient = patientWithScans(clinician);

		String json = mvc.perform(get(fhirOf(patient)).with(user(clinician)))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(FHIR_JSON))
			.andReturn()
			.getResponse()
			.getContentAsString();

		Bundle bundle = fhir.newJsonParser().parseResource(Bundle.class, json);
		assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.COLLECTION);
		Map<String, Resource> byUrl = bundle.getEntry()
			.stream()
			.collect(Collectors.toMap(Bundle.BundleEntryComponent::getFullUrl, Bundle.BundleEntryComponent::getResource));
		List<DiagnosticReport> reports = resources(bundle, DiagnosticReport.class);
		assertThat(reports).hasSize(3);
		DiagnosticReport first = reports.get(0);
		assertThat(first.getCode().getCodingFirstRep().getSystem()).isEqualTo("http://loinc.org");
		assertThat(first.getCode().getCodingFirstRep().getCode()).isEqualTo("38269-7");
		assertThat(first.getEffectiveDateTimeType().getValueAsString()).isEqualTo("2023-03-10");
		assertThat(first.getPerformerFirstRep().getDisplay()).isEqualTo("Northgate Imaging");
		// 6 BMD, 3 printed T-scores and 2 computed ones (right hip, right neck: Hologic without T), 3 Z-scores
		List<Observation> results = first.getResult()
			.stream()
			.map(reference -> (Observation) byUrl.get(reference.getReference()))
			.toList();
		Map<String, Observation> byCode = results.stream()
			.collect(Collectors.toMap(observation -> observation.getCode().getCodingFirstRep().getCode(),
					Function.identity()));
		assertThat(byCode.keySet()).containsExactlyInAnyOrder("24966-4", "38267-1", "85394-5", "46278-8", "80946-7",
				"80938-4", "46279-6", "80945-9", "80954-1", "80948-3", "80953-3", "80947-5", "80939-2", "80952-5", "80944-2");

		Observation spine = byCode.get("24966-4");
		assertThat(spine.getValueQuantity().getValue()).isEqualByComparingTo("0.962");
		assertThat(spine.getValueQuantity().getSystem()).isEqualTo("http://unitsofmeasure.org");
		assertThat(spine.getValueQuantity().getCode()).isEqualTo("g/cm2");
		assertThat(spine.getBodySite().getText()).isEqualTo("Lumbar spine L1-L4");
		assertThat(spine.getEffectiveDateTimeType().getValueAsString()).isEqualTo("2023-03-10");
		assertThat(spine.getComponentFirstRep().getValueQuantity().getValue()).isEqualByComparingTo("0.028");
		Observation spineT = byCode.get("38267-1");
		assertThat(spineT.getValueQuantity().getCode()).isEqualTo("{T-score}");
		assertThat(spineT.getDerivedFromFirstRep().getReference()).isEqualTo(
				first.getResult().stream().filter(ref -> byUrl.get(ref.getReference()) == spine).findFirst().orElseThrow().getReference());
		assertThat(byCode.get("85394-5").getValueQuantity().getCode()).isEqualTo("{Z-score}");
		Observation leftNeck = byCode.get("80954-1");
		assertThat(leftNeck.getBodySite().getCodingFirstRep().getCode()).isEqualTo("29627003");
		assertThat(leftNeck.getBodySite().getText()).isEqualTo("Femoral neck, left");
		assertThat(byCode.get("80945-9").getMethod().getCodingFirstRep().getCode())
			.as("the right hip's T-score was computed, and says so")
			.isEqualTo("t-score-computed-nhanes3");

		Device device = (Device) byUrl.get(spine.getDevice().getReference());
		assertThat(device.getManufacturer()).isEqualTo("Hologic");
		assertThat(device.getDeviceNameFirstRep().getName()).isEqualTo("Horizon A");
		assertThat(resources(bundle, Device.class)).extracting(Device::getManufacturer)
			.containsExactly("Hologic", "Hologic", "GE Lunar");
		assertThat(resources(bundle, Observation.class)).allSatisfy(observation -> {
			assertThat(observation.getValueQuantity().getSystem()).isEqualTo("http://unitsofmeasure.org");
			assertThat(observation.getDevice().getReference()).isNotBlank();
			assertThat(observation.hasBodySite()).isTrue();
		});
		assertThat(jdbc.queryForObject("""
				select count(*) from audit_events
				where actor_id = ? and patient_id = ? and details = 'DEXA scans (FHIR export)'
				""", Integer.class, clinician.id(), patient.id())).isEqualTo(1);
	}

	@Test
	void anExportedBundleReimportsToIdenticalScansAndASecondImportAddsNothing() throws Exception {
		AuthenticatedUser clinician = people.clinician();
		AuthenticatedUser source = patientWithScans(clinician);
		AuthenticatedUser target = people.patientOf(clinician);
		String json = mvc.perform(get("/api/v1/me/dexa/fhir").with(user(source)))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(FHIR_JSON))
			.andReturn()
			.getResponse()
			.getContentAsString();

		mvc.perform(post(fhirOf(target)).with(user(clinician)).with(csrf().asHeader()).contentType(FHIR_JSON).content(json))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.created").value(3))
			.andExpect(jsonPath("$.alreadyPresent").value(0));

		assertThat(measured(target)).isEqualTo(measured(source));
		assertThat(results.scans(target.id())).usingRecursiveFieldByFieldElementComparatorIgnoringFields("id")
			.isEqualTo(results.scans(source.id()));

		mvc.perform(post(fhirOf(target)).with(user(clinician)).with(csrf().asHeader()).contentType(FHIR_JSON).content(json))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(0))
			.andExpect(jsonPath("$.alreadyPresent").value(3));
		assertThat(results.scans(target.id())).hasSize(3);
		assertThat(jdbc.queryForObject(
				"select count(*) from audit_events where patient_id = ? and action = 'DEXA_SCAN_RECORDED'",
				Integer.class, target.id())).isEqualTo(3);
	}

	@Test
	void aPreviewShowsWhatWouldBeAddedAndStoresNothing() throws Exception {
		AuthenticatedUser clinician = people.clinician();
		AuthenticatedUser source = patientWithScans(clinician);
		AuthenticatedUser target = people.patientOf(clinician);
		String json = mvc.perform(get(fhirOf(source)).with(user(clinician))).andReturn().getResponse().getContentAsString();

		mvc.perform(post(fhirOf(target) + "?preview=true").with(user(clinician))
			.with(csrf().asHeader())
			.contentType(FHIR_JSON)
			.content(json))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.preview").value(true))
			.andExpect(jsonPath("$.created").value(3))
			.andExpect(jsonPath("$.scans", hasSize(3)))
			.andExpect(jsonPath("$.scans[2].manufacturer").value("GE_LUNAR"))
			.andExpect(jsonPath("$.scans[0].sites[0].vertebrae").value("L1-L4"));

		assertThat(results.scans(target.id())).isEmpty();
	}

	@Test
	void whatCannotBeMappedIsA400NamingTheBundleEntryAndNothingIsStored() throws Exception {
		AuthenticatedUser clinician = people.clinician();
		AuthenticatedUser source = patientWithScans(clinician);
		AuthenticatedUser target = people.patientOf(clinician);
		Bundle bundle = fhir.newJsonParser()
			.parseResource(Bundle.class,
					mvc.perform(get(fhirOf(source)).with(user(clinician))).andReturn().getResponse().getContentAsString());
		int unknownCode = indexOf(bundle, "85394-5");
		((Observation) bundle.getEntry().get(unknownCode).getResource()).getCode().getCodingFirstRep().setCode("2345-7");
		int tooDense = indexOf(bundle, "46278-8");
		((Observation) bundle.getEntry().get(tooDense).getResource()).getValueQuantity().setValue(2.6);
		int wrongUnit = indexOf(bundle, "46279-6");
		((Observation) bundle.getEntry().get(wrongUnit).getResource()).getValueQuantity().setCode("mg/cm2");

		mvc.perform(post(fhirOf(target)).with(user(clinician))
			.with(csrf().asHeader())
			.contentType(FHIR_JSON)
			.content(fhir.newJsonParser().encodeResourceToString(bundle)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("entry[" + unknownCode + "].code")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("entry[" + wrongUnit + "].valueQuantity.code")))
			.andExpect(jsonPath("$.errors[?(@.field == 'entry[" + unknownCode + "].code')].message").value(
					"LOINC 2345-7 is not a DXA BMD, T-score or Z-score code that BoneTrack can map (see clinical-reference.md §6.1)."));

		// with the code and unit put right, the remaining problem is the form's own rule, named by its entry
		((Observation) bundle.getEntry().get(unknownCode).getResource()).getCode().getCodingFirstRep().setCode("85394-5");
		((Observation) bundle.getEntry().get(wrongUnit).getResource()).getValueQuantity().setCode("g/cm2");
		mvc.perform(post(fhirOf(target)).with(user(clinician))
			.with(csrf().asHeader())
			.contentType(FHIR_JSON)
			.content(fhir.newJsonParser().encodeResourceToString(bundle)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors", hasSize(1)))
			.andExpect(jsonPath("$.errors[0].field").value("entry[" + tooDense + "].valueQuantity.value"))
			.andExpect(jsonPath("$.errors[0].message").value("Enter a BMD between 0.2 and 2.0 g/cm²."));

		assertThat(results.scans(target.id())).isEmpty();
	}

	@Test
	void aBodyThatIsNotABundleIsRefusedClearly() throws Exception {
		AuthenticatedUser clinician = people.clinician();
		AuthenticatedUser target = people.patientOf(clinician);

		mvc.perform(post(fhirOf(target)).with(user(clinician)).with(csrf().asHeader()).contentType(FHIR_JSON).content("{not json"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("bundle"));
		mvc.perform(post(fhirOf(target)).with(user(clinician))
			.with(csrf().asHeader())
			.contentType(FHIR_JSON)
			.content("{\"resourceType\": \"Patient\", \"name\": [{\"family\": \"Doe\"}]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("resourceType"));
		mvc.perform(post(fhirOf(target)).with(user(clinician))
			.with(csrf().asHeader())
			.contentType(FHIR_JSON)
			.content("{\"resourceType\": \"Bundle\", \"type\": \"collection\", \"entry\": [{\"fullUrl\": \"urn:uuid:1\", \"resource\": {\"resourceType\": \"Medication\"}}]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("entry[0]"))
			.andExpect(jsonPath("$.errors[0].message").value(startsWith("BoneTrack cannot import a Medication")));
	}

	@Test
	void onlyTheCareTeamExportsOrImportsAndAdminsAndPatientsAre403() throws Exception {
		AuthenticatedUser clinician = people.clinician();
		AuthenticatedUser patient = patientWithScans(clinician);
		AuthenticatedUser stranger = people.clinician();
		String json = mvc.perform(get(fhirOf(patient)).with(user(clinician))).andReturn().getResponse().getContentAsString();

		mvc.perform(get(fhirOf(patient)).with(user(stranger))).andExpect(status().isNotFound());
		mvc.perform(post(fhirOf(patient)).with(user(stranger)).with(csrf().asHeader()).contentType(FHIR_JSON).content(json))
			.andExpect(status().isNotFound());
		mvc.perform(get(fhirOf(patient)).with(user(people.admin()))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/me/dexa/fhir").with(user(people.admin()))).andExpect(status().isForbidden());
		mvc.perform(post(fhirOf(patient)).with(user(patient)).with(csrf().asHeader()).contentType(FHIR_JSON).content(json))
			.andExpect(status().isForbidden());
		assertThat(results.scans(patient.id())).hasSize(3);
	}

	private AuthenticatedUser patientWithScans(AuthenticatedUser clinician) throws Exception {
		AuthenticatedUser patient = people.patientOf(clinician);
		for (String scan : SCANS) {
			mvc.perform(post("/api/v1/patients/" + patient.id() + "/dexa-scans").with(user(clinician))
				.with(csrf().asHeader())
				.contentType(MediaType.APPLICATION_JSON)
				.content(scan)).andExpect(status().isCreated());
		}
		return patient;
	}

	/** What was measured, without ids and versions. */
	private List<List<Object>> measured(AuthenticatedUser patient) {
		return results.scans(patient.id())
			.stream()
			.map(scan -> List.<Object>of(scan.date(), scan.facility(), scan.manufacturer(),
					String.valueOf(scan.model()), scan.sites()))
			.toList();
	}

	private static int indexOf(Bundle bundle, String loinc) {
		for (int index = 0; index < bundle.getEntry().size(); index++) {
			if (bundle.getEntry().get(index).getResource() instanceof Observation observation
					&& observation.getCode().getCodingFirstRep().getCode().equals(loinc)) {
				return index;
			}
		}
		throw new AssertionError("No Observation with LOINC " + loinc);
	}

	private static <T extends Resource> List<T> resources(Bundle bundle, Class<T> type) {
		return bundle.getEntry()
			.stream()
			.map(Bundle.BundleEntryComponent::getResource)
			.filter(type::isInstance)
			.map(type::cast)
			.toList();
	}

	private static String fhirOf(AuthenticatedUser patient) {
		return "/api/v1/patients/" + patient.id() + "/dexa/fhir";
	}

}
