package vn.phoihop.commendations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static vn.phoihop.commendations.CommendationProcessVariables.*;

import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.phoihop.portal.ProvinceClock;
import vn.phoihop.testsupport.IntegrationTest;

/**
 * One test per path of {@code processes/CommendationProcess.bpmn}. The engine's clock is fixed
 * and timers and async continuations are run by hand (the job executor is paused meanwhile), so
 * nothing sleeps and nothing races.
 */
@IntegrationTest
class CommendationProcessTest {

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    /** A Monday in an ordinary working week. */
    private static final Date START = Date.from(ZonedDateTime.of(2026, 3, 2, 9, 0, 0, 0, ProvinceClock.ZONE).toInstant());

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    ManagementService managementService;
    @Autowired
    HistoryService historyService;
    @Autowired
    WorkingDays workingDays;

    private boolean jobExecutorWasActive;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        JobExecutor jobExecutor = jobExecutor();
        jobExecutorWasActive = jobExecutor != null && jobExecutor.isActive();
        if (jobExecutorWasActive) {
            jobExecutor.shutdown();
        }
        ClockUtil.setCurrentTime(START);
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        identityService.clearAuthentication();
        if (jobExecutorWasActive) {
            jobExecutor().start();
        }
    }

    @Test
    void approvedByThePoliceOnly() {
        ProcessInstance instance = propose("giay-khen-giam-doc-cat", "police");
        appraise(instance, OUTCOME_PASS);

        BpmnAwareTests.assertThat(instance).isWaitingAt("Task_PoliceLeadersApprove");
        BpmnAwareTests.assertThat(task("Task_PoliceLeadersApprove", instance)).hasCandidateGroup("police-leaders");
        decide(instance, "Task_PoliceLeadersApprove", DECISION_APPROVE);
        runAsyncJobs(instance);

        BpmnAwareTests.assertThat(instance).isEnded().hasPassed("Task_IssueDecisionNumber", "EndEvent_DecisionIssued")
                .hasNotPassed("Task_FrontLeadersApprove");
        assertThat(variable(instance, DECISION_ISSUED)).isEqualTo(true);
        assertThat((String) variable(instance, DECISION_NUMBER)).matches("\\d{2,}/QĐ-CAT");
    }

    @Test
    void approvedByBothSides() {
        ProcessInstance instance = propose("bang-khen-chu-tich-ubnd-tinh", "front");
        appraise(instance, OUTCOME_PASS);

        BpmnAwareTests.assertThat(instance).isWaitingAt("Task_PoliceLeadersApprove", "Task_FrontLeadersApprove");
        BpmnAwareTests.assertThat(task("Task_FrontLeadersApprove", instance)).hasCandidateGroup("front-leaders");
        decide(instance, "Task_FrontLeadersApprove", DECISION_APPROVE);
        BpmnAwareTests.assertThat(instance).isWaitingAt("Task_PoliceLeadersApprove");
        assertThat(jobs(instance)).isEmpty();
        decide(instance, "Task_PoliceLeadersApprove", DECISION_APPROVE);
        runAsyncJobs(instance);

        BpmnAwareTests.assertThat(instance).isEnded().hasPassed("EndEvent_DecisionIssued");
        assertThat((String) variable(instance, DECISION_NUMBER)).matches("\\d{2,}/QĐ-CAT");
    }

    @Test
    void approvedByTheFrontOnlyTakesAFrontNumber() {
        ProcessInstance instance = propose("giay-khen-mttq-tinh", "front");
        appraise(instance, OUTCOME_PASS);

        BpmnAwareTests.assertThat(instance).isWaitingAt("Task_FrontLeadersApprove");
        decide(instance, "Task_FrontLeadersApprove", DECISION_APPROVE);
        runAsyncJobs(instance);

        BpmnAwareTests.assertThat(instance).isEnded().hasPassed("EndEvent_DecisionIssued");
        assertThat((String) variable(instance, DECISION_NUMBER)).matches("\\d{2,}/QĐ-MTTQ");
    }

    @Test
    void refusedByOneSide() {
        ProcessInstance instance = propose("bang-khen-chu-tich-ubnd-tinh", "police");
        appraise(instance, OUTCOME_PASS);

        decide(instance, "Task_PoliceLeadersApprove", DECISION_APPROVE);
        decide(instance, "Task_FrontLeadersApprove", DECISION_REFUSE);
        runAsyncJobs(instance);

        BpmnAwareTests.assertThat(instance).isEnded().hasPassed("EndEvent_ApprovalRefused").hasNotPassed("EndEvent_DecisionIssued");
        assertThat(variable(instance, DECISION_ISSUED)).isEqualTo(false);
        assertThat(variable(instance, DECISION_NUMBER)).isNull();
        assertThat(variable(instance, POLICE_APPROVAL_DECISION)).isEqualTo(DECISION_APPROVE);
        assertThat(variable(instance, FRONT_APPROVAL_DECISION)).isEqualTo(DECISION_REFUSE);
    }

    @Test
    void returnedThenResubmittedThenPassed() {
        ProcessInstance instance = propose("ky-niem-chuong-bvantq", "police");
        appraise(instance, OUTCOME_RETURN);

        BpmnAwareTests.assertThat(instance).isWaitingAt("Task_ReviseProposal");
        BpmnAwareTests.assertThat(task(instance)).isAssignedTo("ldld");
        taskService.complete(task(instance).getId(), Map.of(REVISION_DECISION, REVISION_RESUBMIT,
                ACHIEVEMENT, "Bổ sung: phát hiện, tố giác 3 vụ trộm cắp tài sản"));

        BpmnAwareTests.assertThat(instance).isWaitingAt("Task_AppraiseProposal");
        appraise(instance, OUTCOME_PASS);
        decide(instance, "Task_PoliceLeadersApprove", DECISION_APPROVE);
        runAsyncJobs(instance);

        BpmnAwareTests.assertThat(instance).isEnded().hasPassed("Task_ReviseProposal", "EndEvent_DecisionIssued");
        assertThat((String) variable(instance, DECISION_NUMBER)).matches("\\d{2,}/QĐ-CAT");
    }

    @Test
    void returnedThenWithdrawn() {
        ProcessInstance instance = propose("giay-khen-giam-doc-cat", "front");
        appraise(instance, OUTCOME_RETURN);

        taskService.complete(task(instance).getId(), Map.of(REVISION_DECISION, REVISION_WITHDRAW));

        BpmnAwareTests.assertThat(instance).isEnded().hasPassed("EndEvent_ProposalWithdrawn")
                .hasNotPassed("Task_DetermineApprovers");
    }

    @Test
    void rejected() {
        ProcessInstance instance = propose("giay-khen-giam-doc-cat", "police");
        appraise(instance, OUTCOME_REJECT);

        BpmnAwareTests.assertThat(instance).isEnded().hasPassed("EndEvent_ProposalRejected")
                .hasNotPassed("Task_DetermineApprovers", "Task_ReviseProposal");
    }

    @Test
    void appraisalRemindedAfterEightWorkingDaysAndEscalatedAfterTen() {
        ProcessInstance instance = propose("giay-khen-giam-doc-cat", "police");
        Date reminderDue = workingDays.deadline(START, 8);
        Date overdue = workingDays.deadline(START, 10);

        ClockUtil.setCurrentTime(minusMinutes(reminderDue, 1));
        assertThat(runDueTimers(instance)).isZero();

        ClockUtil.setCurrentTime(plusMinutes(reminderDue, 1));
        assertThat(runDueTimers(instance)).isEqualTo(1);
        assertThat(runtimeService.getVariable(instance.getId(), APPRAISAL_REMINDED)).isEqualTo(true);
        assertThat(reminded(instance)).contains("px05").doesNotContain("bgdca");
        BpmnAwareTests.assertThat(instance).hasPassed("Task_RemindAppraiser", "EndEvent_AppraiserReminded")
                .isWaitingAt("Task_AppraiseProposal");
        assertThat(taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey("Task_ReviewOverdueAppraisal").count()).isZero();

        ClockUtil.setCurrentTime(plusMinutes(overdue, 1));
        assertThat(runDueTimers(instance)).isEqualTo(1);
        BpmnAwareTests.assertThat(instance).isWaitingAt("Task_AppraiseProposal", "Task_ReviewOverdueAppraisal");
        BpmnAwareTests.assertThat(task("Task_ReviewOverdueAppraisal", instance)).hasCandidateGroup("police-leaders");

        taskService.complete(task("Task_ReviewOverdueAppraisal", instance).getId());
        BpmnAwareTests.assertThat(instance).hasPassed("EndEvent_OverdueReviewed").isWaitingAt("Task_AppraiseProposal");
        appraise(instance, OUTCOME_REJECT);
        BpmnAwareTests.assertThat(instance).isEnded();
    }

    @Test
    void approversRemindedAfterFiveWorkingDays() {
        ProcessInstance instance = propose("bang-khen-chu-tich-ubnd-tinh", "police");
        appraise(instance, OUTCOME_PASS);
        Date reminderDue = workingDays.deadline(START, 5);

        ClockUtil.setCurrentTime(minusMinutes(reminderDue, 1));
        assertThat(runDueTimers(instance)).isZero();
        ClockUtil.setCurrentTime(plusMinutes(reminderDue, 1));
        assertThat(runDueTimers(instance)).isEqualTo(2);

        BpmnAwareTests.assertThat(instance)
                .hasPassed("EndEvent_PoliceApproverReminded", "EndEvent_FrontApproverReminded")
                .isWaitingAt("Task_PoliceLeadersApprove", "Task_FrontLeadersApprove");
        assertThat(runtimeService.getVariable(instance.getId(), POLICE_APPROVER_REMINDED)).isEqualTo(true);
        assertThat(runtimeService.getVariable(instance.getId(), FRONT_APPROVER_REMINDED)).isEqualTo(true);
        assertThat(reminded(instance)).contains("bgdca", "bttmttq").doesNotContain("px05");

        decide(instance, "Task_PoliceLeadersApprove", DECISION_APPROVE);
        decide(instance, "Task_FrontLeadersApprove", DECISION_APPROVE);
        runAsyncJobs(instance);
        BpmnAwareTests.assertThat(instance).isEnded().hasPassed("EndEvent_DecisionIssued");
    }

    private ProcessInstance propose(String awardForm, String proposingSide) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(RECORD_TITLE, "Đề nghị khen thưởng Công đoàn cơ sở Công ty X");
        variables.put(AWARD_FORM, awardForm);
        variables.put(PROPOSING_SIDE, proposingSide);
        variables.put(NOMINEES, "Nguyễn Văn A – Chủ tịch Công đoàn cơ sở Công ty X – vận động công nhân tố giác tội phạm");
        variables.put(ACHIEVEMENT, "Phối hợp phát hiện 2 vụ trộm cắp tài sản");
        ProcessInstance instance;
        identityService.setAuthentication("ldld", List.of("member-ldld"));
        try {
            instance = runtimeService.startProcessInstanceByKey(PROCESS_ID, variables);
        } finally {
            identityService.clearAuthentication();
        }
        BpmnAwareTests.assertThat(instance).isWaitingAt("Task_AppraiseProposal");
        assertThat(runtimeService.getVariable(instance.getId(), PROPOSER)).isEqualTo("ldld");
        return instance;
    }

    private void appraise(ProcessInstance instance, String outcome) {
        var appraisal = task("Task_AppraiseProposal", instance);
        BpmnAwareTests.assertThat(appraisal).hasCandidateGroup("px05");
        taskService.complete(appraisal.getId(), Map.of(APPRAISAL_OUTCOME, outcome, APPRAISAL_COMMENT, "Ý kiến thẩm định"));
    }

    private void decide(ProcessInstance instance, String taskKey, String decision) {
        taskService.complete(task(taskKey, instance).getId(),
                Map.of(APPROVAL_DECISION, decision, APPROVAL_COMMENT, "Ý kiến của lãnh đạo"));
    }

    private List<Job> jobs(ProcessInstance instance) {
        return managementService.createJobQuery().processInstanceId(instance.getId()).messages().list();
    }

    private void runAsyncJobs(ProcessInstance instance) {
        List<Job> jobs = jobs(instance);
        assertThat(jobs).isNotEmpty();
        for (Job job : jobs) {
            managementService.executeJob(job.getId());
        }
    }

    private int runDueTimers(ProcessInstance instance) {
        List<Job> due = managementService.createJobQuery().processInstanceId(instance.getId()).timers()
                .duedateLowerThan(ClockUtil.getCurrentTime()).list();
        for (Job job : due) {
            managementService.executeJob(job.getId());
        }
        return due.size();
    }

    private Object variable(ProcessInstance instance, String name) {
        var found = historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName(name).list();
        return found.isEmpty() ? null : found.get(0).getValue();
    }

    private JobExecutor jobExecutor() {
        return ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration()).getJobExecutor();
    }

    private static Date plusMinutes(Date date, int minutes) {
        return new Date(date.getTime() + minutes * 60_000L);
    }

    private static Date minusMinutes(Date date, int minutes) {
        return plusMinutes(date, -minutes);
    }

    /** Who got a reminder notification about this instance (in the app; e-mail follows when SMTP is set). */
    private java.util.List<String> reminded(ProcessInstance instance) {
        return jdbc.queryForList("select recipient_id from notification where kind = 'TASK_REMINDER' and process_instance_id = ?",
                String.class, instance.getId());
    }
}
