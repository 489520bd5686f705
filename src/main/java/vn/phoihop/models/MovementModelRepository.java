package vn.phoihop.models;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MovementModelRepository extends JpaRepository<MovementModel, String> {

    List<MovementModel> findBySponsorInAndActiveTrueOrderByName(Collection<String> sponsors);

    List<MovementModel> findByActiveTrue();
}
