package vn.phoihop.home;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.phoihop.organizations.OrganizationRepository;
import vn.phoihop.processes.StartableProcesses;
import vn.phoihop.security.PortalUser;
import vn.phoihop.tasks.OpenTasks;

/**
 * The user's start page: what waits for them (overdue first), what waits for their body's decision
 * when they lead one, the records they started that are still running, and what they can start.
 * Built from the engine for every process alike.
 */
@Controller
class HomeController {

    static final int SHORT_LIST = 8;

    private final OrganizationRepository organizations;
    private final IdentityService identityService;
    private final OpenTasks openTasks;
    private final RecordsInProgress records;
    private final StartableProcesses startable;
    private final DecisionGroups decisionGroups;

    HomeController(OrganizationRepository organizations, IdentityService identityService, OpenTasks openTasks,
                   RecordsInProgress records, StartableProcesses startable, DecisionGroups decisionGroups) {
        this.organizations = organizations;
        this.identityService = identityService;
        this.openTasks = openTasks;
        this.records = records;
        this.startable = startable;
        this.decisionGroups = decisionGroups;
    }

    @GetMapping("/")
    String home(Authentication authentication, Model model) {
        PortalUser user = PortalUser.of(authentication);
        model.addAttribute("waiting", openTasks.soonestDue(user, SHORT_LIST));
        model.addAttribute("openTaskCount", openTasks.count(user));
        model.addAttribute("overdueCount", openTasks.overdueCount(user));
        List<String> leading = decisionGroups.of(user);
        model.addAttribute("leader", !leading.isEmpty());
        model.addAttribute("decisions", openTasks.offeredTo(leading, SHORT_LIST));
        model.addAttribute("decisionCount", openTasks.countOfferedTo(leading));
        model.addAttribute("records", records.startedBy(user, SHORT_LIST));
        model.addAttribute("recordCount", records.countStartedBy(user));
        model.addAttribute("startable", startable.of(user));
        // Organisations that ended (the districts, on 1 July 2025) are still shown, marked as ended:
        // their staff keep working on the plans of the years the organisation existed.
        model.addAttribute("organizations", organizations.findByGroupIdInOrderBySortOrder(user.groupIds()));
        model.addAttribute("today", LocalDate.now());
        model.addAttribute("groups", user.groupIds().isEmpty() ? List.of()
                : identityService.createGroupQuery().groupIdIn(user.groupIds().toArray(String[]::new)).orderByGroupName().asc().list());
        return "home";
    }
}
