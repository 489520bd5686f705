package vn.phoihop.dashboard;

import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;
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
    private final OverdueByOrganization overdueByOrganization;
    private final PlanTargets targets;
    private final PlanReaders readers;

    LeadersController(OpenTasks openTasks, OverdueTasks overdueTasks, OverdueByOrganization overdueByOrganization, PlanTargets targets,
                      PlanReaders readers) {
        this.openTasks = openTasks;
        this.overdueTasks = overdueTasks;
        this.overdueByOrganization = overdueByOrganization;
        this.targets = targets;
        this.readers = readers;
    }

    @GetMapping("/leaders")
    String leaders(Authentication authentication, Model model, Locale locale) {
        PortalUser user = PortalUser.of(authentication);
        if (!readers.of(user).whole()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        int year = ProvinceClock.today().getYear();
        model.addAttribute("navSection", "dashboard");
        model.addAttribute("waiting", openTasks.soonestDue(user, SHORT_LIST));
        model.addAttribute("waitingCount", openTasks.count(user));
        model.addAttribute("overdueByGroup", overdueByOrganization.rows(locale));
        model.addAttribute("oldestOverdue", overdueTasks.oldest(SHORT_LIST));
        model.addAttribute("atRisk", targets.of(year, null).stream().filter(Target::atRisk).toList());
        model.addAttribute("year", year);
        return "dashboard/leaders";
    }
}
