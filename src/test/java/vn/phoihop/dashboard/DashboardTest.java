package vn.phoihop.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.phoihop.testsupport.PortalUsers.as;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.phoihop.meetings.MeetingProgress;
import vn.phoihop.portal.ProvinceClock;
import vn.phoihop.reports.PeriodicReportProgress;
import vn.phoihop.reports.PeriodicReportService;
import vn.phoihop.reports.ReportedFigures;
import vn.phoihop.organizations.OrganizationGroups;
import vn.phoihop.tasks.OverdueTasks;
import vn.phoihop.zalo.ZaloGrowth;
import vn.phoihop.units.registration.RegistrationProgress;
import vn.phoihop.units.residents.ResidentGroupProgress;
import vn.phoihop.testsupport.IntegrationTest;
import vn.phoihop.testsupport.PortalPages;

/**
 * The dashboard as a leader opens it: a card per target of the plan whose numbers are the features'
 * own figures, each a link to the list behind it, the same numbers as a table and the chart's data;
 * narrowed to one managing level; the leaders' page of what waits, what is overdue and by whom, and
 * the targets at risk; for those who read the plan whole only.
 */
@IntegrationTest
class DashboardTest {

    private static final RequestPostProcessor LEADER = as("bgdca", "police-leaders");

    @Autowired
    MockMvc mvc;
    @Autowired
    RegistrationProgress registrations;
    @Autowired
    ResidentGroupProgress residentGroups;
    @Autowired
    MeetingProgress meetings;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    PeriodicReportProgress periodicReports;
    @Autowired
    PeriodicReportService reports;
    @Autowired
    OrganizationGroups organizationGroups;
    @Autowired
    ZaloGrowth zaloGrowth;
    @Autowired
    OverdueTasks overdueTasks;

    @Test
    void everyTargetShowsTheFeaturesOwnFiguresWithTheListBehindIt() throws Exception {
        int year = ProvinceClock.today().getYear();
        Document page = page("/dashboard?year=" + year, LEADER);
        assertThat(page.select("#targets .target-card")).hasSize(10);
        RegistrationProgress.Row units = RegistrationProgress.total(registrations.of(year, null));
        Element registered = page.selectFirst("#target-unitsRegistered");
        assertThat(registered.select(".count").text()).isEqualTo(units.registered() + " / " + units.units());
        assertThat(registered.attr("href")).isEqualTo("/units/progress?year=" + year);
        ResidentGroupProgress.Row groups = ResidentGroupProgress.total(residentGroups.of(null));
        assertThat(page.select("#target-residentGroups .count").text()).isEqualTo(groups.consolidated() + " / " + groups.groups());
        assertThat(page.select("#target-modelsInspected").attr("href")).isEqualTo("/models/inspections?year=" + year);
        PeriodicReportProgress.Figures reports = periodicReports.of(year);
        assertThat(page.select("#target-reportsOnTime .count").text()).isEqualTo(reports.partsOnTime() + " / " + reports.partsAsked());
        assertThat(page.select("#target-reportsOnTime").attr("href")).isEqualTo("/reports?year=" + year);
        // the table carries the chart's numbers, the chart one value per target
        assertThat(page.select("#targets-table tbody tr")).hasSize(10);
        assertThat(page.selectFirst("#targets-chart").attr("data-values").split("\\|")).hasSize(10);
        assertThat(page.selectFirst("#targets-chart").attr("data-labels")).contains("Đơn vị đăng ký");
        assertThat(page.select("#meetings-by-month td")).hasSize(12);
        assertThat(page.selectFirst("#meetings-chart").attr("data-values"))
                .isEqualTo(String.join("|", meetings.of(year).heldPerMonth().stream().map(String::valueOf).toList()));
        assertThat(page.select("script[src]").eachAttr("src")).contains("/vendor/chart.js/chart.umd.min.js", "/js/dashboard.js");
        mvc.perform(get("/vendor/chart.js/chart.umd.min.js").with(LEADER)).andExpect(status().isOk());
    }

    @Test
    void everyMemberOrganisationHasItsOwnFiguresAndTheZaloGrowthAndTheOverdueTasksByOrganisation() throws Exception {
        int year = ProvinceClock.today().getYear();
        Document page = page("/dashboard?year=" + year, LEADER);
        List<String> members = organizationGroups.memberOrganizationsOn(ProvinceClock.today());
        assertThat(page.select("#by-member tbody tr").eachAttr("data-org")).containsExactlyElementsOf(members);
        for (String member : members) {
            ReportedFigures figures = reports.currentFigures(member, year);
            Element row = page.selectFirst("#by-member tr[data-org=" + member + "]");
            assertThat(row.select(".updates").text()).isEqualTo(figures.value("updatesOnTime") + " / " + figures.value("updatesAsked"));
            assertThat(row.select(".reached").text()).isEqualTo(String.valueOf(figures.value("membersReached")));
            assertThat(row.select(".inspected a").attr("href")).isEqualTo("/models/inspections?year=" + year);
        }
        ZaloGrowth.Figures zalo = zaloGrowth.of(year);
        assertThat(page.select("#zalo-total").text()).isEqualTo(zalo.atStart() + " → " + zalo.latest());
        List<OverdueTasks.ByGroup> overdue = overdueTasks.byGroup();
        assertThat(page.select("#overdue-by-organization tbody tr").eachAttr("data-group"))
                .containsExactlyElementsOf(overdue.stream().map(OverdueTasks.ByGroup::groupId).toList());
    }

