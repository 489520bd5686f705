package vn.phoihop.dashboard;

import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;
import vn.phoihop.organizations.OrganizationGroups;
import vn.phoihop.organizations.OrganizationTree;
import vn.phoihop.organizations.PlanReaders;
import vn.phoihop.portal.ProvinceClock;
import vn.phoihop.security.PortalUser;
import vn.phoihop.tasks.OpenTasks;
import vn.phoihop.tasks.OverdueTasks;

/**
 * {@code /leaders}: the one page a leader opens on a phone: what waits for their decision, what is
 * overdue in the whole plan and with which organisation, and the plan's targets at risk, each a link
 * to act on. For those who read the plan whole.
 */
@Controller
class LeadersController {

    static final int SHORT_LIST = 20;

    private final OpenTasks openTasks;
    private final OverdueTasks overdueTasks;
    private final PlanTargets targets;
    private final PlanReaders readers;
    private final OrganizationGroups organizationGroups;
    private final OrganizationTree tree;

    LeadersController(OpenTasks openTasks, OverdueTasks overdueTasks, PlanTargets targets, PlanReaders readers,
                      OrganizationGroups organizationGroups, OrganizationTree tree) {
        this.openTasks = openTasks;
        this.overdueTasks = overdueTasks;
        this.targets = targets;
        this.readers = readers;
        this.organizationGroups = organizationGroups;
        this.tree = tree;
    }

    @GetMapping("/leaders")
    String leaders(Authentication authentication, Model model, Locale locale) {
        PortalUser user = PortalUser.of(authentication);
        if (!readers.of(user).whole()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        int year = ProvinceClock.today().getYear();
        var names = tree.names(locale);
        model.addAttribute("navSection", "dashboard");
        model.addAttribute("waiting", openTasks.soonestDue(user, SHORT_LIST));
        model.addAttribute("waitingCount", openTasks.count(user));
        model.addAttribute("overdueByGroup", overdueTasks.byGroup().stream()
                .map(row -> new OverdueRow(row, organizationGroups.actingFor(List.of(row.groupId())).stream().findFirst()
                        .map(code -> names.getOrDefault(code, code)).orElse(row.groupId()))).toList());
        model.addAttribute("oldestOverdue", overdueTasks.oldest(SHORT_LIST));
        model.addAttribute("atRisk", targets.of(year, null).stream().filter(Target::atRisk).toList());
        model.addAttribute("year", year);
        return "dashboard/leaders";
    }

    /** A group's overdue tasks with the name of the organisation it acts for (the group id where none). */
    public record OverdueRow(OverdueTasks.ByGroup overdue, String organizationName) {
    }
}
