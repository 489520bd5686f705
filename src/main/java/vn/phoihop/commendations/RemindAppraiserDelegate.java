package vn.phoihop.commendations;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RemindAppraiser}: the appraisal deadline is near. Records that the reminder was
 * given; the open appraisal task itself stays where it is (the portal's due-task notifications
 * reach its candidates).
 */
@Component
class RemindAppraiserDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(CommendationProcessVariables.APPRAISAL_REMINDED, true);
    }
}
