package vn.phoihop.plans;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlanRepository extends JpaRepository<Plan, String> {

    List<Plan> findAllByOrderByYearDescIssuedOnDesc();

    List<Plan> findByStatusOrderByYearDescIssuedOnDesc(PlanStatus status);

    Optional<Plan> findByParentIdAndOrganization(String parentId, String organization);

    List<Plan> findByParentIdOrderByOrganization(String parentId);

    /** The province's plan a run of PlanProcess drafts (its local plans share the instance). */
    Optional<Plan> findByProcessInstanceIdAndOrganizationIsNull(String processInstanceId);
}
