package vn.phoihop.organizations;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import vn.phoihop.forms.FormOption;
import vn.phoihop.forms.ReferenceOptionsSource;
import vn.phoihop.portal.ProvinceClock;

/**
 * The reference lists a form may name in a select, radio or checklist with the form-js custom
 * property {@code referenceData}: {@code organizations}, {@code memberOrganizations},
 * {@code districts}, {@code assignableOrganizations} (those a step can be given to), {@code myOrganizations} (those of the current user's groups; each only as in
 * force today), {@code modelTypes} and {@code planYears} (this year, next year, last year: what a
 * plan-wide process may be opened for). The stored value is the code, so records keep pointing at
 * the same row when its name changes.
 */
@Component
class ReferenceDataOptions implements ReferenceOptionsSource {

    private final OrganizationRepository organizations;
    private final MovementModelTypeRepository modelTypes;
    private final IdentityService identityService;

    ReferenceDataOptions(OrganizationRepository organizations, MovementModelTypeRepository modelTypes,
                         IdentityService identityService) {
        this.identityService = identityService;
        this.organizations = organizations;
        this.modelTypes = modelTypes;
    }

    @Override
    public List<FormOption> options(String referenceName, Locale locale) {
        return switch (referenceName) {
            case "organizations" -> organizations(organization -> true, locale);
            case "memberOrganizations" -> organizations(organization -> organization.getKind() == OrganizationKind.MEMBER_ORGANIZATION, locale);
            // an organisation that can be given a step: a group acts for it (not the leaders' boards, not the safe units)
            case "assignableOrganizations" -> organizations(organization -> organization.getGroupId() != null
                    && organization.getKind() != OrganizationKind.LEADERSHIP && organization.getKind() != OrganizationKind.UNIT, locale);
            case "districts" -> organizations(organization -> organization.getKind() == OrganizationKind.DISTRICT, locale);
            case "myOrganizations" -> organizations(organization -> organization.getGroupId() != null
                    && currentGroups().contains(organization.getGroupId()), locale);
            case "modelTypes" -> modelTypes.findAllByOrderBySortOrder().stream()
                    .map(type -> new FormOption(type.name(locale), type.getCode())).toList();
            case "planYears" -> planYears();
            default -> List.of();
        };
    }

    private static List<FormOption> planYears() {
        int year = ProvinceClock.today().getYear();
        return java.util.stream.IntStream.of(year, year + 1, year - 1)
                .mapToObj(option -> new FormOption(String.valueOf(option), String.valueOf(option))).toList();
    }

    /**
     * The groups of the user the engine acts for in this request (set for the portal and the REST
     * API alike), so that a form offers only the organisations the user may speak for.
     */
    private List<String> currentGroups() {
        Authentication current = identityService.getCurrentAuthentication();
        return current == null || current.getGroupIds() == null ? List.of() : current.getGroupIds();
    }

    private List<FormOption> organizations(Predicate<Organization> kind, Locale locale) {
        LocalDate today = ProvinceClock.today();
        return organizations.findAllByOrderBySortOrder().stream()
                .filter(organization -> organization.isValidOn(today))
                .filter(kind)
                .map(organization -> new FormOption(organization.name(locale), organization.getCode()))
                .toList();
    }
}