    @Test
    void oneManagingLevelNarrowsTheUnitsFigures() throws Exception {
        int year = ProvinceClock.today().getYear();
        Document province = page("/dashboard?year=" + year, LEADER);
        String org = province.select("#org option").eachAttr("value").stream().filter(value -> !value.isEmpty()).findFirst().orElseThrow();
        Document narrowed = page("/dashboard?year=" + year + "&org=" + org, LEADER);
        RegistrationProgress.Row units = RegistrationProgress.total(registrations.of(year, java.util.Set.of(org)));
        assertThat(narrowed.select("#target-unitsRegistered .count").text()).isEqualTo(units.registered() + " / " + units.units());
        assertThat(narrowed.select("#by-organization tbody tr")).allSatisfy(row -> assertThat(row.attr("data-org")).isEqualTo(org));
        assertThat(narrowed.select("#org option[selected]").val()).isEqualTo(org);
        // an unknown managing level is the province
        assertThat(page("/dashboard?year=" + year + "&org=khong-co", LEADER).select("#target-unitsRegistered .count").text())
                .isEqualTo(province.select("#target-unitsRegistered .count").text());
    }

    @Test
    void onlyThoseWhoReadThePlanWholeSeeIt() throws Exception {
        mvc.perform(get("/dashboard").with(as("ldld", "member-ldld"))).andExpect(status().isForbidden());
        mvc.perform(get("/dashboard").with(as("kp1tanninh", "unit-tn-kp1"))).andExpect(status().isForbidden());
        assertThat(page("/dashboard", as("pttg", "pttg")).select("#nav-dashboard")).hasSize(1);
        assertThat(page("/tasks", as("ldld", "member-ldld")).select("#nav-dashboard")).isEmpty();
        mvc.perform(get("/dashboard?year=1990").with(LEADER)).andExpect(status().isBadRequest());
    }

    @Test
    void theLeadersPageShowsWhatWaitsForThemWhatIsOverdueAndByWhomAndTheTargetsAtRisk() throws Exception {
        // a material waiting for a police leader's approval, and an update of LĐLĐ past its due date
        ProcessInstance material = signedIn("px05", () -> runtimeService.startProcessInstanceByKey("PropagandaProcess",
                Map.of("title", "Cảnh giác lừa đảo " + System.nanoTime(), "topic", "crime-methods", "body", "Gọi 113.")));
        Task approval = taskService.createTaskQuery().processInstanceId(material.getId()).singleResult();
        ProcessInstance meeting = signedIn("px05", () -> runtimeService.startProcessInstanceByKey("LiaisonMeetingProcess",
                Map.of("meetingReason", "Kiểm tra trang lãnh đạo")));
        Task late = taskService.createTaskQuery().processInstanceId(meeting.getId()).taskCandidateGroup("member-ldld").singleResult();
        late.setDueDate(Date.from(Instant.EPOCH.plus(Duration.ofDays(1))));
        taskService.saveTask(late);

        Document page = page("/leaders", LEADER);
        assertThat(page.select("#waiting a").eachAttr("href")).contains("/tasks/" + approval.getId());
        assertThat(Integer.parseInt(page.selectFirst("#overdue-by-group li[data-group=member-ldld] .overdue-count").text())).isPositive();
        assertThat(page.selectFirst("#overdue-by-group li[data-group=member-ldld]").text()).contains("Liên đoàn Lao động tỉnh");
        // the oldest overdue first: one due in 1970 is among them, linking to its instance
        assertThat(page.select("#oldest-overdue a").eachAttr("href")).contains("/instances/" + meeting.getId());
        List<String> atRisk = page.select("#at-risk a").eachAttr("data-key");
        Document dashboard = page("/dashboard", LEADER);
        for (String key : atRisk) {
            assertThat(dashboard.select("#target-" + key + ".border-danger")).as(key).hasSize(1);
        }
        assertThat(dashboard.select("#targets .border-danger")).hasSize(atRisk.size());
        mvc.perform(get("/leaders").with(as("ldld", "member-ldld"))).andExpect(status().isForbidden());
    }

    private <T> T signedIn(String user, java.util.function.Supplier<T> action) {
        identityService.setAuthentication(user, identityService.createGroupQuery().groupMember(user).list().stream()
                .map(org.camunda.bpm.engine.identity.Group::getId).toList());
        try {
            return action.get();
        } finally {
            identityService.clearAuthentication();
        }
    }

    private Document page(String url, RequestPostProcessor user) throws Exception {
        return PortalPages.page(mvc, url, user);
    }
}
