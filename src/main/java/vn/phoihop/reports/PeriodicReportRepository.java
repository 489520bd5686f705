package vn.phoihop.reports;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface PeriodicReportRepository extends JpaRepository<PeriodicReport, String> {

    @EntityGraph(attributePaths = "organizations")
    Optional<PeriodicReport> findByProcessInstanceId(String processInstanceId);

    @EntityGraph(attributePaths = "organizations")
    Optional<PeriodicReport> findWithOrganizationsById(String id);

    @EntityGraph(attributePaths = "organizations")
    List<PeriodicReport> findByYearOrderByOpenedAtDesc(int year);

    @EntityGraph(attributePaths = "organizations")
    List<PeriodicReport> findAllByOrderByOpenedAtDesc();
}
