package vn.phoihop.dashboard;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;
import vn.phoihop.organizations.OrganizationGroups;
import vn.phoihop.organizations.OrganizationTree;
import vn.phoihop.tasks.OverdueTasks;

/** The overdue tasks of the whole plan by the organisation that should act, for the dashboard and the leaders' page. */
@Component
class OverdueByOrganization {

    private final OverdueTasks overdueTasks;
    private final OrganizationGroups organizationGroups;
    private final OrganizationTree tree;

    OverdueByOrganization(OverdueTasks overdueTasks, OrganizationGroups organizationGroups, OrganizationTree tree) {
        this.overdueTasks = overdueTasks;
        this.organizationGroups = organizationGroups;
        this.tree = tree;
    }

    List<Row> rows(Locale locale) {
        var names = tree.names(locale);
        return overdueTasks.byGroup().stream()
                .map(row -> new Row(row, organizationGroups.actingFor(List.of(row.groupId())).stream().findFirst()
                        .map(code -> names.getOrDefault(code, code)).orElse(row.groupId()))).toList();
    }

    /** A group's overdue tasks with the name of the organisation it acts for (the group id where none). */
    public record Row(OverdueTasks.ByGroup overdue, String organizationName) {
    }
}
