package org.bonetrack.audit.internal;

import java.time.LocalDate;

import org.bonetrack.accounts.AccessTokenChanged;
import org.bonetrack.accounts.AccountCreated;
import org.bonetrack.accounts.AccountStatusChanged;
import org.bonetrack.accounts.AuthenticatedUser;
import org.bonetrack.accounts.InvitationAccepted;
import org.bonetrack.accounts.InvitationIssued;
import org.bonetrack.accounts.PasswordChanged;
import org.bonetrack.audit.AuditAction;
import org.bonetrack.dashboard.PatientDataErased;
import org.bonetrack.dexa.DexaScanChanged;
import org.bonetrack.dexa.DexaScanDeleted;
import org.bonetrack.dexa.DexaScanRecorded;
import org.bonetrack.exercise.ExerciseHistoryImported;
import org.bonetrack.exercise.ExerciseSessionChanged;
import org.bonetrack.exercise.ExerciseSessionDeleted;
import org.bonetrack.exercise.ExerciseSessionLogged;
import org.bonetrack.nutrition.NutritionDayChanged;
import org.bonetrack.nutrition.NutritionImported;
import org.bonetrack.nutrition.SupplementPresetChanged;
import org.bonetrack.patients.BodyWeightChanged;
import org.bonetrack.patients.CareTeamChanged;
import org.bonetrack.patients.ClinicalContextChanged;
import org.bonetrack.patients.ClinicalNoteAdded;
import org.bonetrack.patients.PatientProfileChanged;
import org.bonetrack.patients.PatientRecordViewed;
import org.bonetrack.patients.PatientRecordsListed;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Turns the other modules' facts into audit rows, synchronously: the row is written in the
 * same transaction as the change it records.
 */
@Component
class AuditListeners {

	private final AuditTrail trail;

	AuditListeners(AuditTrail trail) {
		this.trail = trail;
	}

	@EventListener
	void on(AuthenticationSuccessEvent event) {
		if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken
				&& event.getAuthentication().getPrincipal() instanceof AuthenticatedUser user) {
			trail.record(AuditAction.LOGIN_SUCCEEDED, user.id(), user.email(), null, null);
		}
	}

	@EventListener
	void on(AbstractAuthenticationFailureEvent event) {
		if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken attempt) {
			trail.record(AuditAction.LOGIN_FAILED, null, String.valueOf(attempt.getPrincipal()), null,
					event.getException().getClass().getSimpleName());
		}
	}

	@EventListener
	void on(AccountCreated event) {
		trail.record(AuditAction.ACCOUNT_CREATED, null, "account " + event.userId() + " (" + event.role() + ")");
	}

	@EventListener
	void on(AccountStatusChanged event) {
		trail.record(event.enabled() ? AuditAction.ACCOUNT_REACTIVATED : AuditAction.ACCOUNT_DEACTIVATED, null,
				"account " + event.userId());
	}

	@EventListener
	void on(InvitationIssued event) {
		trail.record(AuditAction.INVITATION_ISSUED, null, "account " + event.userId());
	}

	@EventListener
	void on(InvitationAccepted event) {
		trail.record(AuditAction.INVITATION_ACCEPTED, event.userId(), null, null, "account " + event.userId());
	}

	@EventListener
	void on(PasswordChanged event) {
		trail.record(AuditAction.PASSWORD_CHANGED, null, "account " + event.userId());
	}

	@EventListener
	void on(AccessTokenChanged event) {
		trail.record(event.revoked() ? AuditAction.ACCESS_TOKEN_REVOKED : AuditAction.ACCESS_TOKEN_CREATED, null,
				"token " + event.tokenId());
	}

	@EventListener
	void on(CareTeamChanged event) {
		trail.record(AuditAction.CARE_TEAM_CHANGED, event.patientId(), "clinicians " + event.clinicianIds());
	}

	@EventListener
	void on(PatientProfileChanged event) {
		trail.record(AuditAction.PROFILE_CHANGED, event.patientId(), null);
	}

	@EventListener
	void on(BodyWeightChanged event) {
		trail.record(AuditAction.BODY_WEIGHT_CHANGED, event.patientId(), "weight of " + event.date());
	}

	@EventListener
	void on(ClinicalContextChanged event) {
		trail.record(AuditAction.CLINICAL_CONTEXT_CHANGED, event.patientId(), null);
	}

	@EventListener
	void on(ClinicalNoteAdded event) {
		trail.record(AuditAction.CLINICAL_NOTE_ADDED, event.patientId(), "note " + event.noteId());
	}

	@EventListener
	void on(PatientDataErased event) {
		trail.record(AuditAction.PATIENT_DATA_ERASED, event.patientId(), "all health data deleted at the patient's request");
	}

	@EventListener
	void on(DexaScanRecorded event) {
		trail.record(AuditAction.DEXA_SCAN_RECORDED, event.patientId(), dexaScan(event.scanId(), event.date()));
	}

	@EventListener
	void on(DexaScanChanged event) {
		trail.record(AuditAction.DEXA_SCAN_CHANGED, event.patientId(), dexaScan(event.scanId(), event.date()));
	}

	@EventListener
	void on(DexaScanDeleted event) {
		trail.record(AuditAction.DEXA_SCAN_DELETED, event.patientId(), dexaScan(event.scanId(), event.date()));
	}

	@EventListener
	void on(ExerciseSessionLogged event) {
		trail.record(AuditAction.EXERCISE_SESSION_LOGGED, event.patientId(),
				"session " + event.sessionId() + " of " + event.date());
	}

	@EventListener
	void on(ExerciseSessionChanged event) {
		trail.record(AuditAction.EXERCISE_SESSION_CHANGED, event.patientId(), "session " + event.sessionId() + " of "
				+ event.date() + (event.date().equals(event.previousDate()) ? "" : " (was " + event.previousDate() + ")"));
	}

	@EventListener
	void on(ExerciseSessionDeleted event) {
		trail.record(AuditAction.EXERCISE_SESSION_DELETED, event.patientId(),
				"session " + event.sessionId() + " of " + event.date());
	}

	@EventListener
	void on(ExerciseHistoryImported event) {
		trail.record(AuditAction.EXERCISE_HISTORY_IMPORTED, event.patientId(), event.source() + " import "
				+ event.importId() + ": " + event.sessionsAdded() + " sessions"
				+ (event.from() == null ? "" : " from " + event.from() + " to " + event.to()));
	}

	@EventListener
	void on(NutritionDayChanged event) {
		trail.record(AuditAction.NUTRITION_DAY_CHANGED, event.patientId(), "nutrition of " + event.date());
	}

	@EventListener
	void on(NutritionImported event) {
		trail.record(AuditAction.NUTRITION_IMPORTED, event.patientId(), event.format() + " upload " + event.importId()
				+ ": " + event.daysSaved() + " days, " + event.entriesSaved() + " entries");
	}

	@EventListener
	void on(SupplementPresetChanged event) {
		trail.record(AuditAction.SUPPLEMENT_PRESET_CHANGED, null,
				(event.created() ? "created" : "changed") + " supplement " + event.presetId() + " (" + event.name() + ")");
	}

	@EventListener
	void on(PatientRecordViewed event) {
		trail.recordViews(event.clinicianId(), java.util.List.of(event.patientId()), event.what());
	}

	@EventListener
	void on(PatientRecordsListed event) {
		trail.recordViews(event.clinicianId(), event.patientIds(), event.what());
	}

	private static String dexaScan(long scanId, LocalDate date) {
		return "DEXA scan " + scanId + " of " + date;
	}

}
