package vn.phoihop.units.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static vn.phoihop.units.registration.UnitRegistrationProcessVariables.*;

import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import vn.phoihop.forms.SubmissionRuleException;
import vn.phoihop.portal.ProvinceClock;
import vn.phoihop.testsupport.EngineTime;
import vn.phoihop.testsupport.IntegrationTest;
import vn.phoihop.testsupport.TaskSteps;
import vn.phoihop.testsupport.TestUsers;
import vn.phoihop.units.TestUnits;
import vn.phoihop.units.Unit;
import vn.phoihop.units.UnitKind;
import vn.phoihop.units.UnitRegistry;

/**
 * One test per path of {@code processes/UnitRegistrationProcess.bpmn}, on the engine's clock: the
 * timers (monthly rounds, reminders, escalations, the period's end) are run by hand as their due
 * time comes, so a year passes in seconds and nothing races.
 */
@IntegrationTest
class UnitRegistrationProcessTest {

    /** A Monday after the end of every kind's 2025 period (31 October or 15 November): units now register for 2026. */
    private static final Date START = at(2025, 11, 17, 9, 0);
    private static final String POLICE = TestUnits.TAN_NINH_POLICE;
    private static final String LEADERS = POLICE + "-leaders";
    private static final String RA_ITEM = "RA-C1";

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
    UnitRegistry units;
    @Autowired
    UnitRegistrationRepository registrations;
    @Autowired
    RegistrationProgress progress;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

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
    void twelveMonthlyRoundsAreCheckedAndReviewedThenTheYearGoesToRecognition() {
        RegistrationProgress.Row before = progressOf2026();
        Unit unit = TestUnits.create(units, UnitKind.RESIDENTIAL_AREA, "kp1tanninh");
        ProcessInstance instance = register(unit, "kp1tanninh");
        UnitRegistration registered = registration(instance);
        assertThat(registered.id()).matches("DK-2026-\\d{4}");
        assertThat(registered.year()).isEqualTo(2026);
        assertThat(registered.isLate()).isFalse();
        assertThat(registered.managingOrganization()).isEqualTo(POLICE);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(registered.id()).count()).isEqualTo(1);
        Task verification = task(instance, "Task_VerifyRegistration");
        assertThat(candidateGroups(verification)).containsExactly(POLICE);
        complete(verification, "catanninh", Map.of(VERIFICATION_OUTCOME, OUTCOME_ACCEPT));
        assertThat(registration(instance).status()).isEqualTo(RegistrationStatus.ACCEPTED);
        assertThat(runtimeService.getVariable(instance.getId(), SELF_CHECK_CYCLE)).isEqualTo("R11/2025-11-20T01:00:00Z/P1M");

        for (int month = 0; month < 12; month++) {
            ZonedDateTime roundAt = ZonedDateTime.of(2025, 11, 20, 8, 1, 0, 0, ProvinceClock.ZONE).plusMonths(month);
            time.set(Date.from(roundAt.toInstant()));
            assertThat(time.runDueTimers(instance.getId())).isEqualTo(1);
            Task check = task(instance, "Task_PerformSelfCheck");
            assertThat(check.getName()).endsWith(String.format("tháng %02d/%d", roundAt.getMonthValue(), roundAt.getYear()));
            assertThat(candidateGroups(check)).containsExactly(unit.getContactGroup());
            // ten days from when the round opened
            assertThat(check.getDueDate()).isEqualTo(Date.from(roundAt.plusDays(10).toInstant()));
            complete(check, "kp1tanninh", Map.of(MET_CRITERIA, List.of(RA_ITEM, "RA-C2"), SELF_CHECK_NOTE, "Tháng " + (month + 1)));
            Task review = task(instance, "Task_ReviewSelfCheck");
            assertThat(candidateGroups(review)).containsExactly(POLICE);
            complete(review, "catanninh", Map.of(REVIEW_OUTCOME, "accepted"));
        }
        assertThat(registration(instance).selfChecks()).hasSize(12).allSatisfy(round -> {
            assertThat(round.status()).isEqualTo(SelfCheckStatus.REVIEWED);
            assertThat(round.doneOnTime()).isTrue();
            assertThat(round.metCriteria()).containsExactly(RA_ITEM, "RA-C2");
        });
        assertThat(registration(instance).round(12).note()).isEqualTo("Tháng 12");
        RegistrationProgress.Row after = progressOf2026();
        assertThat(after.units() - before.units()).isEqualTo(1);
        assertThat(after.registered() - before.registered()).isEqualTo(1);
        assertThat(after.checksOpened() - before.checksOpened()).isEqualTo(12);
        assertThat(after.onTime() - before.onTime()).isEqualTo(12);
        assertThat(after.overdue() - before.overdue()).isZero();
        // the cycle is spent: no thirteenth round, only the period's end is left
        assertThat(timers(instance)).extracting(Job::getDuedate).containsExactly(at(2026, 11, 1, 0, 0));

