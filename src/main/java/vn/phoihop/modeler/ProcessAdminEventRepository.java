package vn.phoihop.modeler;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProcessAdminEventRepository extends JpaRepository<ProcessAdminEvent, String> {

    List<ProcessAdminEvent> findTop50ByOrderByAtDesc();
}
