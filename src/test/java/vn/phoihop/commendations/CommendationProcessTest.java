package vn.phoihop.commendations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static vn.phoihop.commendations.CommendationProcessVariables.*;

import java.time.ZonedDateTime;
import java.util.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.phoihop.testsupport.TaskSteps;
import vn.phoihop.testsupport.EngineTime;
import org.springframework.beans.factory.annotation.Autowired;
import vn.phoihop.calendar.WorkingDays;
import vn.phoihop.forms.SubmissionRuleException;
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
    @Autowired
    ProposalRepository repository;
    @Autowired
    ProposalFormValues formValues;

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

    @RegisterExtension
    EngineTime time = EngineTime.pausedAt(START);

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
    }

    @AfterEach
    void tearDown() {
        identityService.clearAuthentication();
    }

    @Test
    void approvedByThePoliceOnly() {
        ProcessInstance instance = propose("giay-khen-giam-doc-cat");
        String id = proposalId(instance);
        assertThat(id).matches("KT-2026-\\d{4}");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(id).count()).isEqualTo(1);
        assertThat(repository.findById(id)).hasValueSatisfying(p -> {
            assertThat(p.status()).isEqualTo(ProposalStatus.SUBMITTED);
            assertThat(p.proposingOrg()).isEqualTo("ldld");
            assertThat(p.proposingSide()).isEqualTo("front");
            assertThat(p.proposerId()).isEqualTo("ldld");
        });
        assertThat(repository.findById(id).orElseThrow().nominees()).extracting(Nominee::name).containsExactly("Nguyễn Văn A", "Công đoàn cơ sở Công ty X");
        appraise(instance, OUTCOME_PASS, "1", "2");

        BpmnAwareTests.assertThat(instance).isWaitingAt("Task_PoliceLeadersApprove");
        BpmnAwareTests.assertThat(task("Task_PoliceLeadersApprove", instance)).hasCandidateGroup("police-leaders");
        assertThat(repository.findById(id).orElseThrow().status()).isEqualTo(ProposalStatus.AWAITING_APPROVAL);
        decide(instance, "Task_PoliceLeadersApprove", "1", "2");
        runAsyncJobs(instance);

        BpmnAwareTests.assertThat(instance).isEnded().hasPassed("Task_IssueDecisionNumber", "EndEvent_DecisionIssued")
                .hasNotPassed("Task_FrontLeadersApprove");
        assertThat(variable(instance, DECISION_ISSUED)).isEqualTo(true);
        assertThat((String) variable(instance, DECISION_NUMBER)).matches("\\d{2,}/QĐ-CAT");
        Proposal issued = repository.findById(id).orElseThrow();
        assertThat(issued.status()).isEqualTo(ProposalStatus.ISSUED);
        assertThat(issued.decisionSymbol()).isEqualTo(variable(instance, DECISION_NUMBER));
        assertThat(issued.decisionDate()).isEqualTo(java.time.LocalDate.of(2026, 3, 2));
        assertThat(repository.findById(id).orElseThrow().nominees()).extracting(Nominee::awarded).containsExactly(true, true);
        assertThat(outcomeNotifications(instance)).containsExactly("ldld");
    }

    @Test
    void anAwardOfTheProvincialCommitteeIsSubmittedToItAndItsDecisionRecorded() {
        ProcessInstance instance = propose("bang-khen-chu-tich-ubnd-tinh");
        appraise(instance, OUTCOME_PASS, "1", "2");

        BpmnAwareTests.assertThat(instance).isWaitingAt("Task_PoliceLeadersApprove", "Task_FrontLeadersApprove");
        BpmnAwareTests.assertThat(task("Task_FrontLeadersApprove", instance)).hasCandidateGroup("front-leaders");
        decide(instance, "Task_FrontLeadersApprove", "1", "2");
        BpmnAwareTests.assertThat(instance).isWaitingAt("Task_PoliceLeadersApprove");
        assertThat(jobs(instance)).isEmpty();
        decide(instance, "Task_PoliceLeadersApprove", "1", "2");
        runAsyncJobs(instance);

        // the People's Committee does not use the product: a submission of the Front (ldld's side) goes to it
        BpmnAwareTests.assertThat(instance).isWaitingAt("Task_RecordHigherDecision");
        assertThat((String) variable(instance, SUBMISSION_NUMBER)).matches("\\d{2,}/TTr-MTTQ");
        assertThat(variable(instance, DECISION_NUMBER)).isNull();
        Proposal submitted = repository.findById(proposalId(instance)).orElseThrow();
        assertThat(submitted.status()).isEqualTo(ProposalStatus.AWAITING_HIGHER_DECISION);
        assertThat(submitted.submissionSymbol()).isEqualTo(variable(instance, SUBMISSION_NUMBER));
        assertThat(outcomeNotifications(instance)).isEmpty();
        org.camunda.bpm.engine.task.Task record = task("Task_RecordHigherDecision", instance);
        BpmnAwareTests.assertThat(record).hasCandidateGroup("px05").hasCandidateGroup("pttg");

        TaskSteps.complete(taskService, record.getId(), Map.of(HIGHER_DECISION_NUMBER, "1234/QĐ-UBND",
                HIGHER_DECISION_DATE, "2026-03-20"));

        BpmnAwareTests.assertThat(instance).isEnded().hasPassed("EndEvent_HigherDecisionRecorded");
        Proposal issued = repository.findById(proposalId(instance)).orElseThrow();
        assertThat(issued.status()).isEqualTo(ProposalStatus.ISSUED);
        assertThat(issued.decisionSymbol()).isEqualTo("1234/QĐ-UBND");
        assertThat(issued.decisionDate()).isEqualTo(java.time.LocalDate.of(2026, 3, 20));
        assertThat(issued.isOwnDecision()).isFalse();
        assertThat(outcomeNotifications(instance)).containsExactly("ldld");
    }

    @Test
    void aMinistryAwardIsSubmittedByThePoliceWhicheverSideProposed() {
        ProcessInstance instance = propose("ky-niem-chuong-bvantq");
        appraise(instance, OUTCOME_PASS, "1");
        decide(instance, "Task_PoliceLeadersApprove", "1");
        runAsyncJobs(instance);

        BpmnAwareTests.assertThat(instance).isWaitingAt("Task_RecordHigherDecision");
        assertThat((String) variable(instance, SUBMISSION_NUMBER)).matches("\\d{2,}/TTr-CAT");
    }

    @Test
    void approvedByTheFrontOnlyTakesAFrontNumber() {
        ProcessInstance instance = propose("giay-khen-mttq-tinh");
        appraise(instance, OUTCOME_PASS, "1");

        BpmnAwareTests.assertThat(instance).isWaitingAt("Task_FrontLeadersApprove");
        assertThat(approvalOptions(instance)).containsExactly("1");
        decide(instance, "Task_FrontLeadersApprove", "1");
        runAsyncJobs(instance);

        BpmnAwareTests.assertThat(instance).isEnded().hasPassed("EndEvent_DecisionIssued");
        assertThat((String) variable(instance, DECISION_NUMBER)).matches("\\d{2,}/QĐ-MTTQ");
        assertThat(repository.findById(proposalId(instance)).orElseThrow().nominees()).extracting(Nominee::appraisalPassed, Nominee::awarded)
                .containsExactly(tuple(true, true), tuple(false, false));
    }

    @Test
    void partlyApprovedCommendsOnlyTheNomineesEverySideApproved() {
        ProcessInstance instance = propose("bang-khen-chu-tich-ubnd-tinh");
        appraise(instance, OUTCOME_PASS, "1", "2");

        decide(instance, "Task_PoliceLeadersApprove", "1", "2");
        decide(instance, "Task_FrontLeadersApprove", "2");
        runAsyncJobs(instance);

        BpmnAwareTests.assertThat(instance).isWaitingAt("Task_RecordHigherDecision");
        assertThat(repository.findById(proposalId(instance)).orElseThrow().nominees())
                .extracting(Nominee::policeApproved, Nominee::frontApproved, Nominee::awarded)
                .containsExactly(tuple(true, false, false), tuple(true, true, true));
        assertThat(repository.findById(proposalId(instance)).orElseThrow().status()).isEqualTo(ProposalStatus.AWAITING_HIGHER_DECISION);
    }

    @Test
    void refusedByOneSide() {
        ProcessInstance instance = propose("bang-khen-chu-tich-ubnd-tinh");
        appraise(instance, OUTCOME_PASS, "1", "2");

        decide(instance, "Task_PoliceLeadersApprove", "1", "2");
        decide(instance, "Task_FrontLeadersApprove");
        runAsyncJobs(instance);

        BpmnAwareTests.assertThat(instance).isEnded().hasPassed("EndEvent_ApprovalRefused").hasNotPassed("EndEvent_DecisionIssued");
        assertThat(variable(instance, DECISION_ISSUED)).isEqualTo(false);
        assertThat(variable(instance, DECISION_NUMBER)).isNull();
        Proposal refused = repository.findById(proposalId(instance)).orElseThrow();
        assertThat(refused.status()).isEqualTo(ProposalStatus.REFUSED);
        assertThat(refused.decisionSymbol()).isNull();
        assertThat(outcomeNotifications(instance)).containsExactly("ldld");
    }

    @Test
    void returnedThenResubmittedWithOtherNomineesThenPassed() {
        ProcessInstance instance = propose("giay-khen-giam-doc-cat");
        appraise(instance, OUTCOME_RETURN);
        String id = proposalId(instance);

        BpmnAwareTests.assertThat(instance).isWaitingAt("Task_ReviseProposal");
        BpmnAwareTests.assertThat(task(instance)).isAssignedTo("ldld");
        assertThat(repository.findById(id).orElseThrow().status()).isEqualTo(ProposalStatus.RETURNED);
        assertThat(repository.findById(id).orElseThrow().appraisalComment()).isEqualTo("Ý kiến thẩm định");
        Map<String, Object> revision = proposalVariables("giay-khen-giam-doc-cat");
        revision.put(REVISION_DECISION, REVISION_RESUBMIT);
        revision.put(NOMINEES, nominees("Trần Thị B", "Lê Văn C", "Phạm Văn D"));
        TaskSteps.complete(taskService, task(instance).getId(), revision);

        BpmnAwareTests.assertThat(instance).isWaitingAt("Task_AppraiseProposal");
        assertThat(repository.findById(id).orElseThrow().status()).isEqualTo(ProposalStatus.SUBMITTED);
        assertThat(repository.findById(id).orElseThrow().nominees()).extracting(Nominee::position, Nominee::name)
                .containsExactly(tuple(1, "Trần Thị B"), tuple(2, "Lê Văn C"), tuple(3, "Phạm Văn D"));
        appraise(instance, OUTCOME_PASS, "3");
        decide(instance, "Task_PoliceLeadersApprove", "3");
        runAsyncJobs(instance);

        BpmnAwareTests.assertThat(instance).isEnded().hasPassed("Task_ReviseProposal", "EndEvent_DecisionIssued");
        assertThat((String) variable(instance, DECISION_NUMBER)).matches("\\d{2,}/QĐ-CAT");
        assertThat(repository.findById(id).orElseThrow().nominees()).extracting(Nominee::awarded).containsExactly(false, false, true);
    }

    @Test
    void returnedThenWithdrawn() {
        ProcessInstance instance = propose("giay-khen-giam-doc-cat");
        appraise(instance, OUTCOME_RETURN);

        TaskSteps.complete(taskService, task(instance).getId(), Map.of(REVISION_DECISION, REVISION_WITHDRAW));

        BpmnAwareTests.assertThat(instance).isEnded().hasPassed("EndEvent_ProposalWithdrawn")
                .hasNotPassed("Task_DetermineApprovers");
        assertThat(repository.findById(proposalId(instance)).orElseThrow().status()).isEqualTo(ProposalStatus.WITHDRAWN);
    }

    @Test
    void rejectedAndTheProposerIsTold() {
        ProcessInstance instance = propose("giay-khen-giam-doc-cat");
        appraise(instance, OUTCOME_REJECT);

        BpmnAwareTests.assertThat(instance).isEnded().hasPassed("EndEvent_ProposalRejected")
                .hasNotPassed("Task_DetermineApprovers", "Task_ReviseProposal");
        assertThat(repository.findById(proposalId(instance)).orElseThrow().status()).isEqualTo(ProposalStatus.REJECTED);
        assertThat(outcomeNotifications(instance)).containsExactly("ldld");
    }

    @Test
    void aPassedAppraisalMustNameANominee() {
        ProcessInstance instance = propose("giay-khen-giam-doc-cat");
        String taskId = task("Task_AppraiseProposal", instance).getId();

        assertThatThrownBy(() -> TaskSteps.complete(taskService, taskId, Map.of(APPRAISAL_OUTCOME, OUTCOME_PASS,
                APPRAISAL_COMMENT, "Đạt", APPRAISED_NOMINEES, List.of())))
                .satisfies(e -> assertThat(SubmissionRuleException.causeOf(e)).isNotNull());
        BpmnAwareTests.assertThat(instance).isWaitingAt("Task_AppraiseProposal");
        assertThat(repository.findById(proposalId(instance)).orElseThrow().appraisalComment()).isNull();
    }

    @Test
    void nobodyProposesForAnotherOrganisation() {
        Map<String, Object> variables = proposalVariables("giay-khen-giam-doc-cat");
        variables.put(PROPOSING_ORGANIZATION, "lhpn");
        long before = runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_ID).count();
        identityService.setAuthentication("ldld", List.of("member-ldld"));

        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(PROCESS_ID, variables))
                .satisfies(e -> assertThat(SubmissionRuleException.causeOf(e).getMessageCode())
                        .isEqualTo("commendation.error.organization"));
        // counted as before, not through ldld's authorizations, which hide other organisations' open proposals
        identityService.clearAuthentication();
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_ID).count()).isEqualTo(before);
    }

    @Test
    void appraisalRemindedTwoWorkingDaysBeforeTheLimitAndEscalatedAfterIt() {
        ProcessInstance instance = propose("giay-khen-giam-doc-cat");
        assertThat(runtimeService.getVariable(instance.getId(), APPRAISAL_DAYS)).isEqualTo(10);
        Date reminderDue = workingDays.deadline(START, 8);
        Date overdue = workingDays.deadline(START, 10);

        time.set(minusMinutes(reminderDue, 1));
        assertThat(runDueTimers(instance)).isZero();

        time.set(plusMinutes(reminderDue, 1));
        assertThat(runDueTimers(instance)).isEqualTo(1);
        assertThat(runtimeService.getVariable(instance.getId(), APPRAISAL_REMINDED)).isEqualTo(true);
        assertThat(reminded(instance)).contains("px05").doesNotContain("bgdca");
        BpmnAwareTests.assertThat(instance).hasPassed("Task_RemindAppraiser", "EndEvent_AppraiserReminded")
                .isWaitingAt("Task_AppraiseProposal");
        assertThat(taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey("Task_ReviewOverdueAppraisal").count()).isZero();

        time.set(plusMinutes(overdue, 1));
        assertThat(runDueTimers(instance)).isEqualTo(1);
        BpmnAwareTests.assertThat(instance).isWaitingAt("Task_AppraiseProposal", "Task_ReviewOverdueAppraisal");
        BpmnAwareTests.assertThat(task("Task_ReviewOverdueAppraisal", instance)).hasCandidateGroup("police-leaders");

        reviewOverdue(instance, Map.of(OVERDUE_DECISION, OVERDUE_NOTE, REVIEW_NOTE, "Đề nghị PX05 khẩn trương thẩm định"));
        BpmnAwareTests.assertThat(instance).hasPassed("EndEvent_OverdueReviewed").isWaitingAt("Task_AppraiseProposal");
        assertThat(comments(instance)).containsExactly("bgdca: Ghi nhận ý kiến chỉ đạo về việc quá hạn thẩm định: "
                + "Đề nghị PX05 khẩn trương thẩm định");
        appraise(instance, OUTCOME_REJECT);
        BpmnAwareTests.assertThat(instance).isEnded();
    }

    @Test
    void anOverdueAppraisalExtendedMovesItsDueDateAndIsReviewedAgainWhenTheExtensionRunsOut() {
        ProcessInstance instance = overdueProposal();
        reviewOverdue(instance, Map.of(OVERDUE_DECISION, OVERDUE_EXTEND, EXTENSION_DAYS, 3L, REVIEW_NOTE, "Gia hạn do hồ sơ nhiều"));

        Date until = workingDays.deadline(time.now(), 3);
        assertThat(task("Task_AppraiseProposal", instance).getDueDate()).isEqualTo(until);
        BpmnAwareTests.assertThat(instance).isWaitingAt("Task_AppraiseProposal", "IntermediateEvent_ExtensionElapsed");
        assertThat(comments(instance)).containsExactly("bgdca: Gia hạn thẩm định thêm 3 ngày làm việc. Ý kiến chỉ đạo: "
                + "Gia hạn do hồ sơ nhiều");

        time.set(plusMinutes(until, 1));
        assertThat(runDueTimers(instance)).isEqualTo(1);
        BpmnAwareTests.assertThat(instance).hasPassed("Task_CheckAppraisalOpen")
                .isWaitingAt("Task_AppraiseProposal", "Task_ReviewOverdueAppraisal");
        // each review is its own: nothing of the first is carried into the second
        assertThat(taskService.getVariables(task("Task_ReviewOverdueAppraisal", instance).getId()))
                .doesNotContainKeys(OVERDUE_DECISION, EXTENSION_DAYS, REVIEW_NOTE);
    }

    @Test
    void anAppraisalDoneWithinTheExtensionEndsTheEscalation() {
        ProcessInstance instance = overdueProposal();
        reviewOverdue(instance, Map.of(OVERDUE_DECISION, OVERDUE_EXTEND, EXTENSION_DAYS, 2L, REVIEW_NOTE, "Gia hạn"));
        appraise(instance, OUTCOME_PASS, "1");

        time.set(plusMinutes(workingDays.deadline(time.now(), 2), 1));
        assertThat(runDueTimers(instance)).isEqualTo(1);
        BpmnAwareTests.assertThat(instance).hasPassed("EndEvent_OverdueResolved");
        assertThat(taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey("Task_ReviewOverdueAppraisal").count()).isZero();
    }

    @Test
    void anOverdueAppraisalIsReassignedToAnotherPx05OfficerOnly() {
        ProcessInstance instance = overdueProposal();
        Map<String, Object> toLdld = Map.of(OVERDUE_DECISION, OVERDUE_REASSIGN, NEW_APPRAISER, "ldld", REVIEW_NOTE, "Giao lại");
        assertThatThrownBy(() -> reviewOverdue(instance, toLdld)).hasStackTraceContaining("commendation.error.newAppraiser");
        assertThatThrownBy(() -> reviewOverdue(instance, Map.of(OVERDUE_DECISION, OVERDUE_EXTEND, REVIEW_NOTE, "Gia hạn")))
                .hasStackTraceContaining("commendation.error.extensionDays");
        BpmnAwareTests.assertThat(instance).isWaitingAt("Task_AppraiseProposal", "Task_ReviewOverdueAppraisal");

        reviewOverdue(instance, Map.of(OVERDUE_DECISION, OVERDUE_REASSIGN, NEW_APPRAISER, "px05", REVIEW_NOTE, "Giao đồng chí Khang"));
        assertThat(task("Task_AppraiseProposal", instance).getAssignee()).isEqualTo("px05");
        BpmnAwareTests.assertThat(instance).hasPassed("EndEvent_OverdueReviewed").isWaitingAt("Task_AppraiseProposal");
    }

    private ProcessInstance overdueProposal() {
        ProcessInstance instance = propose("giay-khen-giam-doc-cat");
        time.set(plusMinutes(workingDays.deadline(START, 10), 1));
        runDueTimers(instance);
        BpmnAwareTests.assertThat(instance).isWaitingAt("Task_AppraiseProposal", "Task_ReviewOverdueAppraisal");
        return instance;
    }

    /** A police leader completes the overdue review with the form's values. */
    private void reviewOverdue(ProcessInstance instance, Map<String, Object> values) {
        String review = taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey("Task_ReviewOverdueAppraisal").singleResult().getId();
        identityService.setAuthentication("bgdca", List.of("police-leaders"));
        try {
            TaskSteps.complete(taskService, review, values);
        } finally {
            identityService.clearAuthentication();
        }
    }

    private List<String> comments(ProcessInstance instance) {
        return taskService.getProcessInstanceComments(instance.getId()).stream()
                .map(comment -> comment.getUserId() + ": " + comment.getFullMessage()).toList();
    }

    @Test
    void theAppraisalTimeLimitIsTheAwardFormsOwn() {
        jdbc.update("update award_form set appraisal_days = 6 where code = 'ky-niem-chuong-bvantq'");
        try {
            ProcessInstance instance = propose("ky-niem-chuong-bvantq");
            List<Date> timers = managementService.createJobQuery().processInstanceId(instance.getId()).timers()
                    .orderByJobDuedate().asc().list().stream().map(Job::getDuedate).toList();
            assertThat(timers).containsExactly(workingDays.deadline(START, 4), workingDays.deadline(START, 6));
        } finally {
            jdbc.update("update award_form set appraisal_days = 10 where code = 'ky-niem-chuong-bvantq'");
        }
    }

    @Test
    void approversRemindedAfterFiveWorkingDays() {
        ProcessInstance instance = propose("bang-khen-chu-tich-ubnd-tinh");
        appraise(instance, OUTCOME_PASS, "1");
        Date reminderDue = workingDays.deadline(START, 5);

        time.set(minusMinutes(reminderDue, 1));
        assertThat(runDueTimers(instance)).isZero();
        time.set(plusMinutes(reminderDue, 1));
        assertThat(runDueTimers(instance)).isEqualTo(2);

        BpmnAwareTests.assertThat(instance)
                .hasPassed("EndEvent_PoliceApproverReminded", "EndEvent_FrontApproverReminded")
                .isWaitingAt("Task_PoliceLeadersApprove", "Task_FrontLeadersApprove");
        assertThat(runtimeService.getVariable(instance.getId(), POLICE_APPROVER_REMINDED)).isEqualTo(true);
        assertThat(runtimeService.getVariable(instance.getId(), FRONT_APPROVER_REMINDED)).isEqualTo(true);
        assertThat(reminded(instance)).contains("bgdca", "bttmttq").doesNotContain("px05");

        decide(instance, "Task_PoliceLeadersApprove", "1");
        decide(instance, "Task_FrontLeadersApprove", "1");
        runAsyncJobs(instance);
        BpmnAwareTests.assertThat(instance).hasPassed("Task_IssueDecisionNumber").isWaitingAt("Task_RecordHigherDecision");
    }

    @Test
    void fiftyDecisionsOfOneIssuerApprovedInParallelAreNumberedOneToFifty() throws Exception {
        // a year no other test issues in, so that the police's counter starts at 01
        time.set(Date.from(ZonedDateTime.of(2029, 3, 5, 9, 0, 0, 0, ProvinceClock.ZONE).toInstant()));
        List<ProcessInstance> instances = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            ProcessInstance instance = propose("giay-khen-giam-doc-cat");
            appraise(instance, OUTCOME_PASS, "1");
            instances.add(instance);
        }
        ExecutorService leaders = Executors.newFixedThreadPool(8);
        try {
            for (Future<?> done : leaders.invokeAll(instances.stream().map(instance -> (Callable<Object>) () -> {
                decide(instance, "Task_PoliceLeadersApprove", "1");
                return null;
            }).toList())) {
                done.get();
            }
            for (Future<?> done : leaders.invokeAll(instances.stream().map(instance -> (Callable<Object>) () -> {
                runAsyncJobs(instance);
                return null;
            }).toList())) {
                done.get();
            }
        } finally {
            leaders.shutdownNow();
        }

        List<String> numbers = instances.stream().map(instance -> repository.findById(proposalId(instance)).orElseThrow().decisionSymbol()).toList();
        assertThat(numbers).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 50)
                .mapToObj(n -> String.format("%02d/QĐ-CAT", n)).toList());
    }

    /** Two nominees, proposed by the Trade Union (a member organisation of the Front) through its user ldld. */
    private ProcessInstance propose(String awardForm) {
        ProcessInstance instance;
        identityService.setAuthentication("ldld", List.of("member-ldld"));
        try {
            instance = runtimeService.startProcessInstanceByKey(PROCESS_ID, proposalVariables(awardForm));
        } finally {
            identityService.clearAuthentication();
        }
        BpmnAwareTests.assertThat(instance).isWaitingAt("Task_AppraiseProposal");
        assertThat(repository.findByProcessInstanceId(instance.getId()).orElseThrow().proposerId()).isEqualTo("ldld");
        // the appraisal's time limit is its due date, from the same working days as its escalation timer
        assertThat(task("Task_AppraiseProposal", instance).getDueDate()).isEqualTo(workingDays.deadline(time.now(),
                (Integer) runtimeService.getVariable(instance.getId(), APPRAISAL_DAYS)));
        return instance;
    }

    private static Map<String, Object> proposalVariables(String awardForm) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(RECORD_TITLE, "Đề nghị khen thưởng Công đoàn cơ sở Công ty X");
        variables.put(PROPOSING_ORGANIZATION, "ldld");
        variables.put(SOURCE, "programme-review");
        variables.put(AWARD_FORM, awardForm);
        variables.put(NOMINEES, nominees("Nguyễn Văn A", "Công đoàn cơ sở Công ty X"));
        return variables;
    }

    /** As the proposal form's dynamic list writes them: the first an individual, the others collectives. */
    private static ArrayList<Map<String, Object>> nominees(String... names) {
        ArrayList<Map<String, Object>> rows = new ArrayList<>();
        for (String name : names) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("kind", rows.isEmpty() ? "individual" : "collective");
            row.put("name", name);
            row.put("jobTitle", rows.isEmpty() ? "Chủ tịch Công đoàn cơ sở" : null);
            row.put("organizationName", "Công ty X, khu công nghiệp Trảng Bàng");
            row.put("achievement", "Vận động công nhân tố giác 2 vụ trộm cắp tài sản");
            rows.add(row);
        }
        return rows;
    }

    private String proposalId(ProcessInstance instance) {
        return (String) variable(instance, PROPOSAL_ID);
    }

    private void appraise(ProcessInstance instance, String outcome, String... passed) {
        var appraisal = task("Task_AppraiseProposal", instance);
        BpmnAwareTests.assertThat(appraisal).hasCandidateGroup("px05");
        TaskSteps.complete(taskService, appraisal.getId(), Map.of(APPRAISAL_OUTCOME, outcome, APPRAISAL_COMMENT, "Ý kiến thẩm định",
                APPRAISED_NOMINEES, List.of(passed)));
    }

    /** Completes an approval task approving the given nominee positions; none means the side approves nobody. */
    private void decide(ProcessInstance instance, String taskKey, String... approved) {
        // a task query of our own rather than BpmnAwareTests.task, whose engine is per thread
        String taskId = taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey)
                .singleResult().getId();
        TaskSteps.complete(taskService, taskId, Map.of(APPROVED_NOMINEES, List.of(approved),
                APPROVAL_COMMENT, "Ý kiến của lãnh đạo", REFUSAL_REASON, "Chưa đủ tiêu chuẩn", CONFIRM_REFUSAL, true));
    }

    @SuppressWarnings("unchecked")
    private List<String> approvalOptions(ProcessInstance instance) {
        return ((List<Map<String, String>>) formValues.values("commendation-approval", instance.getId()).get(APPROVAL_NOMINEE_OPTIONS))
                .stream().map(option -> option.get("value")).toList();
    }

    private List<String> outcomeNotifications(ProcessInstance instance) {
        return jdbc.queryForList("select recipient_id from notification where kind = 'RECORD_OUTCOME' and process_instance_id = ?",
                String.class, instance.getId());
    }

    private List<Job> jobs(ProcessInstance instance) {
        return time.asyncSteps(instance.getId());
    }

    private void runAsyncJobs(ProcessInstance instance) {
        assertThat(time.runAsyncSteps(instance.getId())).isPositive();
    }

    private int runDueTimers(ProcessInstance instance) {
        return time.runDueTimers(instance.getId());
    }

    private Object variable(ProcessInstance instance, String name) {
        var found = historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName(name).list();
        return found.isEmpty() ? null : found.get(0).getValue();
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