        time.set(at(2026, 11, 1, 0, 1));
        assertThat(time.runDueTimers(instance.getId())).isEqualTo(1);
        BpmnAwareTests.assertThat(instance).hasPassed("Task_CloseSelfChecks", "EndEvent_SelfChecksClosed")
                .isWaitingAt("CallActivity_RecognizeUnit");
        assertThat(registration(instance).status()).isEqualTo(RegistrationStatus.HANDED_OVER);
        ProcessInstance recognition = runtimeService.createProcessInstanceQuery().superProcessInstanceId(instance.getId()).singleResult();
        assertThat(recognition).isNotNull();
        assertThat(runtimeService.getVariables(recognition.getId()))
                .containsEntry(UNIT_CODE, unit.getCode()).containsEntry(YEAR, 2026).containsEntry(REGISTRATION_ID, registered.id());
    }

    @Test
    void aMissedCheckIsRemindedThenEscalatedToTheLeadersAndIsMissedWhenThePeriodEnds() {
        time.set(at(2026, 10, 5, 9, 0));
        Unit unit = TestUnits.create(units, UnitKind.RESIDENTIAL_AREA, "kp1tanninh");
        ProcessInstance instance = register(unit, "kp1tanninh");
        assertThat(registration(instance).isLate()).isTrue();
        complete(task(instance, "Task_VerifyRegistration"), "catanninh", Map.of(VERIFICATION_OUTCOME, OUTCOME_ACCEPT));
        assertThat(runtimeService.getVariable(instance.getId(), SELF_CHECK_CYCLE)).isEqualTo("R0/2026-10-20T01:00:00Z/P1M");

        time.set(at(2026, 10, 20, 8, 1));
        time.runDueTimers(instance.getId());
        Task check = task(instance, "Task_PerformSelfCheck");
        assertThat(managementService.createJobQuery().processInstanceId(instance.getId()).activityId("StartEvent_MonthlyRoundDue").count())
                .as("the only round of a late registration: no next one").isZero();

        RegistrationProgress.Row beforeDue = progressOf2026();
        time.set(at(2026, 10, 27, 8, 2));
        assertThat(time.runDueTimers(instance.getId())).isEqualTo(1);
        BpmnAwareTests.assertThat(instance).hasPassed("Task_RemindUnit", "EndEvent_UnitReminded");
        assertThat(registration(instance).round(1).isReminded()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from notification where recipient_id = 'kp1tanninh' and kind = 'TASK_REMINDER'"
                + " and task_id = ?", Integer.class, check.getId())).isEqualTo(1);
        assertThat(registration(instance).round(1).isEscalated()).isFalse();

        assertThat(progressOf2026().overdue()).as("reminded, not yet due").isEqualTo(beforeDue.overdue());
        time.set(at(2026, 10, 30, 8, 2));
        assertThat(time.runDueTimers(instance.getId())).isEqualTo(1);
        Task direction = task(instance, "Task_DirectOverdueSelfCheck");
        assertThat(candidateGroups(direction)).containsExactly(LEADERS);
        assertThat(registration(instance).round(1).isEscalated()).isTrue();
        assertThat(progressOf2026().overdue()).as("open past its due time").isEqualTo(beforeDue.overdue() + 1);
        assertThat(task(instance, "Task_PerformSelfCheck").getId()).as("the check stays open for the unit").isEqualTo(check.getId());
        assertRefused(() -> complete(direction, "truongcatanninh", Map.of(ESCALATION_INSTRUCTION, " ")), "error.instruction");
        complete(direction, "truongcatanninh", Map.of(ESCALATION_INSTRUCTION, "Đề nghị khu phố hoàn thành trước 31/10."));
        assertThat(registration(instance).round(1).escalationNote()).isEqualTo("Đề nghị khu phố hoàn thành trước 31/10.");
        BpmnAwareTests.assertThat(instance).hasPassed("EndEvent_OverdueSelfCheckDirected");

        time.set(at(2026, 11, 1, 0, 1));
        time.runDueTimers(instance.getId());
        assertThat(registration(instance).round(1).status()).isEqualTo(SelfCheckStatus.MISSED);
        assertThat(progressOf2026().overdue()).as("missed").isEqualTo(beforeDue.overdue() + 1);
        assertThat(progressOf2026().onTime()).isEqualTo(beforeDue.onTime());
        assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).count()).as("open rounds closed").isZero();
        BpmnAwareTests.assertThat(instance).isWaitingAt("CallActivity_RecognizeUnit");
    }

    @Test
    void aReturnedRegistrationIsCorrectedAndAccepted() {
        Unit unit = TestUnits.create(units, UnitKind.SCHOOL, "kp1tanninh");
        ProcessInstance instance = register(unit, "kp1tanninh");
        Task verification = task(instance, "Task_VerifyRegistration");
        assertRefused(() -> complete(verification, "catanninh", Map.of(VERIFICATION_OUTCOME, OUTCOME_RETURN)), "returnReason");
        complete(verification, "catanninh", Map.of(VERIFICATION_OUTCOME, OUTCOME_RETURN,
                VERIFICATION_COMMENT, "Bổ sung chỉ tiêu về phòng cháy."));
        assertThat(registration(instance).status()).isEqualTo(RegistrationStatus.RETURNED);
        Task revision = task(instance, "Task_ReviseRegistration");
        assertThat(candidateGroups(revision)).containsExactly(unit.getContactGroup());
        complete(revision, "kp1tanninh", Map.of(REVISION_DECISION, REVISION_RESUBMIT,
                COMMITMENT, "Đăng ký đạt tiêu chuẩn, có chỉ tiêu phòng cháy, chữa cháy."));
        assertThat(registration(instance).commitment()).contains("phòng cháy");
        complete(task(instance, "Task_VerifyRegistration"), "catanninh", Map.of(VERIFICATION_OUTCOME, OUTCOME_ACCEPT));
        assertThat(registration(instance).status()).isEqualTo(RegistrationStatus.ACCEPTED);
        // a school's period runs to 15 November 2026: the rounds of 20 November 2025 to 20 October 2026
        assertThat(runtimeService.getVariable(instance.getId(), SELF_CHECK_CYCLE)).isEqualTo("R11/2025-11-20T01:00:00Z/P1M");
        BpmnAwareTests.assertThat(instance).isWaitingAt("IntermediateEvent_PeriodEnded");
    }

    @Test
    void aReturnedRegistrationIsWithdrawnAndTheUnitMayRegisterAgain() {
        Unit unit = TestUnits.create(units, UnitKind.AGENCY, "kp1tanninh");
        ProcessInstance instance = register(unit, "kp1tanninh");
        complete(task(instance, "Task_VerifyRegistration"), "catanninh", Map.of(VERIFICATION_OUTCOME, OUTCOME_RETURN,
                VERIFICATION_COMMENT, "Sai đơn vị quản lý."));
        complete(task(instance, "Task_ReviseRegistration"), "kp1tanninh", Map.of(REVISION_DECISION, REVISION_WITHDRAW));
        BpmnAwareTests.assertThat(instance).isEnded().hasPassed("EndEvent_RegistrationWithdrawn");
        assertThat(registration(instance).status()).isEqualTo(RegistrationStatus.WITHDRAWN);

        ProcessInstance again = register(unit, "kp1tanninh");
        assertThat(registration(again).year()).isEqualTo(2026);
    }

    @Test
    void onlyTheUnitsOwnPeopleRegisterItOnceAYear() {
        Unit unit = TestUnits.create(units, UnitKind.ENTERPRISE, "kp1tanninh");
        String otherUnitsPerson = "u" + java.util.UUID.randomUUID().toString().substring(0, 8);
        identityService.saveUser(identityService.newUser(otherUnitsPerson));
        TestUnits.create(units, UnitKind.ENTERPRISE, otherUnitsPerson);
        // another unit's person may start a registration, but not for this unit
        assertRefused(() -> register(unit, otherUnitsPerson), "notYourUnit");
        // the managing level may not register for its units: the engine refuses the start itself (a
        // fresh officer of the ward police: a demo account may have been made a unit's contact elsewhere)
        String wardOfficer = new TestUsers(identityService).newUser("ca", POLICE);
        assertThatThrownBy(() -> register(unit, wardOfficer)).isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
        register(unit, "kp1tanninh");
        assertRefused(() -> register(unit, "kp1tanninh"), "alreadyRegistered");
        assertThat(registrations.findByUnitCodeAndYear(unit.getCode(), 2026)).hasSize(1);
    }

    @Test
    void aRoundRefusesCriteriaOfAnotherKindAndAFollowUpWithoutAComment() {
        Unit unit = TestUnits.create(units, UnitKind.RESIDENTIAL_AREA, "kp1tanninh");
        ProcessInstance instance = register(unit, "kp1tanninh");
        complete(task(instance, "Task_VerifyRegistration"), "catanninh", Map.of(VERIFICATION_OUTCOME, OUTCOME_ACCEPT));
        time.set(at(2025, 11, 20, 8, 1));
        time.runDueTimers(instance.getId());
        Task check = task(instance, "Task_PerformSelfCheck");
        assertRefused(() -> complete(check, "kp1tanninh", Map.of(MET_CRITERIA, List.of("OR-C1"))), "unknownCriterion");
        complete(check, "kp1tanninh", Map.of(MET_CRITERIA, List.of(RA_ITEM)));
        Task review = task(instance, "Task_ReviewSelfCheck");
        assertRefused(() -> complete(review, "catanninh", Map.of(REVIEW_OUTCOME, "follow-up")), "followUpNeedsComment");
        complete(review, "catanninh", Map.of(REVIEW_OUTCOME, "follow-up", REVIEW_COMMENT, "Bổ sung biên bản họp."));
        SelfCheck round = registration(instance).round(1);
        assertThat(round.reviewOutcome()).isEqualTo(ReviewOutcome.FOLLOW_UP);
        assertThat(round.reviewComment()).isEqualTo("Bổ sung biên bản họp.");
        assertThat(round.reviewedBy()).isEqualTo("catanninh");
        assertThat(round.doneBy()).isEqualTo("kp1tanninh");
    }

    /** A process rule refused the step: Camunda wraps what a listener throws, the rule is behind it. */
    private static void assertRefused(ThrowingCallable step, String messageKey) {
        Throwable thrown = catchThrowable(step);
        assertThat(SubmissionRuleException.causeOf(thrown)).as("refused by a rule: %s", thrown).isNotNull()
                .extracting(SubmissionRuleException::getMessageCode).asString().contains(messageKey);
    }

    private RegistrationProgress.Row progressOf2026() {
        return progress.of(2026, List.of(POLICE)).stream().findFirst().orElse(new RegistrationProgress.Row(POLICE, 0, 0, 0, 0, 0, 0));
    }

    private ProcessInstance register(Unit unit, String user) {
        signIn(user);
        try {
            Map<String, Object> variables = new HashMap<>();
            variables.put(UNIT, unit.getCode());
            variables.put(COMMITMENT, "Đăng ký đạt tiêu chuẩn \"An toàn về an ninh, trật tự\" năm 2026.");
            ProcessInstance instance = runtimeService.startProcessInstanceByKey(PROCESS_ID, variables);
            BpmnAwareTests.assertThat(instance).isWaitingAt("Task_VerifyRegistration");
            return instance;
        } finally {
            identityService.clearAuthentication();
        }
    }

    private void signIn(String user) {
        identityService.setAuthentication(user, identityService.createGroupQuery().groupMember(user).list().stream()
                .map(org.camunda.bpm.engine.identity.Group::getId).toList());
    }

    private void complete(Task task, String user, Map<String, Object> values) {
        signIn(user);
        try {
            TaskSteps.complete(taskService, task.getId(), values);
        } finally {
            identityService.clearAuthentication();
        }
    }

    private UnitRegistration registration(ProcessInstance instance) {
        return registrations.findByProcessInstanceId(instance.getId()).orElseThrow();
    }

    private Task task(ProcessInstance instance, String key) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult();
    }

    private List<String> candidateGroups(Task task) {
        return taskService.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
                .filter(group -> group != null).toList();
    }

    private List<Job> timers(ProcessInstance instance) {
        return managementService.createJobQuery().processInstanceId(instance.getId()).timers().list();
    }

    private static Date at(int year, int month, int day, int hour, int minute) {
        return Date.from(ZonedDateTime.of(year, month, day, hour, minute, 0, 0, ProvinceClock.ZONE).toInstant());
    }
}
