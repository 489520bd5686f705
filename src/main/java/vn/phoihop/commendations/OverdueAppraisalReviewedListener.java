package vn.phoihop.commendations;

import static vn.phoihop.commendations.CommendationProcessVariables.APPRAISAL_EXTENDED;
import static vn.phoihop.commendations.CommendationProcessVariables.APPRAISAL_EXTENDED_UNTIL;
import static vn.phoihop.commendations.CommendationProcessVariables.EXTENSION_DAYS;
import static vn.phoihop.commendations.CommendationProcessVariables.NEW_APPRAISER;
import static vn.phoihop.commendations.CommendationProcessVariables.OVERDUE_DECISION;
import static vn.phoihop.commendations.CommendationProcessVariables.OVERDUE_EXTEND;
import static vn.phoihop.commendations.CommendationProcessVariables.OVERDUE_REASSIGN;
import static vn.phoihop.commendations.CommendationProcessVariables.REVIEW_NOTE;

import java.util.Date;
import java.util.Locale;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.phoihop.calendar.WorkingDays;
import vn.phoihop.forms.SubmissionRuleException;
import vn.phoihop.portal.ProvinceClock;

/**
 * {@code Task_ReviewOverdueAppraisal} completed: the police leader's decision on an appraisal past
 * its time limit is carried out on the appraisal itself. Extending moves its due date by working
 * days and waits for it again; reassigning gives it to another PX05 officer; either way, and for a
 * plain note, the decision and its reason go on the proposal's record as a comment in the
 * leader's name. The form's fields are local to the step
 * (input parameters in the model), so a second review starts empty.
 */
@Component
class OverdueAppraisalReviewedListener implements TaskListener {

    static final String APPRAISAL = "Task_AppraiseProposal";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final TaskService taskService;
    private final WorkingDays workingDays;
    private final AppraiserOptions appraisers;
    private final MessageSource messages;

    OverdueAppraisalReviewedListener(TaskService taskService, WorkingDays workingDays, AppraiserOptions appraisers,
                                     MessageSource messages) {
        this.taskService = taskService;
        this.workingDays = workingDays;
        this.appraisers = appraisers;
        this.messages = messages;
    }

    @Override
    public void notify(DelegateTask review) {
        String decision = (String) review.getVariable(OVERDUE_DECISION);
        Task appraisal = openAppraisal(review.getProcessInstanceId());
        boolean extended = false;
        String detail = "";
        if (OVERDUE_EXTEND.equals(decision)) {
            int days = extensionDays(review.getVariable(EXTENSION_DAYS));
            Date until = workingDays.deadline(Date.from(ProvinceClock.now()), days);
            if (appraisal != null) {
                appraisal.setDueDate(until);
                withoutAuthorization(() -> taskService.saveTask(appraisal));
                extended = true;
            }
            review.getExecution().setVariable(APPRAISAL_EXTENDED_UNTIL, until);
            detail = String.valueOf(days);
        } else if (OVERDUE_REASSIGN.equals(decision)) {
            String appraiser = (String) review.getVariable(NEW_APPRAISER);
            if (appraiser == null || !appraisers.isAppraiser(appraiser)) {
                throw new SubmissionRuleException("commendation.error.newAppraiser");
            }
            if (appraisal != null) {
                withoutAuthorization(() -> taskService.setAssignee(appraisal.getId(), appraiser));
            }
            detail = appraiser;
        }
        review.getExecution().setVariable(APPRAISAL_EXTENDED, extended);
        String text = messages.getMessage("commendation.overdue." + decision, new Object[] {detail,
                review.getVariable(REVIEW_NOTE)}, VIETNAMESE);
        // Without the checks, which do not stop the comment's author being the authenticated leader.
        withoutAuthorization(() -> taskService.createComment(null, review.getProcessInstanceId(), text));
    }

    private Task openAppraisal(String processInstanceId) {
        return Context.getCommandContext().runWithoutAuthorization(() -> taskService.createTaskQuery()
                .processInstanceId(processInstanceId).taskDefinitionKey(APPRAISAL).singleResult());
    }

    private static int extensionDays(Object value) {
        if (!(value instanceof Number days) || days.intValue() < 1) {
            throw new SubmissionRuleException("commendation.error.extensionDays");
        }
        return days.intValue();
    }

    private static void withoutAuthorization(Runnable work) {
        Context.getCommandContext().runWithoutAuthorization(() -> {
            work.run();
            return null;
        });
    }
}
