package vn.phoihop.zalo;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ZaloGroupRepository extends JpaRepository<ZaloGroup, String> {

    List<ZaloGroup> findByOrganizationInAndActiveTrueOrderByName(Collection<String> organizations);
}
