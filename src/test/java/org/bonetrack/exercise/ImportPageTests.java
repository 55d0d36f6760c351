package org.bonetrack.exercise;

import java.time.LocalDate;

import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.support.IntegrationTest;
import org.bonetrack.support.TestPeople;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The import pages: upload, preview with the patient's answers, confirm; bad files; someone else's upload. */
@IntegrationTest
class ImportPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	ExerciseLog log;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theLandingPageExplainsEachImporterAndLinksToThem() throws Exception {
		mvc.perform(get("/me/imports").with(user(people.patient())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/me/imports/strong\"")))
			.andExpect(content().string(containsString("href=\"/me/imports/hevy\"")))
			.andExpect(content().string(containsString("href=\"/me/imports/cronometer\"")));
	}

	@Test
	void anUploadIsPreviewedMappedAndConfirmedOnce() throws Exception {
		AuthenticatedUser patient = people.patient();

		String preview = mvc.perform(multipart("/me/imports/strong")
			.file(new MockMultipartFile("file", "strong.csv", "text/csv", ImportFixtures.bytes("strong/a-comma-2021.csv")))
			.param("unit", "KG")
			.with(user(patient)).with(csrf()))
			.andExpect(redirectedUrlPattern("/me/imports/strong/*"))
			.andReturn().getResponse().getRedirectedUrl();

		mvc.perform(get(preview).with(user(patient)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("4 new sessions")))
			.andExpect(content().string(containsString("Cable Face Pull")))
			.andExpect(content().string(containsString("Reps must be between 1 and 100 (found 150).")))
			.andExpect(content().string(containsString("<td>15</td>")))
			.andExpect(content().string(containsString("1 rest-timer row is not a set and left out.")))
			.andExpect(content().string(containsString("1 workout has a duration of more than 10 hours")))
			.andExpect(content().string(containsString("Jogging 2,000 · 31 min · 5.2 km")))
			.andExpect(content().string(containsString("07:31</span>")))
			.andExpect(content().string(containsString("The weights in this file are in")));

		int face = indexOfChoice(patient, preview, "cable face pull");
		mvc.perform(post(preview).with(user(patient)).with(csrf())
			.param("action", "confirm").param("unit", "KG")
			.param("choices[" + face + "].name", "cable face pull").param("choices[" + face + "].target", "lift:row"))
			.andExpect(redirectedUrl("/me/imports"))
			.andExpect(flash().attribute("message", "Imported 4 sessions from Strong (2024-03-04 to 2024-03-09)."));

		assertThat(log.sessions(patient.id(), LocalDate.of(2024, 3, 9), LocalDate.of(2024, 3, 9)).get(0).sets())
			.extracting(ExerciseSetView::exerciseKey).containsExactly("lunge", "row");

		mvc.perform(post(preview).with(user(patient)).with(csrf()).param("action", "confirm"))
			.andExpect(redirectedUrl(preview))
			.andExpect(flash().attribute("warning", "This upload was imported already; nothing was added again."));
		mvc.perform(get(preview).with(user(patient)))
			.andExpect(content().string(containsString("This upload is imported")));
		mvc.perform(get("/me/imports").with(user(patient)))
			.andExpect(content().string(containsString("Imported: 4 new sessions")));
		assertThat(count(patient)).isEqualTo(4);
	}

	@Test
	void aBadFileIsExplainedBesideTheFileFieldAndNothingIsKept() throws Exception {
		AuthenticatedUser patient = people.patient();

		mvc.perform(multipart("/me/imports/hevy")
			.file(new MockMultipartFile("file", "photo.csv", "text/csv", ImportFixtures.bytes("bad/binary.csv")))
			.with(user(patient)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "file", "import.file.binary"))
			.andExpect(content().string(containsString("id=\"file-error\"")))
			.andExpect(content().string(containsString("This is not a CSV text file.")));
		mvc.perform(multipart("/me/imports/strong")
			.file(new MockMultipartFile("file", "daily.csv", "text/csv", ImportFixtures.bytes("bad/wrong-columns.csv")))
			.with(user(patient)).with(csrf()))
			.andExpect(model().attributeHasFieldErrorCode("form", "file", "import.format.wrongColumns"))
			.andExpect(content().string(containsString("This is not a Strong workout export (missing: Exercise Name, Set Order, Reps, Weight).")));
		mvc.perform(multipart("/me/imports/strong").with(user(patient)).with(csrf()))
			.andExpect(model().attributeHasFieldErrorCode("form", "file", "import.file.required"));

		assertThat(jdbc.queryForObject("select count(*) from exercise_imports where patient_id = ?", Integer.class, patient.id())).isZero();
		assertThat(count(patient)).isZero();
	}

	@Test
	void anotherPatientsUploadIsNotFound() throws Exception {
		AuthenticatedUser owner = people.patient();
		String preview = mvc.perform(multipart("/me/imports/hevy")
			.file(new MockMultipartFile("file", "workout_data.csv", "text/csv", ImportFixtures.bytes("hevy/metric.csv")))
			.with(user(owner)).with(csrf()))
			.andReturn().getResponse().getRedirectedUrl();
		AuthenticatedUser other = people.patient();

		mvc.perform(get(preview).with(user(other))).andExpect(status().isNotFound());
		mvc.perform(post(preview).with(user(other)).with(csrf()).param("action", "confirm")).andExpect(status().isNotFound());
		mvc.perform(get(preview.replace("/hevy/", "/strong/")).with(user(owner))).andExpect(status().isNotFound());
		assertThat(count(other)).isZero();
		assertThat(count(owner)).isZero();
	}

	@Test
	void discardingAnUploadForgetsIt() throws Exception {
		AuthenticatedUser patient = people.patient();
		String preview = mvc.perform(multipart("/me/imports/hevy")
			.file(new MockMultipartFile("file", "workout_data.csv", "text/csv", ImportFixtures.bytes("hevy/metric.csv")))
			.with(user(patient)).with(csrf()))
			.andReturn().getResponse().getRedirectedUrl();

		mvc.perform(post(preview).with(user(patient)).with(csrf()).param("action", "discard"))
			.andExpect(redirectedUrl("/me/imports"));

		mvc.perform(get(preview).with(user(patient))).andExpect(status().isNotFound());
		assertThat(count(patient)).isZero();
	}

	private int indexOfChoice(AuthenticatedUser patient, String preview, String name) throws Exception {
		String html = mvc.perform(get(preview).with(user(patient))).andReturn().getResponse().getContentAsString();
		java.util.regex.Matcher matcher = java.util.regex.Pattern
			.compile("name=\"choices\\[(\\d+)\\]\\.name\" value=\"" + java.util.regex.Pattern.quote(name) + "\"")
			.matcher(html);
		assertThat(matcher.find()).as("a choice for " + name).isTrue();
		return Integer.parseInt(matcher.group(1));
	}

	private int count(AuthenticatedUser patient) {
		return jdbc.queryForObject("select count(*) from exercise_sessions where patient_id = ?", Integer.class, patient.id());
	}

}
