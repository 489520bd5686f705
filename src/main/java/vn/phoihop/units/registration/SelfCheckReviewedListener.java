package vn.phoihop.units.registration;

import static vn.phoihop.units.registration.UnitRegistrationProcessVariables.REVIEW_COMMENT;
import static vn.phoihop.units.registration.UnitRegistrationProcessVariables.REVIEW_OUTCOME;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.phoihop.forms.SubmissionRuleException;
import vn.phoihop.security.EngineUser;

/** {@code Task_ReviewSelfCheck} (complete): the managing level's view of the round, with a comment for a follow-up. */
@Component
class SelfCheckReviewedListener implements TaskListener {

    private final RegistrationService service;
    private final EngineUser engineUser;

    SelfCheckReviewedListener(RegistrationService service, EngineUser engineUser) {
        this.service = service;
        this.engineUser = engineUser;
    }

    @Override
    public void notify(DelegateTask task) {
        ReviewOutcome outcome = ReviewOutcome.ofCode(task.getVariable(REVIEW_OUTCOME))
                .orElseThrow(() -> new SubmissionRuleException("units.registration.error.reviewOutcome"));
        service.selfCheckReviewed(task.getProcessInstanceId(), SelfCheckRounds.of(task), outcome,
                (String) task.getVariable(REVIEW_COMMENT), engineUser.current().orElse(task.getAssignee()));
    }
}
