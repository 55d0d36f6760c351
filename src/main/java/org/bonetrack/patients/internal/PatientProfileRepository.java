package org.bonetrack.patients.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PatientProfileRepository extends JpaRepository<PatientProfileEntity, Long> {
}
