package vn.phoihop.commendations;

import static vn.phoihop.commendations.CommendationProcessVariables.APPRAISAL_OPEN;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_CheckAppraisalOpen}: after an extension ran out, whether PX05 still has not appraised. */
@Component
class CheckAppraisalOpenDelegate implements JavaDelegate {

    private final TaskService taskService;

    CheckAppraisalOpenDelegate(TaskService taskService) {
        this.taskService = taskService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(APPRAISAL_OPEN, taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(OverdueAppraisalReviewedListener.APPRAISAL).count() > 0);
    }
}
