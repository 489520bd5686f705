package vn.phoihop.organizations;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MovementModelTypeRepository extends JpaRepository<MovementModelType, String> {

    List<MovementModelType> findAllByOrderBySortOrder();
}
