package vn.phoihop.commendations.registry;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import vn.phoihop.commendations.AwardForm;
import vn.phoihop.commendations.AwardFormRepository;
import vn.phoihop.organizations.Organization;
import vn.phoihop.organizations.OrganizationRepository;

/**
 * Names of organisations and award forms in the reader's language, by code. Both lists are a few
 * dozen rows: one read per page is cheaper than a join per row, and keeps the SQL on the
 * commendation tables.
 */
@Component
class ReferenceNames {

    private final OrganizationRepository organizations;
    private final AwardFormRepository awardForms;

    ReferenceNames(OrganizationRepository organizations, AwardFormRepository awardForms) {
        this.organizations = organizations;
        this.awardForms = awardForms;
    }

    /** In the tree's order, so that the filter lists them as the organisation chart does. */
    Map<String, String> organizations(Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Organization organization : organizations.findAllByOrderBySortOrder()) {
            names.put(organization.getCode(), organization.name(locale));
        }
        return names;
    }

    Map<String, String> awardForms(Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        for (AwardForm award : awardForms.findAllByOrderBySortOrder()) {
            names.put(award.getCode(), award.name(locale));
        }
        return names;
    }
}
