package vn.phoihop.units.registration;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UnitRegistrationRepository extends JpaRepository<UnitRegistration, String> {

    /** With its rounds: the pages and the process read them after the transaction that loaded it. */
    @EntityGraph(attributePaths = "selfChecks")
    Optional<UnitRegistration> findByProcessInstanceId(String processInstanceId);

    List<UnitRegistration> findByUnitCodeAndYear(String unitCode, int year);

    @EntityGraph(attributePaths = "selfChecks")
    List<UnitRegistration> findByUnitCodeOrderByYearDesc(String unitCode);
}
