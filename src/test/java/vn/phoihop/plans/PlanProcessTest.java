package vn.phoihop.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.phoihop.plans.PlanProcessVariables.*;
import static vn.phoihop.testsupport.EngineActors.at;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import vn.phoihop.forms.FormRows;
import vn.phoihop.forms.SubmissionRuleException;
import vn.phoihop.organizations.Organization;
import vn.phoihop.organizations.OrganizationTree;
import vn.phoihop.testsupport.EngineActors;
import vn.phoihop.testsupport.EngineTime;
import vn.phoihop.testsupport.IntegrationTest;
import vn.phoihop.testsupport.TestUsers;

/**
 * One test per path of {@code processes/PlanProcess.bpmn}, on the engine's clock: the 2026 plan is copied
 * from 100/KHPH-CA-MTTQ, redrafted, approved by both sides and published, every commune and ward of the
 * 2026 tree derives its own plan approved by its own two sides, and at the year's end the duties are
 * assessed; one side returns the draft; a local plan is returned then approved; a refused step saves nothing.
 */
@IntegrationTest
class PlanProcessTest {

    /** Monday 12 January 2026, 09:00 in the province. */
    private static final Date START = at(2026, 1, 12, 9, 0);
    private static final String SEED = "KH-100-2023";
    private static final String TAN_NINH_POLICE = "commune-police-tan-ninh";

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    PlanService plans;
    @Autowired
    OrganizationTree organizations;

    @RegisterExtension
    EngineTime time = EngineTime.pausedAt(START);

