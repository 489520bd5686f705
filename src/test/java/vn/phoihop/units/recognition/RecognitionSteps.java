package vn.phoihop.units.recognition;

import static vn.phoihop.units.recognition.RecognitionProcessVariables.ROW_GROUP;
import static vn.phoihop.units.recognition.RecognitionProcessVariables.ROW_POINTS;
import static vn.phoihop.units.recognition.RecognitionProcessVariables.ROW_REASON;

import java.math.BigDecimal;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import vn.phoihop.portal.ProvinceClock;
import vn.phoihop.testsupport.EngineTime;
import vn.phoihop.testsupport.TaskSteps;
import vn.phoihop.units.ScoringSheet;
import vn.phoihop.units.Unit;
import vn.phoihop.units.registration.UnitRegistrationProcessVariables;

/**
 * Brings a unit's registration to its year-end hand-over through the registration's own process
 * (registered late in the period, accepted, the period's end timer run), so that the recognition
 * starts the only way it may: from the call activity.
 */
record RecognitionSteps(RuntimeService runtimeService, TaskService taskService, IdentityService identityService,
                        ManagementService managementService, EngineTime time) {

    RecognitionSteps(ProcessEngine engine, EngineTime time) {
        this(engine.getRuntimeService(), engine.getTaskService(), engine.getIdentityService(), engine.getManagementService(), time);
    }

    static final String MANAGING_USER = "catanninh";
    static final String LEADER = "truongcatanninh";
    static final String PX05 = "px05";

    /** Registers the unit on 5 October 2026 (its 2026 period ends 31 October), accepts it and ends the period. */
    ProcessInstance handedOver(Unit unit, String unitUser) {
        time.set(at(2026, 10, 5, 9, 0));
        ProcessInstance registration = register(unit, unitUser);
        complete(task(registration.getId(), "Task_VerifyRegistration"), MANAGING_USER,
                Map.of(UnitRegistrationProcessVariables.VERIFICATION_OUTCOME, UnitRegistrationProcessVariables.OUTCOME_ACCEPT));
        time.set(at(2026, 11, 1, 0, 1));
        String periodEnd = managementService.createJobQuery().processInstanceId(registration.getId())
                .activityId("IntermediateEvent_PeriodEnded").singleResult().getId();
        managementService.executeJob(periodEnd);
        return runtimeService.createProcessInstanceQuery().superProcessInstanceId(registration.getId()).singleResult();
    }

    ProcessInstance register(Unit unit, String user) {
        signIn(user);
        try {
            Map<String, Object> variables = new HashMap<>();
            variables.put(UnitRegistrationProcessVariables.UNIT, unit.getCode());
            variables.put(UnitRegistrationProcessVariables.COMMITMENT, "Đăng ký đạt tiêu chuẩn năm 2026.");
            return runtimeService.startProcessInstanceByKey(UnitRegistrationProcessVariables.PROCESS_ID, variables);
        } finally {
            identityService.clearAuthentication();
        }
    }

    void complete(Task task, String user, Map<String, Object> values) {
        signIn(user);
        try {
            TaskSteps.complete(taskService, task.getId(), values);
        } finally {
            identityService.clearAuthentication();
        }
    }

    Task task(String instanceId, String key) {
        return taskService.createTaskQuery().processInstanceId(instanceId).taskDefinitionKey(key).singleResult();
    }

    void signIn(String user) {
        identityService.setAuthentication(user, identityService.createGroupQuery().groupMember(user).list().stream()
                .map(Group::getId).toList());
    }

    /** The form's rows: every group of the sheet with the points {@code pointsOf} gives it. */
    static List<Map<String, Object>> rows(ScoringSheet sheet, java.util.function.Function<ScoringSheet.Group, BigDecimal> pointsOf) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ScoringSheet.Group group : sheet.groups()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put(ROW_GROUP, group.code());
            row.put(ROW_POINTS, pointsOf.apply(group).doubleValue());
            rows.add(row);
        }
        return rows;
    }

    static List<Map<String, Object>> withChange(List<Map<String, Object>> rows, int index, double points, String reason) {
        List<Map<String, Object>> changed = new ArrayList<>();
        rows.forEach(row -> changed.add(new LinkedHashMap<>(row)));
        changed.get(index).put(ROW_POINTS, points);
        if (reason != null) {
            changed.get(index).put(ROW_REASON, reason);
        }
        return changed;
    }

    static BigDecimal maximum(ScoringSheet.Group group) {
        return group.items().stream().map(vn.phoihop.units.Criterion::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static Date at(int year, int month, int day, int hour, int minute) {
        return Date.from(ZonedDateTime.of(year, month, day, hour, minute, 0, 0, ProvinceClock.ZONE).toInstant());
    }
}
