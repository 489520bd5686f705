package vn.phoihop.units.recognition;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RecognitionRepository extends JpaRepository<Recognition, String> {

    Optional<Recognition> findByProcessInstanceId(String processInstanceId);

    boolean existsByRegistrationId(String registrationId);

    List<Recognition> findByUnitCodeOrderByYearDesc(String unitCode);
}
