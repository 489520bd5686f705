package vn.phoihop.propaganda;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface MaterialRepository extends JpaRepository<Material, String> {

    Optional<Material> findByProcessInstanceId(String processInstanceId);

    List<Material> findByCompiledAtBetweenOrderByCompiledAtDesc(Instant from, Instant to);
}
