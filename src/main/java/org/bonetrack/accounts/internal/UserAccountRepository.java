package org.bonetrack.accounts.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.bonetrack.accounts.Role;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

	@Query("select u from UserAccount u where lower(u.email) = lower(:email)")
	Optional<UserAccount> findByEmail(@Param("email") String email);

	boolean existsByRoleAndEnabledTrue(Role role);

	List<UserAccount> findByRoleAndEnabledTrueOrderByDisplayName(Role role);

	@Query("""
			select u from UserAccount u
			where (lower(u.email) like :pattern escape '\\' or lower(u.displayName) like :pattern escape '\\')
			  and u.role in :roles
			order by lower(u.displayName), u.id
			""")
	Page<UserAccount> search(@Param("pattern") String pattern, @Param("roles") Collection<Role> roles,
			Pageable pageable);

	/**
	 * Counts a failed sign-in; the attempt that reaches {@code maxAttempts} locks the account
	 * until {@code lockUntil} and starts the count again. One statement, so concurrent attempts
	 * on several app instances cannot lose a count.
	 */
	@Modifying
	@Query(value = """
			update users
			   set locked_until = case when failed_logins + 1 >= :maxAttempts then :lockUntil else locked_until end,
			       failed_logins = case when failed_logins + 1 >= :maxAttempts then 0 else failed_logins + 1 end
			 where lower(email) = lower(:email)
			""", nativeQuery = true)
	int recordFailedLogin(@Param("email") String email, @Param("maxAttempts") int maxAttempts,
			@Param("lockUntil") Instant lockUntil);

	@Modifying
	@Query(value = "update users set failed_logins = 0, locked_until = null where id = :id and (failed_logins > 0 or locked_until is not null)",
			nativeQuery = true)
	int recordSuccessfulLogin(@Param("id") long id);

}
