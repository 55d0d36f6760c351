package org.bonetrack.accounts.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PersonalAccessTokenRepository extends JpaRepository<PersonalAccessTokenEntity, Long> {

	List<PersonalAccessTokenEntity> findByUserIdOrderByCreatedAtDesc(long userId);

	Optional<PersonalAccessTokenEntity> findByIdAndUserId(long id, long userId);

	@Modifying
	@Query(value = "update personal_access_tokens set revoked_at = :now where user_id = :userId and revoked_at is null",
			nativeQuery = true)
	int revokeAll(@Param("userId") long userId, @Param("now") Instant now);

}
