package vn.phoihop.units.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.phoihop.units.recognition.RecognitionProcessVariables.*;
import static vn.phoihop.units.recognition.RecognitionSteps.LEADER;
import static vn.phoihop.units.recognition.RecognitionSteps.MANAGING_USER;
import static vn.phoihop.units.recognition.RecognitionSteps.PX05;
import static vn.phoihop.units.recognition.RecognitionSteps.at;
import static vn.phoihop.units.recognition.RecognitionSteps.maximum;
import static vn.phoihop.units.recognition.RecognitionSteps.rows;
import static vn.phoihop.units.recognition.RecognitionSteps.withChange;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import vn.phoihop.forms.SubmissionRuleException;
import vn.phoihop.testsupport.EngineTime;
import vn.phoihop.testsupport.IntegrationTest;
import vn.phoihop.units.MovementLevel;
import vn.phoihop.units.SafeUnitCriteria;
import vn.phoihop.units.ScoringSheet;
import vn.phoihop.units.TestUnits;
import vn.phoihop.units.Unit;
import vn.phoihop.units.UnitKind;
import vn.phoihop.units.UnitRegistry;
import vn.phoihop.units.registration.UnitRegistration;
import vn.phoihop.units.registration.UnitRegistrationRepository;

/**
 * One test per path of {@code processes/RecognitionProcess.bpmn}, each reached the only way a
 * recognition starts: a unit's registration handed over at the end of its period. The overdue
 * dossier's timer is run on the engine's clock.
 */
@IntegrationTest
class RecognitionProcessTest {

    private static final String POLICE = TestUnits.TAN_NINH_POLICE;
    private static final String UNIT_USER = "kp1tanninh";

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    UnitRegistry units;
    @Autowired
    UnitRegistrationRepository registrations;
    @Autowired
    RecognitionRepository recognitions;
    @Autowired
    SafeUnitCriteria criteria;
    @Autowired
    RecognitionProgress progress;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @RegisterExtension
    EngineTime time = EngineTime.pausedAt(at(2026, 10, 5, 9, 0));

