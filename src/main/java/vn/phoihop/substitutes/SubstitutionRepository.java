package vn.phoihop.substitutes;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SubstitutionRepository extends JpaRepository<Substitution, Long> {

    List<Substitution> findByUserIdOrderByValidFromDesc(String userId);

    List<Substitution> findBySubstituteIdOrderByValidFromDesc(String substituteId);

    Optional<Substitution> findByIdAndUserId(Long id, String userId);

    @Query("select s from Substitution s where s.userId = :userId and s.validFrom <= :day and s.validTo >= :day")
    List<Substitution> findRunning(@Param("userId") String userId, @Param("day") LocalDate day);

    @Query("select count(s) > 0 from Substitution s where s.userId = :userId and s.validFrom <= :to and s.validTo >= :from")
    boolean overlaps(@Param("userId") String userId, @Param("from") LocalDate from, @Param("to") LocalDate to);
}
