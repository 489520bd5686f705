package vn.phoihop.organizations;

import java.time.LocalDate;
import java.util.List;

/** One organisation as written in {@code reference/organizations.yaml}. */
record OrganizationRow(String code, String nameVi, String nameEn, String shortName, OrganizationKind kind,
                       String parent, String groupId, LocalDate validFrom, LocalDate validTo,
                       String formerDistrict) {

    record File(List<OrganizationRow> organizations) {
    }
}
