package vn.phoihop.commendations;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RemindPoliceApprover} and {@code Task_RemindFrontApprover}: an approval has waited
 * five working days. Records which side was reminded; the approval task stays open (the portal's
 * due-task notifications reach its candidates).
 */
@Component
class RemindApproverDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        String variable = "Task_RemindFrontApprover".equals(execution.getCurrentActivityId())
                ? CommendationProcessVariables.FRONT_APPROVER_REMINDED
                : CommendationProcessVariables.POLICE_APPROVER_REMINDED;
        execution.setVariable(variable, true);
    }
}
