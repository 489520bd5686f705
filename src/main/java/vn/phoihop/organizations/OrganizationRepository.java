package vn.phoihop.organizations;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OrganizationRepository extends JpaRepository<Organization, String> {

    List<Organization> findByGroupIdInOrderBySortOrder(Collection<String> groupIds);

    List<Organization> findAllByOrderBySortOrder();
}
