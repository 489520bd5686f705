package vn.phoihop.commendations;

import java.util.HashSet;
import java.util.Set;

import org.springframework.stereotype.Component;
import vn.phoihop.organizations.Organization;
import vn.phoihop.organizations.OrganizationKind;
import vn.phoihop.organizations.OrganizationRepository;

/**
 * Which side of the plan an organisation speaks for, the {@code proposingSide} input of
 * {@code CommendationApprover.dmn}: the police (the provincial police, its divisions and leaders,
 * the district police) or the Front (the Front committee, its departments and member
 * organisations, the district Fronts). Derived from the organisation tree rather than asked, so
 * that nobody proposes as the other side.
 */
@Component
public class ProposingSide {

    public static final String POLICE = "police";
    public static final String FRONT = "front";

    private final OrganizationRepository organizations;

    ProposingSide(OrganizationRepository organizations) {
        this.organizations = organizations;
    }

    public String of(String organizationCode) {
        Set<String> seen = new HashSet<>();
        Organization organization = organizations.findById(organizationCode).orElse(null);
        while (organization != null && seen.add(organization.getCode())) {
            OrganizationKind kind = organization.getKind();
            if (kind == OrganizationKind.POLICE || kind == OrganizationKind.POLICE_DIVISION || kind == OrganizationKind.DISTRICT_POLICE) {
                return POLICE;
            }
            if (kind == OrganizationKind.FRONT || kind == OrganizationKind.FRONT_DEPARTMENT || kind == OrganizationKind.DISTRICT_FRONT
                    || kind == OrganizationKind.MEMBER_ORGANIZATION) {
                return FRONT;
            }
            organization = organization.getParentCode() == null ? null
                    : organizations.findById(organization.getParentCode()).orElse(null);
        }
        return FRONT;
    }
}
