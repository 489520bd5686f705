package vn.phoihop.propaganda;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import vn.phoihop.organizations.OrganizationTree;
import vn.phoihop.organizations.PlanReaders;
import vn.phoihop.zalo.ZaloGroup;
import vn.phoihop.zalo.ZaloGroupRepository;

/** Builds {@link MaterialView}s with the names and Zalo groups they show, for the page and the task summary. */
@Component
class MaterialViews {

    private final OrganizationTree organizations;
    private final ZaloGroupRepository groups;

    MaterialViews(OrganizationTree organizations, ZaloGroupRepository groups) {
        this.organizations = organizations;
        this.groups = groups;
    }

    MaterialView of(Material material, PlanReaders.Reader reader, Locale locale) {
        List<ZaloGroup> own = reader.whole() ? List.of() : groups.findByOrganizationInAndActiveTrueOrderByName(reader.organizations());
        return MaterialView.of(material, reader, own, names(locale));
    }

    Map<String, String> names(Locale locale) {
        return organizations.names(locale);
    }
}
