package org.bonetrack.audit.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.Predicate;
import org.bonetrack.audit.AuditAction;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Admins read the audit trail, filtered by user, patient, action and date. */
@Controller
class AuditLogController {

	private static final int PAGE_SIZE = 50;

	private final AuditEventRepository events;

	AuditLogController(AuditEventRepository events) {
		this.events = events;
	}

	@GetMapping("/admin/audit")
	String list(@RequestParam(required = false) @Nullable String user,
			@RequestParam(required = false) @Nullable Long patient,
			@RequestParam(required = false) @Nullable AuditAction action,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		Specification<AuditEventEntity> filter = (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (user != null && !user.isBlank()) {
				String pattern = "%" + user.trim().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
					.replace("_", "\\_") + "%";
				predicates.add(cb.like(cb.lower(root.get("actorEmail")), pattern, '\\'));
			}
			if (patient != null) {
				predicates.add(cb.equal(root.get("patientId"), patient));
			}
			if (action != null) {
				predicates.add(cb.equal(root.get("action"), action.name()));
			}
			if (from != null) {
				predicates.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), from.atStartOfDay(ZoneOffset.UTC).toInstant()));
			}
			if (to != null) {
				predicates.add(cb.lessThan(root.get("occurredAt"), to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
		model.addAttribute("entries", events
			.findAll(filter, PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"))))
			.map(AuditEventEntity::toEntry));
		model.addAttribute("actions", AuditAction.values());
		model.addAttribute("user", user);
		model.addAttribute("patient", patient);
		model.addAttribute("action", action);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		return "audit/admin-audit";
	}

}
