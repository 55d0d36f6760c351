package org.bonetrack.nutrition;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.nutrition.internal.EntryInput.SupplementInput;
import org.bonetrack.nutrition.internal.NutritionEntries;
import org.bonetrack.nutrition.internal.SupplementPreset;
import org.bonetrack.nutrition.internal.SupplementPresets;
import org.bonetrack.patients.Patients;
import org.bonetrack.shared.InvalidInputException;
import org.bonetrack.support.IntegrationTest;
import org.bonetrack.support.TestPeople;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SupplementAdminTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	SupplementPresets presets;

	@Autowired
	NutritionEntries entries;

	@Autowired
	Patients patients;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theSeededPresetsAreExactlyTheAgreedOnes() {
		assertThat(presets.findByCode("calcium-carbonate-500").orElseThrow().perServing().calciumMg()).isEqualByComparingTo("500");
		assertThat(presets.findByCode("calcium-citrate-315").orElseThrow().perServing().calciumMg()).isEqualByComparingTo("315");
		assertThat(presets.findByCode("vitamin-d3-1000-iu").orElseThrow().perServing().vitaminDUg()).isEqualByComparingTo("25");
		assertThat(presets.findByCode("vitamin-d3-2000-iu").orElseThrow().perServing().vitaminDUg()).isEqualByComparingTo("50");
		assertThat(presets.findByCode("vitamin-k2-mk7-100").orElseThrow().perServing().vitaminKUg()).isEqualByComparingTo("100");
		assertThat(presets.findByCode("vitamin-k2-mk7-180").orElseThrow().perServing().vitaminKUg()).isEqualByComparingTo("180");
		assertThat(presets.findByCode("magnesium-200").orElseThrow().perServing().magnesiumMg()).isEqualByComparingTo("200");
		SupplementPreset fishOil = presets.findByCode("fish-oil-epa-180-dha-120").orElseThrow();
		assertThat(fishOil.content().epaMg()).isEqualByComparingTo("180");
		assertThat(fishOil.content().dhaMg()).isEqualByComparingTo("120");
		assertThat(fishOil.perServing().epaDhaMg()).isEqualByComparingTo("300");
		assertThat(presets.findByCode("protein-powder-25").orElseThrow().perServing().proteinG()).isEqualByComparingTo("25");
		assertThat(presets.all()).filteredOn(SupplementPreset::containsVitaminK)
			.extracting(SupplementPreset::code)
			.contains("vitamin-k2-mk7-100", "vitamin-k2-mk7-180")
			.doesNotContain("calcium-carbonate-500", "fish-oil-epa-180-dha-120");
	}

	@Test
	void anAdminAddsAndEditsAPreset() throws Exception {
		AuthenticatedUser admin = people.admin();
		String name = "Calcium + D3 " + admin.id();

		mvc.perform(get("/admin/supplements").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vitamin K2 (MK-7), 180 µg")));
		mvc.perform(post("/admin/supplements").with(user(admin)).with(csrf())
			.param("name", name).param("serving", "tablet").param("calciumMg", "600").param("vitaminDUg", "10")
			.param("active", "true"))
			.andExpect(redirectedUrl("/admin/supplements"));
		SupplementPreset created = presets.all().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
		assertThat(created.perServing().calciumMg()).isEqualByComparingTo("600");
		assertThat(created.active()).isTrue();

		mvc.perform(post("/admin/supplements/" + created.id()).with(user(admin)).with(csrf())
			.param("version", String.valueOf(created.version())).param("name", name).param("serving", "tablet")
			.param("calciumMg", "500").param("vitaminDUg", "10"))
			.andExpect(redirectedUrl("/admin/supplements"));
		SupplementPreset retired = presets.find(created.id()).orElseThrow();
		assertThat(retired.perServing().calciumMg()).isEqualByComparingTo("500");
		assertThat(retired.active()).isFalse();
		assertThat(presets.active()).extracting(SupplementPreset::id).doesNotContain(created.id());
		assertThat(jdbc.queryForObject("select count(*) from audit_events where action = 'SUPPLEMENT_PRESET_CHANGED' and details like ?",
				Integer.class, "%(" + name + ")")).isEqualTo(2);
	}

	@Test
	void badPresetsAreExplainedAndAStaleEditConflicts() throws Exception {
		AuthenticatedUser admin = people.admin();
		SupplementPreset magnesium = presets.findByCode("magnesium-200").orElseThrow();

		mvc.perform(post("/admin/supplements").with(user(admin)).with(csrf())
			.param("name", "Magnesium, 200 mg").param("serving", "").param("magnesiumMg", "1001"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "name", "supplement.name.taken"))
			.andExpect(model().attributeHasFieldErrorCode("form", "serving", "supplement.serving.required"))
			.andExpect(model().attributeHasFieldErrorCode("form", "magnesiumMg", "supplement.amount.range"));
		mvc.perform(post("/admin/supplements").with(user(admin)).with(csrf())
			.param("name", "Empty " + admin.id()).param("serving", "tablet"))
			.andExpect(model().attributeHasFieldErrorCode("form", "calciumMg", "supplement.amounts.none"));
		mvc.perform(post("/admin/supplements/" + magnesium.id()).with(user(admin)).with(csrf())
			.param("version", String.valueOf(magnesium.version() + 7)).param("name", magnesium.name())
			.param("serving", "tablet").param("magnesiumMg", "250").param("active", "true"))
			.andExpect(status().isConflict());

		assertThat(presets.find(magnesium.id()).orElseThrow().perServing().magnesiumMg()).isEqualByComparingTo("200");
	}

	@Test
	void aRetiredPresetIsNotOfferedForNewEntries() {
		AuthenticatedUser patient = people.patient();
		SupplementPreset preset = presets.create(new SupplementPresets.PresetInput("Retired " + patient.id(), "capsule",
				null, BigDecimal.TEN, null, null, null, null, null, false));
		LocalDate day = patients.today(patient.id());

		assertThatThrownBy(() -> entries.add(patient.id(), day, new SupplementInput(preset.id(), BigDecimal.ONE)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.problems()).extracting(InvalidInputException.FieldProblem::field).containsExactly("supplementId"));
	}

	@Test
	void onlyAdminsReachThePresetPages() throws Exception {
		mvc.perform(get("/admin/supplements").with(user(people.patient()))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/supplements").with(user(people.clinician()))).andExpect(status().isForbidden());
	}

}
