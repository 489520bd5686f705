package vn.phoihop.models.inspections;

import static vn.phoihop.models.inspections.ModelInspectionProcessVariables.*;

import java.util.ArrayList;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.phoihop.forms.SubmissionRuleException;
import vn.phoihop.security.EngineUser;

/**
 * {@code StartEvent_InspectionOpened} (end): PX05 or PTTG opens the year's inspection (the user the
 * engine acts for, on any door). The inspection's id becomes the business key; the member
 * organisations in force, read from our table, are the list the selections run over.
 */
@Component
class RecordInspectionListener implements ExecutionListener {

    private final InspectionService service;
    private final EngineUser engineUser;
    private final InspectionSchedule schedule;

    RecordInspectionListener(InspectionService service, EngineUser engineUser, InspectionSchedule schedule) {
        this.service = service;
        this.engineUser = engineUser;
        this.schedule = schedule;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String user = engineUser.current().orElseThrow(() -> new SubmissionRuleException("models.inspections.error.notCoordinator"));
        ModelInspection inspection = service.opened(execution.getProcessInstanceId(), execution.getVariable(PLAN_YEAR), user);
        execution.setProcessBusinessKey(inspection.id());
        execution.setVariable(INSPECTION_ID, inspection.id());
        execution.setVariable(PLAN_YEAR, inspection.planYear());
        execution.setVariable(MEMBER_ORGANIZATIONS,
                new ArrayList<>(inspection.selections().stream().map(ModelSelection::organization).toList()));
        Date openedAt = Date.from(inspection.openedAt());
        execution.setVariable(SELECTION_DUE_AT, Date.from(inspection.selectionDueAt()));
        execution.setVariable(SELECTION_REMIND_AT, schedule.selectionRemindAt(openedAt));
        execution.setVariable(SELECTION_CLOSE_AT, schedule.selectionCloseAt(openedAt));
        execution.setVariable(RECORD_TITLE, InspectionTitles.of(inspection));
    }
}
