package vn.phoihop.home;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.phoihop.organizations.OrganizationRepository;
import vn.phoihop.security.PortalUser;
import vn.phoihop.tasks.OpenTasks;

@Controller
class HomeController {

    private final OrganizationRepository organizations;
    private final IdentityService identityService;
    private final OpenTasks openTasks;

    HomeController(OrganizationRepository organizations, IdentityService identityService, OpenTasks openTasks) {
        this.organizations = organizations;
        this.identityService = identityService;
        this.openTasks = openTasks;
    }

    @GetMapping("/")
    String home(Authentication authentication, Model model) {
        PortalUser user = PortalUser.of(authentication);
        // Organisations that ended (the districts, on 1 July 2025) are still shown, marked as ended:
        // their staff keep working on the plans of the years the organisation existed.
        model.addAttribute("organizations", organizations.findByGroupIdInOrderBySortOrder(user.groupIds()));
        model.addAttribute("today", LocalDate.now());
        model.addAttribute("groups", user.groupIds().isEmpty() ? List.of()
                : identityService.createGroupQuery().groupIdIn(user.groupIds().toArray(String[]::new)).orderByGroupName().asc().list());
        model.addAttribute("openTaskCount", openTasks.count(user));
        return "home";
    }
}
