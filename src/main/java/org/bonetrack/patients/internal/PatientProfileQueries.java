package org.bonetrack.patients.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bonetrack.accounts.UserSummary;
import org.bonetrack.patients.BodyWeight;
import org.bonetrack.patients.ClinicalContext;
import org.bonetrack.patients.PatientProfile;
import org.bonetrack.patients.Sex;
import org.bonetrack.shared.MassUnit;
import org.bonetrack.shared.VitaminDUnit;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads many patients' profiles for lists (the clinician's patient list reads hundreds): one plain
 * SQL query, the profile with its latest weight, mapped straight to records without entities. The
 * write side keeps {@link PatientProfileEntity}.
 */
@Component
public class PatientProfileQueries {

	private static final String PROFILES_WITH_LATEST_WEIGHT = """
			select p.patient_id, p.birth_date, p.sex, p.height_cm, p.anastrozole_start, p.time_zone, p.mass_unit,
			       p.vitamin_d_unit, p.low_impact_plan, p.takes_warfarin, p.fragility_fracture, p.vertebral_fracture,
			       p.parental_hip_fracture, p.oral_corticosteroids, p.smoker, p.bone_protective_medication,
			       w.weight_kg as latest_weight_kg
			from patient_profiles p
			left join latest_body_weights w on w.patient_id = p.patient_id
			where p.patient_id = any(cast(:ids as bigint[]))""";

	private final JdbcClient jdbc;

	PatientProfileQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The profiles of these patients, by id; ids without a profile are absent. */
	public Map<Long, StoredProfile> profiles(Collection<Long> patientIds) {
		Map<Long, StoredProfile> found = new HashMap<>();
		if (patientIds.isEmpty()) {
			return found;
		}
		// most patients share a handful of time zones
		Map<String, ZoneId> zones = new HashMap<>();
		jdbc.sql(PROFILES_WITH_LATEST_WEIGHT).param("ids", patientIds.toArray(Long[]::new)).query(rs -> {
			StoredProfile profile = row(rs, zones);
			found.put(profile.patientId(), profile);
		});
		return found;
	}

	/**
	 * The patient's time zone, if she has a profile: one column, without loading the profile entity
	 * (every logged session and meal asks for "today" in her calendar).
	 */
	public Optional<ZoneId> timeZone(long patientId) {
		return jdbc.sql("select time_zone from patient_profiles where patient_id = ?")
			.param(patientId)
			.query(String.class)
			.optional()
			.map(ZoneId::of);
	}

	/**
	 * Each patient's weights, newest first, as records: scoring reads every weight of a batch's
	 * patients (about a hundred each over three years), which as entities cost a batch more than
	 * the scoring itself.
	 */
	public Map<Long, List<BodyWeight>> weights(Collection<Long> patientIds) {
		Map<Long, List<BodyWeight>> found = new LinkedHashMap<>();
		if (patientIds.isEmpty()) {
			return found;
		}
		jdbc.sql("""
				select patient_id, id, measured_on, weight_kg from body_weights
				where patient_id = any(cast(:ids as bigint[]))
				order by patient_id, measured_on desc""")
			.param("ids", new LinkedHashSet<>(patientIds).toArray(Long[]::new))
			.query(rs -> {
				found.computeIfAbsent(rs.getLong("patient_id"), id -> new ArrayList<>())
					.add(new BodyWeight(rs.getLong("id"), rs.getObject("measured_on", LocalDate.class),
							rs.getBigDecimal("weight_kg")));
			});
		return found;
	}

	private static StoredProfile row(ResultSet rs, Map<String, ZoneId> zones) throws SQLException {
		String sex = rs.getString("sex");
		return new StoredProfile(rs.getLong("patient_id"), rs.getObject("birth_date", LocalDate.class),
				sex == null ? null : Sex.valueOf(sex), rs.getBigDecimal("height_cm"),
				rs.getObject("anastrozole_start", LocalDate.class), zones.computeIfAbsent(rs.getString("time_zone"), ZoneId::of),
				MassUnit.valueOf(rs.getString("mass_unit")), VitaminDUnit.valueOf(rs.getString("vitamin_d_unit")),
				rs.getBigDecimal("latest_weight_kg"),
				new ClinicalContext(rs.getBoolean("low_impact_plan"), rs.getBoolean("takes_warfarin"),
						rs.getBoolean("fragility_fracture"), rs.getBoolean("vertebral_fracture"),
						rs.getBoolean("parental_hip_fracture"), rs.getBoolean("oral_corticosteroids"),
						rs.getBoolean("smoker"), rs.getString("bone_protective_medication")));
	}

	/** A stored profile with the patient's latest weight: a {@link PatientProfile} without the account. */
	public record StoredProfile(long patientId, @Nullable LocalDate birthDate, @Nullable Sex sex,
			@Nullable BigDecimal heightCm, @Nullable LocalDate anastrozoleStart, ZoneId timeZone, MassUnit massUnit,
			VitaminDUnit vitaminDUnit, @Nullable BigDecimal latestWeightKg, ClinicalContext clinicalContext) {

		public PatientProfile with(UserSummary account) {
			return new PatientProfile(patientId, account.email(), account.displayName(), birthDate, sex, heightCm,
					anastrozoleStart, timeZone, massUnit, vitaminDUnit, latestWeightKg, clinicalContext);
		}

	}

}
