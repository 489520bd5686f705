package vn.phoihop.dashboard;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.phoihop.meetings.MeetingProgress;
import vn.phoihop.organizations.Organization;
import vn.phoihop.organizations.OrganizationGroups;
import vn.phoihop.organizations.OrganizationTree;
import vn.phoihop.organizations.PlanReaders;
import vn.phoihop.portal.ProvinceClock;
import vn.phoihop.reports.PeriodicReportService;
import vn.phoihop.reports.ReportedFigures;
import vn.phoihop.security.PortalUser;
import vn.phoihop.units.PlanYears;
import vn.phoihop.units.registration.RegistrationProgress;
import vn.phoihop.units.residents.ResidentGroupProgress;
import vn.phoihop.zalo.ZaloGrowth;

/**
 * {@code /dashboard}: progress against each target of the plan for a year, overall or for one managing
 * level (district until July 2025, commune or ward since), as cards, a chart and the same numbers in a
 * table, each figure a link to the list behind it; then the managing levels side by side, the member
 * organisations side by side with their Zalo groups' growth, the overdue tasks by organisation and the
 * liaison meetings month by month. For those who read the plan whole (PX05, PTTG, the leaders).
 */
@Controller
class DashboardController {

    private final PlanTargets targets;
    private final RegistrationProgress registrations;
    private final ResidentGroupProgress residentGroups;
    private final MeetingProgress meetings;
    private final PlanReaders readers;
    private final OrganizationTree tree;
    private final OrganizationGroups organizationGroups;
    private final PeriodicReportService reports;
    private final ZaloGrowth zalo;
    private final OverdueByOrganization overdue;

    DashboardController(PlanTargets targets, RegistrationProgress registrations, ResidentGroupProgress residentGroups,
                        MeetingProgress meetings, PlanReaders readers, OrganizationTree tree, OrganizationGroups organizationGroups,
                        PeriodicReportService reports, ZaloGrowth zalo, OverdueByOrganization overdue) {
        this.targets = targets;
        this.registrations = registrations;
        this.residentGroups = residentGroups;
        this.meetings = meetings;
        this.readers = readers;
        this.tree = tree;
        this.organizationGroups = organizationGroups;
        this.reports = reports;
        this.zalo = zalo;
        this.overdue = overdue;
    }

    @GetMapping("/dashboard")
    String dashboard(@RequestParam(required = false) Integer year, @RequestParam(required = false) String org,
                     Authentication authentication, Model model, Locale locale) {
        if (!readers.of(PortalUser.of(authentication)).whole()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        int shown = PlanYears.shown(year);
        List<String> managingCodes = tree.managingOrganizationsOn(ProvinceClock.today()).stream().map(Organization::getCode).toList();
        String filter = org != null && managingCodes.contains(org) ? org : null;
        Set<String> managing = filter == null ? null : Set.of(filter);
        model.addAttribute("navSection", "dashboard");
        model.addAttribute("year", shown);
        model.addAttribute("firstYear", PlanYears.FIRST_YEAR);
        model.addAttribute("lastYear", PlanYears.last());
        model.addAttribute("org", filter);
        model.addAttribute("managingCodes", managingCodes);
        model.addAttribute("names", tree.names(locale));
        var registrationRows = registrations.of(shown, managing);
        var residentRows = residentGroups.of(managing);
        var meetingFigures = meetings.of(shown);
        model.addAttribute("targets", targets.of(shown, registrationRows, residentRows, meetingFigures));
        model.addAttribute("registrationRows", registrationRows);
        model.addAttribute("residentRows", residentRows);
        model.addAttribute("meetings", meetingFigures);
        // each member organisation's own figures, the same its periodic report carries
        ZaloGrowth.Figures groups = zalo.of(shown);
        var members = reports.currentFigures(organizationGroups.memberOrganizationsOn(ProvinceClock.today()), shown);
        model.addAttribute("memberRows", members.entrySet().stream()
                .map(member -> new MemberRow(member.getKey(), member.getValue(), groups.byOrganization().get(member.getKey()))).toList());
        model.addAttribute("zalo", groups);
        model.addAttribute("overdueByGroup", overdue.rows(locale));
        return "dashboard/page";
    }

    /** @param zalo the organisation's Zalo groups' members at the year's start and latest; null when it has none */
    public record MemberRow(String organization, ReportedFigures figures, ZaloGrowth.Row zalo) {
    }
}
