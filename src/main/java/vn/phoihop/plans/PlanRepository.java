package vn.phoihop.plans;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlanRepository extends JpaRepository<Plan, String> {

    List<Plan> findAllByOrderByYearDescIssuedOnDesc();
}
