package vn.phoihop.commendations;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AwardFormRepository extends JpaRepository<AwardForm, String> {

    List<AwardForm> findAllByOrderBySortOrder();
}
