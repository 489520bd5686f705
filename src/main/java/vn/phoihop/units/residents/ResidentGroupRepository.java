package vn.phoihop.units.residents;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ResidentGroupRepository extends JpaRepository<ResidentGroup, String> {

    List<ResidentGroup> findByManagingOrganizationInOrderByManagingOrganizationAscNameAsc(Collection<String> managing);

    List<ResidentGroup> findAllByOrderByManagingOrganizationAscNameAsc();

    /** Per managing level: groups, those with a consolidated board, households, households informed. */
    @Query("select g.managingOrganization, count(g), sum(case when g.boardConsolidated = true then 1 else 0 end),"
            + " sum(g.households), sum(g.householdsInformed) from ResidentGroup g group by g.managingOrganization")
    List<Object[]> countsByManagingOrganization();
}
