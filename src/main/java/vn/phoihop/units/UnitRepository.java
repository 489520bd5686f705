package vn.phoihop.units;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface UnitRepository extends JpaRepository<Unit, String> {

    List<Unit> findByKindAndManagingOrganization(UnitKind kind, String managingOrganization);

    @Query("select u.code from Unit u")
    List<String> allCodes();

    /** kind, managing organisation and name of every unit, for the duplicate check of an import. */
    @Query("select u.kind, u.managingOrganization, u.name, u.code from Unit u")
    List<Object[]> allNaturalKeys();
}