    RecognitionSteps steps;
    Unit unit;
    ScoringSheet sheet;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        steps = new RecognitionSteps(processEngine, time);
        unit = TestUnits.create(units, UnitKind.RESIDENTIAL_AREA, UNIT_USER);
        sheet = criteria.scoringSheet(UnitKind.RESIDENTIAL_AREA, 2026);
    }

    @AfterEach
    void tearDown() {
        identityService.clearAuthentication();
    }

    @Test
    void anExcellentUnitIsRecognisedAfterAChangedScoreWithItsReason() {
        RecognitionProgress.Row before = progressOf2026();
        ProcessInstance instance = steps.handedOver(unit, UNIT_USER);
        Recognition opened = recognition(instance);
        assertThat(opened.id()).matches("CN-2026-\\d{4}");
        assertThat(instance.getBusinessKey()).isEqualTo(opened.id());
        assertThat(opened.unitCode()).isEqualTo(unit.getCode());
        assertThat(opened.year()).isEqualTo(2026);
        Task dossier = task(instance, "Task_CompileDossier");
        assertThat(candidateGroups(dossier)).containsExactly(unit.getContactGroup());
        assertThat(dossier.getDueDate()).isEqualTo(at(2026, 11, 21, 0, 1));

        List<Map<String, Object>> full = rows(sheet, RecognitionSteps::maximum);
        steps.complete(dossier, UNIT_USER, dossierValues(full));
        assertThat(recognition(instance).selfTotal()).isEqualByComparingTo("100");
        Task assessment = task(instance, "Task_AssessDossier");
        assertThat(candidateGroups(assessment)).containsExactly(POLICE);
        List<Map<String, Object>> lowered = withChange(full, 0, maximum(sheet.groups().get(0)).doubleValue() - 2, null);
        assertRefused("units.recognition.error.reasonRequired", () -> steps.complete(assessment, MANAGING_USER, Map.of(ASSESSED_SCORES, lowered)));
        steps.complete(assessment, MANAGING_USER, Map.of(ASSESSED_SCORES,
                withChange(full, 0, maximum(sheet.groups().get(0)).doubleValue() - 2, "Ngày hội tổ chức chưa đầy đủ.")));
        Recognition assessed = recognition(instance);
        assertThat(assessed.assessedTotal()).isEqualByComparingTo("98");
        assertThat(assessed.level()).isEqualTo(MovementLevel.EXCELLENT);
        assertThat(assessed.scores().stream().filter(GroupScore::changed)).singleElement()
                .satisfies(score -> assertThat(score.changeReason()).isEqualTo("Ngày hội tổ chức chưa đầy đủ."));

        Task appraisal = task(instance, "Task_AppraiseRecognition");
        assertThat(candidateGroups(appraisal)).containsExactly("px05");
        steps.complete(appraisal, PX05, Map.of(APPRAISAL_OUTCOME, APPRAISAL_AGREE));
        Task decision = task(instance, "Task_DecideRecognition");
        assertThat(candidateGroups(decision)).containsExactly(POLICE + "-leaders");
        steps.complete(decision, LEADER, Map.of(DECISION, DECISION_RECOGNISE, DECISION_NOTE, "Quyết định số 12/QĐ-UBND ngày 05/12/2026"));

        BpmnAwareTests.assertThat(instance).isEnded().hasPassed("EndEvent_UnitRecognised");
        Recognition decided = recognition(instance);
        assertThat(decided.status()).isEqualTo(RecognitionStatus.RECOGNISED);
        assertThat(decided.recognised()).isTrue();
        assertThat(decided.decidedBy()).isEqualTo(LEADER);
        assertThat(decided.mayBeProposed()).isTrue();
        RecognitionProgress.Row after = progressOf2026();
        assertThat(after.at(MovementLevel.EXCELLENT) - before.at(MovementLevel.EXCELLENT)).isEqualTo(1);
        assertThat(after.recognised() - before.recognised()).isEqualTo(1);
        assertThat(after.decided() - before.decided()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from notification where recipient_id = ? and kind = 'RECORD_OUTCOME'"
                + " and process_instance_id = ?", Integer.class, UNIT_USER, instance.getId())).as("the unit is told").isEqualTo(1);
        assertThat(recognitions.findByUnitCodeOrderByYearDesc(unit.getCode())).extracting(Recognition::id).containsExactly(decided.id());
        // the registration's year is over once its recognition ends
        UnitRegistration registration = registrations.findById(decided.registrationId()).orElseThrow();
        BpmnAwareTests.assertThat(runtimeService.createProcessInstanceQuery()
                .processInstanceId(registration.processInstanceId()).singleResult()).isNull();
    }

    @Test
    void aGoodUnitIsNotRecognisedWhenTheLeaderSaysNo() {
        RecognitionProgress.Row before = progressOf2026();
        ProcessInstance instance = steps.handedOver(unit, UNIT_USER);
        // 80 % of each group's maximum: 80 points, Khá
        List<Map<String, Object>> good = rows(sheet, group -> maximum(group).multiply(new BigDecimal("0.8")));
        steps.complete(task(instance, "Task_CompileDossier"), UNIT_USER, dossierValues(good));
        steps.complete(task(instance, "Task_AssessDossier"), MANAGING_USER, Map.of(ASSESSED_SCORES, good));
        assertThat(recognition(instance).level()).isEqualTo(MovementLevel.GOOD);
        steps.complete(task(instance, "Task_AppraiseRecognition"), PX05, Map.of(APPRAISAL_OUTCOME, APPRAISAL_AGREE));
        steps.complete(task(instance, "Task_DecideRecognition"), LEADER, Map.of(DECISION, DECISION_NOT_RECOGNISE,
                DECISION_NOTE, "Còn để xảy ra vụ việc phức tạp."));
        BpmnAwareTests.assertThat(instance).isEnded().hasPassed("EndEvent_UnitNotRecognised");
        assertThat(recognition(instance).status()).isEqualTo(RecognitionStatus.NOT_RECOGNISED);
        assertThat(recognition(instance).mayBeProposed()).isFalse();
        RecognitionProgress.Row after = progressOf2026();
        assertThat(after.at(MovementLevel.GOOD) - before.at(MovementLevel.GOOD)).as("counted at its level").isEqualTo(1);
        assertThat(after.recognised()).as("but not recognised").isEqualTo(before.recognised());
    }

    /** Tân Ninh's decided recognitions of 2026, whatever other tests left. */
    private RecognitionProgress.Row progressOf2026() {
        return progress.of(2026, List.of(POLICE)).stream().findFirst().orElse(new RecognitionProgress.Row(POLICE));
    }

    @Test
    void px05ReturnsTheAssessmentWithAReasonAndTheManagingLevelAssessesAgain() {
        ProcessInstance instance = steps.handedOver(unit, UNIT_USER);
        List<Map<String, Object>> full = rows(sheet, RecognitionSteps::maximum);
        steps.complete(task(instance, "Task_CompileDossier"), UNIT_USER, dossierValues(full));
        steps.complete(task(instance, "Task_AssessDossier"), MANAGING_USER, Map.of(ASSESSED_SCORES, full));
        Task appraisal = task(instance, "Task_AppraiseRecognition");
        assertRefused("units.recognition.error.returnReason", () -> steps.complete(appraisal, PX05, Map.of(APPRAISAL_OUTCOME, APPRAISAL_RETURN)));
        steps.complete(appraisal, PX05, Map.of(APPRAISAL_OUTCOME, APPRAISAL_RETURN,
                APPRAISAL_COMMENT, "Nhóm 3 chấm chưa đúng: khu dân cư còn điểm phức tạp."));
        assertThat(recognition(instance).status()).isEqualTo(RecognitionStatus.ASSESSMENT);
        assertThat(recognition(instance).appraisalComment()).contains("Nhóm 3");
        Task again = task(instance, "Task_AssessDossier");
        assertThat(candidateGroups(again)).containsExactly(POLICE);
        steps.complete(again, MANAGING_USER, Map.of(ASSESSED_SCORES, withChange(full, 2, 20, "Còn một điểm phức tạp.")));
        assertThat(recognition(instance).assessedTotal()).isEqualByComparingTo(
                new BigDecimal("100").subtract(maximum(sheet.groups().get(2))).add(new BigDecimal("20")));
        steps.complete(task(instance, "Task_AppraiseRecognition"), PX05, Map.of(APPRAISAL_OUTCOME, APPRAISAL_AGREE));
        steps.complete(task(instance, "Task_DecideRecognition"), LEADER, Map.of(DECISION, DECISION_RECOGNISE));
        BpmnAwareTests.assertThat(instance).isEnded().hasPassed("EndEvent_UnitRecognised");
        assertThat(processEngine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                .activityId("Task_AssessDossier").count()).as("assessed again after the return").isEqualTo(2);
    }

    @Test
    void aCommuneWithTooFewOfItsUnitsRecognisedIsBelowWhateverItsScore() {
        Unit commune = TestUnits.create(units, UnitKind.COMMUNE, UNIT_USER);
        // under 70 % of the other units of the ward recognised this year, whatever earlier tests left
        String territory = "select count(*) from safe_unit where commune = ? and kind <> 'COMMUNE' and active = true";
        int recognised = jdbc.queryForObject("select count(distinct u.code) from safe_unit u join unit_recognition r on r.unit_code = u.code"
                + " where u.commune = ? and u.kind <> 'COMMUNE' and u.active = true and r.plan_year = 2026 and r.recognised = true",
                Integer.class, commune.getCommune());
        while (recognised >= 0.7 * jdbc.queryForObject(territory, Integer.class, commune.getCommune())) {
            TestUnits.create(units, UnitKind.RESIDENTIAL_AREA, UNIT_USER);
        }
        int all = jdbc.queryForObject(territory, Integer.class, commune.getCommune());
        ScoringSheet communeSheet = criteria.scoringSheet(UnitKind.COMMUNE, 2026);
        ProcessInstance instance = steps.handedOver(commune, UNIT_USER);
        List<Map<String, Object>> full = rows(communeSheet, RecognitionSteps::maximum);
        steps.complete(task(instance, "Task_CompileDossier"), UNIT_USER, dossierValues(full));
        steps.complete(task(instance, "Task_AssessDossier"), MANAGING_USER, Map.of(ASSESSED_SCORES, full));
        Recognition assessed = recognition(instance);
        assertThat(assessed.assessedTotal()).isEqualByComparingTo("100");
        assertThat(assessed.recognisedShare()).isEqualByComparingTo(
                BigDecimal.valueOf(recognised).divide(BigDecimal.valueOf(all), 4, java.math.RoundingMode.HALF_UP));
        assertThat(assessed.level()).isEqualTo(MovementLevel.BELOW);
    }

    @Test
    void aUnitBelowTheLowestLevelCannotBeRecognised() {
        ProcessInstance instance = steps.handedOver(unit, UNIT_USER);
        List<Map<String, Object>> none = rows(sheet, group -> BigDecimal.ZERO);
        steps.complete(task(instance, "Task_CompileDossier"), UNIT_USER, dossierValues(none));
        steps.complete(task(instance, "Task_AssessDossier"), MANAGING_USER, Map.of(ASSESSED_SCORES, none));
        assertThat(recognition(instance).level()).isEqualTo(MovementLevel.BELOW);
        steps.complete(task(instance, "Task_AppraiseRecognition"), PX05, Map.of(APPRAISAL_OUTCOME, APPRAISAL_AGREE));
        Task decision = task(instance, "Task_DecideRecognition");
        assertRefused("units.recognition.error.belowNotRecognisable", () -> steps.complete(decision, LEADER, Map.of(DECISION, DECISION_RECOGNISE)));
        assertThat(recognition(instance).status()).isEqualTo(RecognitionStatus.DECISION);
        steps.complete(decision, LEADER, Map.of(DECISION, DECISION_NOT_RECOGNISE));
        BpmnAwareTests.assertThat(instance).isEnded().hasPassed("EndEvent_UnitNotRecognised");
    }

    @Test
    void aLateDossierGivesTheManagingLevelAFollowUpAndTheUnitMaySendItStill() {
        ProcessInstance instance = steps.handedOver(unit, UNIT_USER);
        time.set(at(2026, 11, 21, 0, 2));
        assertThat(time.runDueTimers(instance.getId())).isEqualTo(1);
        Task followUp = task(instance, "Task_FollowUpOverdueDossier");
        assertThat(candidateGroups(followUp)).containsExactly(POLICE);
        assertThat(recognition(instance).isDossierOverdue()).isTrue();
        assertRefused("units.recognition.error.followUpNote", () -> steps.complete(followUp, MANAGING_USER, Map.of(FOLLOW_UP_NOTE, " ")));
        steps.complete(followUp, MANAGING_USER, Map.of(FOLLOW_UP_NOTE, "Đã gọi điện, đơn vị nộp trước 25/11."));
        BpmnAwareTests.assertThat(instance).hasPassed("EndEvent_OverdueDossierFollowedUp").isWaitingAt("Task_CompileDossier");
        assertThat(recognition(instance).followUpNote()).startsWith("Đã gọi điện");
        steps.complete(task(instance, "Task_CompileDossier"), UNIT_USER, dossierValues(rows(sheet, RecognitionSteps::maximum)));
        BpmnAwareTests.assertThat(instance).isWaitingAt("Task_AssessDossier");
    }

    @Test
    void aDossierMissingAGroupOrAboveItsMaximumIsRefused() {
        ProcessInstance instance = steps.handedOver(unit, UNIT_USER);
        Task dossier = task(instance, "Task_CompileDossier");
        List<Map<String, Object>> full = rows(sheet, RecognitionSteps::maximum);
        assertRefused("units.error.scoreMissing", () -> steps.complete(dossier, UNIT_USER, dossierValues(new java.util.ArrayList<>(full.subList(1, full.size())))));
        assertRefused("units.error.scoreAboveItsMaximum", () -> steps.complete(dossier, UNIT_USER,
                dossierValues(withChange(full, 0, maximum(sheet.groups().get(0)).doubleValue() + 1, null))));
        assertThat(recognition(instance).status()).isEqualTo(RecognitionStatus.DOSSIER);
    }

    @Test
    void aStartWithForgedVariablesOrARegistrationNotHandedOverIsRefused() {
        ProcessInstance handedOver = steps.handedOver(unit, UNIT_USER);
        Recognition real = recognition(handedOver);
        // the true ids of a handed-over registration, but not from its own call activity
        assertRefused("units.recognition.error.notHandedOver", () -> startDirectly(real.registrationId(), real.unitCode(), real.year()));
        Unit other = TestUnits.create(units, UnitKind.SCHOOL, UNIT_USER);
        ProcessInstance accepted = steps.register(other, UNIT_USER);
        steps.complete(task(accepted, "Task_VerifyRegistration"), MANAGING_USER, Map.of("verificationOutcome", "accept"));
        String notHandedOver = registrations.findByProcessInstanceId(accepted.getId()).orElseThrow().id();
        assertRefused("units.recognition.error.notHandedOver", () -> startDirectly(notHandedOver, other.getCode(), 2026));
        assertRefused("units.recognition.error.notHandedOver", () -> startDirectly("DK-2026-9999", "forged", "2026"));
        assertThat(recognitions.findByUnitCodeOrderByYearDesc(other.getCode())).isEmpty();
        assertThat(recognitions.findByUnitCodeOrderByYearDesc(unit.getCode())).hasSize(1);
    }

    /** The rule refused it with this message, however the engine wrapped the listener's exception. */
    private static void assertRefused(String messageKey, org.assertj.core.api.ThrowableAssert.ThrowingCallable action) {
        assertThat(SubmissionRuleException.causeOf(org.assertj.core.api.Assertions.catchThrowable(action)))
                .as("refused with " + messageKey).isNotNull()
                .extracting(SubmissionRuleException::getMessageCode).isEqualTo(messageKey);
    }

    private void startDirectly(String registrationId, String unitCode, Object year) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(REGISTRATION_ID, registrationId);
        variables.put(UNIT_CODE, unitCode);
        variables.put(YEAR, year);
        runtimeService.startProcessInstanceByKey(PROCESS_ID, variables);
    }

    private static Map<String, Object> dossierValues(List<Map<String, Object>> rows) {
        return Map.of(GROUP_SCORES, rows, DOSSIER_NOTE, "Hồ sơ năm 2026 của khu dân cư.");
    }

    private Recognition recognition(ProcessInstance instance) {
        return recognitions.findByProcessInstanceId(instance.getId()).orElseThrow();
    }

    private Task task(ProcessInstance instance, String key) {
        return steps.task(instance.getId(), key);
    }

    private List<String> candidateGroups(Task task) {
        return taskService.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
                .filter(group -> group != null).toList();
    }
}
