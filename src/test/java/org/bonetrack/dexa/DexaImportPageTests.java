package org.bonetrack.dexa;

import java.nio.charset.StandardCharsets;

import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.support.IntegrationTest;
import org.bonetrack.support.TestPeople;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A clinician imports a FHIR Bundle file: a preview first, then all its new scans or none, never twice. */
@IntegrationTest
class DexaImportPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	DexaResults results;

	@Test
	void theUploadShowsWhatWouldBeImportedAndOnlyTheConfirmationStoresIt() throws Exception {
		AuthenticatedUser clinician = people.clinician();
		String bundle = exportOfAPatientWithTwoScans(clinician);
		AuthenticatedUser target = people.patientOf(clinician);

		mvc.perform(get(importPage(target)).with(user(clinician))).andExpect(status().isOk());
		String preview = mvc.perform(multipart(importPage(target)).file(file(bundle)).with(user(clinician)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Import 2 scan(s)")))
			.andExpect(content().string(containsString("2 scan(s) to import")))
			.andExpect(content().string(containsString("Lumbar spine 0.950")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(preview).contains("name=\"bundle\"");
		assertThat(results.scans(target.id())).isEmpty();

		mvc.perform(post(importPage(target) + "/confirm").with(user(clinician)).with(csrf()).param("bundle", bundle))
			.andExpect(redirectedUrlPattern("/clinician/patients/*/dexa"))
			.andExpect(flash().attribute("message", "2 scan(s) imported."));
		mvc.perform(post(importPage(target) + "/confirm").with(user(clinician)).with(csrf()).param("bundle", bundle))
			.andExpect(flash().attribute("message", "0 scan(s) imported; 2 were already recorded."));

		assertThat(results.scans(target.id())).hasSize(2);
		mvc.perform(multipart(importPage(target)).file(file(bundle)).with(user(clinician)).with(csrf()))
			.andExpect(content().string(containsString("Every scan of this file is already recorded")));
	}

	@Test
	void aFileWithProblemsListsThemByBundleEntryAndImportsNothing() throws Exception {
		AuthenticatedUser clinician = people.clinician();
		String bundle = exportOfAPatientWithTwoScans(clinician).replace("\"24966-4\"", "\"99999-9\"");
		AuthenticatedUser target = people.patientOf(clinician);

		mvc.perform(multipart(importPage(target)).file(file(bundle)).with(user(clinician)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeExists("problems"))
			.andExpect(content().string(containsString("Nothing was imported")))
			.andExpect(content().string(containsString("LOINC 99999-9 is not a DXA BMD")))
			.andExpect(content().string(containsString("].code</code>")));
		mvc.perform(multipart(importPage(target)).file(new MockMultipartFile("file", "empty.json", "application/json",
				new byte[0])).with(user(clinician)).with(csrf()))
			.andExpect(content().string(containsString("the one you sent is empty")));
		mvc.perform(post(importPage(target) + "/confirm").with(user(clinician)).with(csrf()).param("bundle", bundle))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nothing was imported")));

		assertThat(results.scans(target.id())).isEmpty();
	}

	@Test
	void onlyTheCareTeamImports() throws Exception {
		AuthenticatedUser clinician = people.clinician();
		String bundle = exportOfAPatientWithTwoScans(clinician);
		AuthenticatedUser target = people.patientOf(clinician);
		AuthenticatedUser stranger = people.clinician();

		mvc.perform(get(importPage(target)).with(user(stranger))).andExpect(status().isNotFound());
		mvc.perform(post(importPage(target) + "/confirm").with(user(stranger)).with(csrf()).param("bundle", bundle))
			.andExpect(status().isNotFound());
		mvc.perform(get(importPage(target)).with(user(people.admin()))).andExpect(status().isForbidden());

		assertThat(results.scans(target.id())).isEmpty();
	}

	private String exportOfAPatientWithTwoScans(AuthenticatedUser clinician) throws Exception {
		AuthenticatedUser source = people.patientOf(clinician);
		for (String scan : new String[] { DexaApiTests.BASELINE, DexaApiTests.THIRTEEN_MONTHS_LATER }) {
			mvc.perform(post(DexaApiTests.scansOf(source)).with(user(clinician))
				.with(csrf().asHeader())
				.contentType(MediaType.APPLICATION_JSON)
				.content(scan)).andExpect(status().isCreated());
		}
		return mvc.perform(get("/api/v1/me/dexa/fhir").with(user(source))).andReturn().getResponse().getContentAsString();
	}

	private static MockMultipartFile file(String json) {
		return new MockMultipartFile("file", "dexa-fhir.json", "application/fhir+json",
				json.getBytes(StandardCharsets.UTF_8));
	}

	private static String importPage(AuthenticatedUser patient) {
		return "/clinician/patients/" + patient.id() + "/dexa/import";
	}

}
