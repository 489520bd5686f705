package vn.phoihop.units.registration;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface UnitRegistrationRepository extends JpaRepository<UnitRegistration, String> {

    Optional<UnitRegistration> findByProcessInstanceId(String processInstanceId);

    List<UnitRegistration> findByUnitCodeAndYear(String unitCode, int year);

    List<UnitRegistration> findByUnitCodeOrderByYearDesc(String unitCode);
}
