package org.bonetrack.accounts.internal;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface InvitationRepository extends JpaRepository<InvitationEntity, Long> {

	Optional<InvitationEntity> findByTokenHash(String tokenHash);

	/** Marks the invitation used unless it already was; 0 rows means someone used it first. */
	@Modifying
	@Query(value = "update invitations set used_at = :now where id = :id and used_at is null and expires_at > :now",
			nativeQuery = true)
	int markUsed(@Param("id") long id, @Param("now") Instant now);

	/** Earlier links stop working when a new one is issued. */
	@Modifying
	@Query(value = "update invitations set expires_at = :now where user_id = :userId and used_at is null and expires_at > :now",
			nativeQuery = true)
	int expireOpenInvitations(@Param("userId") long userId, @Param("now") Instant now);

}
