package vn.phoihop.models.inspections;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ModelInspectionRepository extends JpaRepository<ModelInspection, String> {

    Optional<ModelInspection> findByProcessInstanceId(String processInstanceId);

    List<ModelInspection> findByPlanYearOrderByOpenedAtDesc(int planYear);
}
