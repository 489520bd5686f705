package vn.phoihop.commendations;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_KeepDecisionFiles}: the numbered decision's Word file and PDF are made and kept
 * ({@link ProposalService#keepDecisionFiles}). Async before, so the numbering has committed and
 * released its counter; a failed rendering is retried and then an incident, the number stays.
 */
@Component
class KeepDecisionFilesDelegate implements JavaDelegate {

    private final ProposalService service;

    KeepDecisionFilesDelegate(ProposalService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.keepDecisionFiles(execution.getProcessInstanceId());
    }
}