    private EngineActors actors;
    private TestUsers users;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        actors = new EngineActors(identityService, taskService);
        users = new TestUsers(identityService);
    }

    @Test
    void aPlanCopiedFromLastYearsIsApprovedByBothSidesDerivedByEveryLocalLevelAndAssessedAtTheYearsEnd() {
        ProcessInstance instance = started("px05", 2026, SEED);
        Plan draft = plans.plan(instance.getBusinessKey());
        assertThat(draft.id()).matches("KH-2026-\\d{4}");
        assertThat(draft.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(draft.year()).isEqualTo(2026);
        assertThat(draft.duties()).extracting(PlanDuty::code).containsExactlyElementsOf(
                plans.plan(SEED).duties().stream().map(PlanDuty::code).toList());

        List<Map<String, String>> duties = new ArrayList<>(draft.duties().stream().map(duty -> FormRows.row("code", duty.code(),
                "periodicity", duty.code().equals("III.1.5") ? "Hằng tháng, ngày 5" : duty.periodicity(), "text", duty.text())).toList());
        duties.add(FormRows.row("code", "III.2.6", "periodicity", "Quý", "text", "Phối hợp tuyên truyền chuyển đổi số."));
        actors.complete(actors.task(instance, "Task_DraftPlan"), "pttg", Map.of(TITLE, "Kế hoạch phối hợp năm 2026", BASIS,
                "Căn cứ Chương trình phối hợp 09.", DUTIES, duties));
        Plan drafted = plans.plan(draft.id());
        assertThat(drafted.status()).isEqualTo(PlanStatus.AWAITING_APPROVAL);
        assertThat(drafted.duty("III.1.5").orElseThrow().periodicity()).isEqualTo("Hằng tháng, ngày 5");
        assertThat(drafted.duty("III.1.3").orElseThrow().processes()).containsExactly("UnitRegistrationProcess", "RecognitionProcess");
        assertThat(drafted.duty("III.2.6").orElseThrow().lead()).isEqualTo("pttg");

        Task police = actors.task(instance, "Task_ApprovePlanPolice");
        Task front = actors.task(instance, "Task_ApprovePlanFront");
        assertThat(actors.candidateGroups(police)).containsExactly("police-leaders");
        assertThat(actors.candidateGroups(front)).containsExactly("front-leaders");
        actors.complete(police, "bgdca", Map.of(APPROVAL_OUTCOME, OUTCOME_APPROVE));
        actors.complete(front, "bttmttq", Map.of(APPROVAL_OUTCOME, OUTCOME_APPROVE));
        Plan published = plans.plan(draft.id());
        assertThat(published.status()).isEqualTo(PlanStatus.PUBLISHED);
        assertThat(published.policeApprovedBy()).isEqualTo("bgdca");
        assertThat(published.frontApprovedBy()).isEqualTo("bttmttq");

        // the 2026 tree: the police of every commune and ward, no district
        List<String> localLevels = organizations.managingOrganizationsOn(LocalDate.of(2026, 1, 12)).stream().map(Organization::getCode).toList();
        assertThat(localLevels).contains(TAN_NINH_POLICE).noneMatch(code -> code.startsWith("district"));
        List<Task> derivations = actors.tasks(instance, "Task_DeriveLocalPlan");
        assertThat(derivations).hasSize(localLevels.size());
        for (Task derivation : derivations) {
            String level = (String) taskService.getVariable(derivation.getId(), LOCAL_LEVEL);
            List<String> groups = actors.candidateGroups(derivation);
            assertThat(groups).hasSize(2).contains(organizations.find(level).orElseThrow().getGroupId());
            // the Front of the commune drafts it
            String frontGroup = groups.stream().filter(group -> !group.equals(organizations.find(level).orElseThrow().getGroupId()))
                    .findFirst().orElseThrow();
            actors.complete(derivation, users.newUser("kh", frontGroup), Map.of(TITLE, "Kế hoạch năm 2026 của " + level,
                    ADAPTATIONS, "Tập trung các tổ dân cư tự quản của " + level));
        }
        for (String level : localLevels) {
            for (String side : List.of("Task_ApproveLocalPlanPolice", "Task_ApproveLocalPlanFront")) {
                Task approval = actors.branchTask(instance, side, LOCAL_LEVEL, level);
                actors.complete(approval, users.newUser("ld", actors.candidateGroups(approval).get(0)), Map.of(APPROVAL_OUTCOME, OUTCOME_APPROVE));
            }
        }
        time.runAsyncSteps(instance.getId());
        assertThat(localLevels).allSatisfy(level -> assertThat(plans.localPlan(draft.id(), level).status()).isEqualTo(PlanStatus.PUBLISHED));
        Plan tanNinh = plans.localPlan(draft.id(), TAN_NINH_POLICE);
        assertThat(tanNinh.parentId()).isEqualTo(draft.id());
        assertThat(tanNinh.basis()).isEqualTo("Tập trung các tổ dân cư tự quản của " + TAN_NINH_POLICE);
        assertThat(tanNinh.duties()).hasSize(13);
        BpmnAwareTests.assertThat(instance).isWaitingAt("Event_YearEnded");

        time.set(at(2026, 12, 31, 17, 1));
        assertThat(time.runDueTimers(instance.getId())).isEqualTo(1);
        Task assess = actors.task(instance, "Task_AssessPlanDuties");
        actors.complete(assess, "px05", Map.of(ASSESSMENTS, List.of(
                Map.of("code", "III.1.1", "done", true, "note", "Đã tổng kết 10 năm."),
                Map.of("code", "III.1.5", "done", false, "note", "Thiếu giao ban tháng 8."))));
        BpmnAwareTests.assertThat(instance).hasPassed("EndEvent_PlanClosed").isEnded();
        Plan assessed = plans.plan(draft.id());
        assertThat(assessed.duty("III.1.1").orElseThrow().done()).isTrue();
        assertThat(assessed.duty("III.1.5").orElseThrow().done()).isFalse();
        assertThat(assessed.duty("III.1.5").orElseThrow().doneNote()).isEqualTo("Thiếu giao ban tháng 8.");
        assertThat(assessed.dutiesDone()).isEqualTo(1);
    }

    @Test
    void oneSideReturnsTheDraftWithItsReasonAndTheRedraftIsApprovedByBoth() {
        ProcessInstance instance = started("pttg", 2026, SEED);
        String planId = instance.getBusinessKey();
        actors.complete(actors.task(instance, "Task_DraftPlan"), "pttg", redraft(planId, "Kế hoạch 2026"));
        actors.complete(actors.task(instance, "Task_ApprovePlanPolice"), "bgdca", Map.of(APPROVAL_OUTCOME, OUTCOME_APPROVE));
        Task front = actors.task(instance, "Task_ApprovePlanFront");
        assertThatThrownBy(() -> actors.complete(front, "bttmttq", Map.of(APPROVAL_OUTCOME, OUTCOME_RETURN, APPROVAL_COMMENT, " ")))
                .hasRootCauseInstanceOf(SubmissionRuleException.class);
        actors.complete(front, "bttmttq", Map.of(APPROVAL_OUTCOME, OUTCOME_RETURN, APPROVAL_COMMENT, "Bổ sung nhiệm vụ chuyển đổi số."));
        BpmnAwareTests.assertThat(instance).isWaitingAt("Task_DraftPlan");
        assertThat(plans.plan(planId).status()).isEqualTo(PlanStatus.RETURNED);
        assertThat(plans.plan(planId).returnReason()).isEqualTo("Bổ sung nhiệm vụ chuyển đổi số.");
        actors.complete(actors.task(instance, "Task_DraftPlan"), "px05", redraft(planId, "Kế hoạch 2026 (sửa)"));
        // both decide again: the police's earlier approval was for the earlier draft
        actors.complete(actors.task(instance, "Task_ApprovePlanPolice"), "bgdca", Map.of(APPROVAL_OUTCOME, OUTCOME_APPROVE));
        BpmnAwareTests.assertThat(instance).isWaitingAt("Task_ApprovePlanFront");
        actors.complete(actors.task(instance, "Task_ApprovePlanFront"), "bttmttq", Map.of(APPROVAL_OUTCOME, OUTCOME_APPROVE));
        assertThat(plans.plan(planId).status()).isEqualTo(PlanStatus.PUBLISHED);
        assertThat(plans.plan(planId).title()).isEqualTo("Kế hoạch 2026 (sửa)");
        assertThat(plans.plan(planId).returnReason()).isNull();
        BpmnAwareTests.assertThat(instance).isWaitingAt("Task_DeriveLocalPlan");
    }

    @Test
    void aLocalPlanReturnedByItsPoliceLeadersIsAdaptedAndApproved() {
        ProcessInstance instance = published("px05");
        String planId = instance.getBusinessKey();
        Task derive = actors.branchTask(instance, "Task_DeriveLocalPlan", LOCAL_LEVEL, TAN_NINH_POLICE);
        assertThat(actors.candidateGroups(derive)).containsExactlyInAnyOrder("commune-police-tan-ninh", "commune-front-tan-ninh");
        actors.complete(derive, "catanninh", Map.of(TITLE, "Kế hoạch Tân Ninh", ADAPTATIONS, "Bản đầu."));
        Task police = actors.branchTask(instance, "Task_ApproveLocalPlanPolice", LOCAL_LEVEL, TAN_NINH_POLICE);
        assertThat(actors.candidateGroups(police)).containsExactly("commune-police-tan-ninh-leaders");
        Task front = actors.branchTask(instance, "Task_ApproveLocalPlanFront", LOCAL_LEVEL, TAN_NINH_POLICE);
        assertThat(actors.candidateGroups(front)).containsExactly("commune-front-tan-ninh-leaders");
        String frontLeader = users.newUser("ld", "commune-front-tan-ninh-leaders");
        actors.complete(police, "truongcatanninh", Map.of(APPROVAL_OUTCOME, OUTCOME_RETURN, APPROVAL_COMMENT, "Thêm khu phố 3."));
        actors.complete(front, frontLeader, Map.of(APPROVAL_OUTCOME, OUTCOME_APPROVE));
        assertThat(plans.localPlan(planId, TAN_NINH_POLICE).status()).isEqualTo(PlanStatus.RETURNED);
        Task again = actors.branchTask(instance, "Task_DeriveLocalPlan", LOCAL_LEVEL, TAN_NINH_POLICE);
        actors.complete(again, "mttqtanninh", Map.of(TITLE, "Kế hoạch Tân Ninh", ADAPTATIONS, "Bản sửa: thêm khu phố 3."));
        actors.complete(actors.branchTask(instance, "Task_ApproveLocalPlanPolice", LOCAL_LEVEL, TAN_NINH_POLICE), "truongcatanninh",
                Map.of(APPROVAL_OUTCOME, OUTCOME_APPROVE));
        actors.complete(actors.branchTask(instance, "Task_ApproveLocalPlanFront", LOCAL_LEVEL, TAN_NINH_POLICE), frontLeader,
                Map.of(APPROVAL_OUTCOME, OUTCOME_APPROVE));
        Plan local = plans.localPlan(planId, TAN_NINH_POLICE);
        assertThat(local.status()).isEqualTo(PlanStatus.PUBLISHED);
        assertThat(local.publishedAt()).isNotNull();
        assertThat(local.basis()).isEqualTo("Bản sửa: thêm khu phố 3.");
        assertThat(local.policeApprovedBy()).isEqualTo("truongcatanninh");
    }

    @Test
    void stepsBreakingARuleAreRefusedAndNothingIsSaved() {
        assertThatThrownBy(() -> started("ldld", 2026, SEED)).isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> started("px05", 2026, "KH-khong-co")).isInstanceOf(SubmissionRuleException.class);
        assertThatThrownBy(() -> started("px05", 2022, SEED)).isInstanceOf(SubmissionRuleException.class);
        assertThatThrownBy(() -> started("px05", 2028, SEED)).isInstanceOf(SubmissionRuleException.class);
        ProcessInstance instance = started("px05", 2026, SEED);
        String planId = instance.getBusinessKey();
        Task draft = actors.task(instance, "Task_DraftPlan");
        List<Map<String, String>> twice = List.of(FormRows.row("code", "III.1.1", "periodicity", "Năm", "text", "Một"),
                FormRows.row("code", "III.1.1", "periodicity", "Năm", "text", "Hai"));
        assertThatThrownBy(() -> actors.complete(draft, "px05", Map.of(TITLE, "Kế hoạch", DUTIES, twice)))
                .hasRootCauseInstanceOf(SubmissionRuleException.class);
        assertThatThrownBy(() -> actors.complete(draft, "px05", Map.of(TITLE, "Kế hoạch", DUTIES, List.of())))
                .hasRootCauseInstanceOf(SubmissionRuleException.class);
        assertThatThrownBy(() -> actors.complete(draft, "ldld", redraft(planId, "Kế hoạch"))).isInstanceOf(AuthorizationException.class);
        assertThat(plans.plan(planId).status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(plans.plan(planId).duties()).hasSize(12);
        actors.complete(draft, "px05", redraft(planId, "Kế hoạch"));
        assertThatThrownBy(() -> actors.complete(actors.task(instance, "Task_ApprovePlanPolice"), "px05",
                Map.of(APPROVAL_OUTCOME, OUTCOME_APPROVE))).isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> actors.complete(actors.task(instance, "Task_ApprovePlanPolice"), "bgdca",
                Map.of(APPROVAL_OUTCOME, "maybe"))).hasRootCauseInstanceOf(SubmissionRuleException.class);
        assertThat(plans.plan(planId).policeApprovedBy()).isNull();
    }

    private ProcessInstance published(String user) {
        ProcessInstance instance = started(user, 2026, SEED);
        actors.complete(actors.task(instance, "Task_DraftPlan"), user, redraft(instance.getBusinessKey(), "Kế hoạch 2026"));
        actors.complete(actors.task(instance, "Task_ApprovePlanPolice"), "bgdca", Map.of(APPROVAL_OUTCOME, OUTCOME_APPROVE));
        actors.complete(actors.task(instance, "Task_ApprovePlanFront"), "bttmttq", Map.of(APPROVAL_OUTCOME, OUTCOME_APPROVE));
        return instance;
    }

    private Map<String, Object> redraft(String planId, String title) {
        return Map.of(TITLE, title, DUTIES, plans.plan(planId).duties().stream().map(duty -> FormRows.row("code", duty.code(),
                "periodicity", duty.periodicity(), "text", duty.text())).toList());
    }

    private ProcessInstance started(String user, int year, String source) {
        time.set(START);
        return actors.signedIn(user, () -> runtimeService.startProcessInstanceByKey(PROCESS_ID,
                Map.of(YEAR, (long) year, SOURCE_PLAN, source, NUMBER, "15", TITLE, "Kế hoạch phối hợp năm " + year)));
    }
}
