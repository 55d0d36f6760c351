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

	@Query("select t from PersonalAccessTokenEntity t where t.tokenHash = :hash and t.revokedAt is null")
	Optional<PersonalAccessTokenEntity> findActiveByHash(@Param("hash") String hash);

	@Modifying
	@Query(value = "update personal_access_tokens set revoked_at = :now where user_id = :userId and revoked_at is null",
			nativeQuery = true)
	int revokeAll(@Param("userId") long userId, @Param("now") Instant now);

	/** Notes the use, at most once a minute per token, so reads do not turn into a write each. */
	@Modifying
	@Query(value = """
			update personal_access_tokens set last_used_at = :now
			 where id = :id and (last_used_at is null or last_used_at < cast(:now as timestamptz) - interval '1 minute')
			""", nativeQuery = true)
	int touch(@Param("id") long id, @Param("now") Instant now);

}
