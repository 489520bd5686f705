package vn.phoihop.forms;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface FormDraftRepository extends JpaRepository<FormDraft, String> {

    Optional<FormDraft> findByUserIdAndPlace(String userId, String place);

    @Query("select d from FormDraft d where d.userId = :userId and d.place = :place and d.expiresAt > :now")
    Optional<FormDraft> findLive(String userId, String place, Instant now);

    @Modifying
    @Query("delete from FormDraft d where d.userId = :userId and d.place = :place")
    int deleteByUserAndPlace(String userId, String place);

    @Modifying
    @Query("delete from FormDraft d where d.place = :place")
    int deleteByPlace(String place);

    @Modifying
    @Query("delete from FormDraft d where d.expiresAt <= :now")
    int deleteExpired(Instant now);
}
